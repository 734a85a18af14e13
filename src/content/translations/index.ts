// Every language the demo directory is translated into beyond English and Spanish (which are
// written in the records themselves). Adding a language: a catalog file here, listed below.
import { ar } from './ar';
import type { Catalog } from './catalog';
import { fr } from './fr';
import { pt } from './pt';
import { uk } from './uk';

export const catalogs: Record<string, Catalog> = { fr, pt, ar, uk };
