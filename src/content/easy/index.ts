// Every language the demo directory has easy-read texts in. Adding one: a file here, listed below.
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { EasyTexts } from './easy-texts';

export const easyTexts: Record<string, EasyTexts> = { en, es, fr };
