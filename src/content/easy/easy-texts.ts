// Easy-read versions of every service and rights card (and of what to bring), written to Inclusion Europe's
// "Information for all" rules: common words, one idea a sentence, sentences of at most 15
// words, active voice, speaking to the reader, no initials or metaphors. Each field is a list
// of sentences; the device shows one sentence a line, with a pictogram beside each key idea.
// They are stored in the directory as the texts of `<lang>-x-easy` (see ../README.md).
import type { Directory } from '../../shared/directory';
import { easyTag } from '../../shared/localized';

type Sentences = readonly string[];
/** What it is, who it is for, how to get it: for each service or rights card, by id. */
export type EasyTexts = Readonly<Record<string, { what: Sentences; who: Sentences; how: Sentences }>>;
/** Documents to bring, keyed by their standard English text: the same few papers recur on
 *  many cards, so each is written once. */
export type EasyDocuments = Readonly<Record<string, string>>;
export type EasyLanguage = { cards: EasyTexts; documents: EasyDocuments };

export function withEasyRead(dir: Directory, byLanguage: Record<string, EasyLanguage>): Directory {
  const add = <T extends { id: string; texts: Record<string, object> }>(item: T, fields: (e: EasyTexts[string], l: EasyLanguage) => object): T => {
    const easy = Object.entries(byLanguage).flatMap(([lang, l]) => (l.cards[item.id] ? [[easyTag(lang), fields(l.cards[item.id]!, l)]] : []));
    return { ...item, texts: { ...item.texts, ...Object.fromEntries(easy) } };
  };
  const lines = (sentences: Sentences) => sentences.join('\n');
  /** The list in easy words, or nothing when one document has no easy version (the standard list shows). */
  const documents = (english: readonly string[] | undefined, easy: EasyDocuments) =>
    english?.every((d) => d in easy) ? english.map((d) => easy[d]!) : undefined;
  const defined = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return {
    ...dir,
    services: dir.services.map((s) =>
      add(s, (e, l) =>
        defined({
          description: lines(e.what),
          eligibility_description: lines(e.who),
          application_process: lines(e.how),
          required_documents: documents(s.texts.en?.required_documents, l.documents),
        }),
      ),
    ),
    rights: dir.rights.map((r) =>
      add(r, (e, l) => defined({ summary: lines(e.what), who: lines(e.who), how: lines(e.how), bring: documents(r.texts.en?.bring, l.documents) })),
    ),
  };
}
