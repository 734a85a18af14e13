// Every language the demo directory has easy-read texts in. Adding one: a file here, listed below.
import { ar, arDocuments } from './ar';
import { en, enDocuments } from './en';
import { es, esDocuments } from './es';
import { fr, frDocuments } from './fr';
import { pt, ptDocuments } from './pt';
import { uk, ukDocuments } from './uk';
import type { EasyLanguage } from './easy-texts';

export const easyRead: Record<string, EasyLanguage> = {
  ar: { cards: ar, documents: arDocuments },
  en: { cards: en, documents: enDocuments },
  es: { cards: es, documents: esDocuments },
  fr: { cards: fr, documents: frDocuments },
  pt: { cards: pt, documents: ptDocuments },
  uk: { cards: uk, documents: ukDocuments },
};
