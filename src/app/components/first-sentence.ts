// One line of what a service is, for results lists: the first sentence of its description that
// says something (an opening question, "Do you owe money?", says what it is for, not what it is).

import { intl } from '../../i18n/format';

const QUESTION = /[?؟]$/;

/** The sentences of a text, one by one: an easy-read text has one sentence a line; a standard
 *  one is cut where the language's sentence rules say (Intl.Segmenter), or after a full stop,
 *  question or exclamation mark followed by a space where the browser has no Segmenter. One at a
 *  time: a list needs only the first of each description, and cutting is slow on a phone. */
function* sentences(text: string, lang: string): Generator<string> {
  const language = lang.split('-')[0]!;
  const segmenter = typeof Intl.Segmenter === 'function' ? intl('sentences', () => new Intl.Segmenter(language, { granularity: 'sentence' }), language) : undefined;
  for (const line of text.split('\n')) {
    const parts = segmenter ? segmenter.segment(line) : line.split(/(?<=[.!?؟])\s/).map((segment) => ({ segment }));
    for (const { segment } of parts) if (segment.trim()) yield segment.trim();
  }
}

/** The first sentence that is not a question, else the first. */
export function firstSentence(text: string, lang: string): string {
  let first: string | undefined;
  for (const sentence of sentences(text, lang)) {
    if (!QUESTION.test(sentence)) return sentence;
    first ??= sentence;
  }
  return first ?? '';
}
