// One line of what a service is, for results lists: the first sentence of its description that
// says something (an opening question, "Do you owe money?", says what it is for, not what it is).

import { intl } from '../../i18n/format';

const QUESTION = /[?؟]$/;

/** The sentences of a text: an easy-read text has one sentence a line; a standard one is cut
 *  where the language's sentence rules say (Intl.Segmenter), or after a full stop, question or
 *  exclamation mark followed by a space where the browser has no Segmenter. */
function sentences(text: string, lang: string): string[] {
  const language = lang.split('-')[0]!;
  const segmenter = typeof Intl.Segmenter === 'function' ? intl('sentences', () => new Intl.Segmenter(language, { granularity: 'sentence' }), language) : undefined;
  return text
    .split('\n')
    .flatMap((line) => (segmenter ? [...segmenter.segment(line)].map((s) => s.segment) : line.split(/(?<=[.!?؟])\s/)))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The first sentence that is not a question, else the first. */
export function firstSentence(text: string, lang: string): string {
  const all = sentences(text, lang);
  return all.find((s) => !QUESTION.test(s)) ?? all[0] ?? '';
}
