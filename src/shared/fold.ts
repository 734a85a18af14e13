// One folding rule for everything that compares text typed by people with text in the
// directory: search index, search queries, tests. NFD splits letters from their accents;
// \p{Mn} removes every non-spacing mark: Latin accents, Arabic harakat (U+064B–065F),
// the superscript alef (U+0670) and the hamza that NFD splits off أ/إ/آ, so they fold to ا.
// U+0640 is the Arabic tatweel, a purely typographic stretch.
const MARKS = /[\p{Mn}\u0640]/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;

export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

export function words(text: string): string[] {
  return fold(text).split(NON_WORD).filter(Boolean);
}
