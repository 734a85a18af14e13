// Every language the demo directory has easy-read texts in. Adding one: a file here, listed below.
import { en, enDocuments } from './en';
import { es, esDocuments } from './es';
import { fr, frDocuments } from './fr';
import type { EasyLanguage } from './easy-texts';

export const easyRead: Record<string, EasyLanguage> = {
  en: { cards: en, documents: enDocuments },
  es: { cards: es, documents: esDocuments },
  fr: { cards: fr, documents: frDocuments },
};
