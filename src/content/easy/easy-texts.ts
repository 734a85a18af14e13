// Easy-read versions of every service and rights card and of what to bring, written to
// Inclusion Europe's "Information for all" rules: common words, one idea a sentence, sentences of at most 15
// words (12 in Arabic, 13 in Ukrainian, whose words carry more), active voice, speaking to the reader,
// no initials or metaphors, no word that means something else to the reader ("asylum", "light" for
// electricity, "get a time" for an appointment). Each field is a list
// of sentences; the device shows one sentence a line, with a pictogram beside each key idea.
// They are stored in the directory as the texts of `<lang>-x-easy` (see ../README.md).
import type { Directory } from '../../shared/directory';
import { easyTag } from '../../shared/localized';
import { translateFields, type Catalog } from '../translations/catalog';

type Sentences = readonly string[];
/** What it is, who it is for, how to get it: for each service or rights card, by id. */
export type EasyTexts = Readonly<Record<string, { what: Sentences; who: Sentences; how: Sentences }>>;
/** Documents to bring in easy words: a catalog keyed by the standard English text, as the
 *  translations are (the same few papers recur on many cards, so each is written once). */
export type EasyDocuments = Catalog;
export type EasyLanguage = { cards: EasyTexts; documents: EasyDocuments };

export function withEasyRead(dir: Directory, byLanguage: Record<string, EasyLanguage>): Directory {
  const add = <T extends { id: string; texts: Record<string, object> }>(item: T, fields: (e: EasyTexts[string], l: EasyLanguage) => object): T => {
    const easy = Object.entries(byLanguage).flatMap(([lang, l]) => (l.cards[item.id] ? [[easyTag(lang), fields(l.cards[item.id]!, l)]] : []));
    return { ...item, texts: { ...item.texts, ...Object.fromEntries(easy) } };
  };
  const lines = (sentences: Sentences) => sentences.join('\n');
  // A list of documents is in easy words only when every item is; otherwise the standard list shows.
  const documents = (field: string, english: readonly string[] | undefined, l: EasyLanguage) =>
    english ? translateFields({ [field]: english }, l.documents) : {};
  return {
    ...dir,
    services: dir.services.map((s) =>
      add(s, (e, l) => ({
        description: lines(e.what),
        eligibility_description: lines(e.who),
        application_process: lines(e.how),
        ...documents('required_documents', s.texts.en?.required_documents, l),
      })),
    ),
    rights: dir.rights.map((r) =>
      add(r, (e, l) => ({ summary: lines(e.what), who: lines(e.who), how: lines(e.how), ...documents('bring', r.texts.en?.bring, l) })),
    ),
  };
}
