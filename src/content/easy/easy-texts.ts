// Easy-read versions of every service and rights card, written to Inclusion Europe's
// "Information for all" rules: common words, one idea a sentence, sentences of at most 15
// words, active voice, speaking to the reader, no initials or metaphors. Each field is a list
// of sentences; the device shows one sentence a line, with a pictogram beside each key idea.
// They are stored in the directory as the texts of `<lang>-x-easy` (see ../README.md).
import type { Directory } from '../../shared/directory';
import { easyTag } from '../../shared/localized';

type Sentences = readonly string[];
/** What it is, who it is for, how to get it: for each service or rights card, by id. */
export type EasyTexts = Readonly<Record<string, { what: Sentences; who: Sentences; how: Sentences }>>;

export function withEasyRead(dir: Directory, byLanguage: Record<string, EasyTexts>): Directory {
  const add = <T extends { id: string; texts: Record<string, object> }>(item: T, fields: (e: EasyTexts[string]) => object): T => {
    const easy = Object.entries(byLanguage).flatMap(([lang, texts]) => (texts[item.id] ? [[easyTag(lang), fields(texts[item.id]!)]] : []));
    return { ...item, texts: { ...item.texts, ...Object.fromEntries(easy) } };
  };
  const lines = (sentences: Sentences) => sentences.join('\n');
  return {
    ...dir,
    services: dir.services.map((s) =>
      add(s, (e) => ({ description: lines(e.what), eligibility_description: lines(e.who), application_process: lines(e.how) })),
    ),
    rights: dir.rights.map((r) => add(r, (e) => ({ summary: lines(e.what), who: lines(e.who), how: lines(e.how) }))),
  };
}
