// One folding rule for everything that compares text typed by people with text in the
// directory: search index, search queries, the search vocabulary, tests. NFD splits letters from
// their accents; \p{Mn} removes every non-spacing mark: Latin accents, Arabic harakat
// (U+064B–065F), the superscript alef (U+0670) and the hamza that NFD splits off أ/إ/آ/ؤ/ئ, so
// they fold to ا/و/ي. U+0640 is the Arabic tatweel, a purely typographic stretch.
// Phones often type a final ة as ه and ى as ي (and the reverse): both fold to one letter; a
// hamza on its own line (ء) is often left out or misplaced (لاجئ, لاجىء): it is dropped.
const MARKS = /[\p{Mn}\u0640]/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;

const ARABIC_VARIANTS = /[ةىء]/g;
const ARABIC_FOLDED: Record<string, string> = { 'ة': 'ه', 'ى': 'ي', 'ء': '' };

export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(ARABIC_VARIANTS, (c) => ARABIC_FOLDED[c]!);
}

// French (and Catalan, Italian) elision: l'asile, d'urgence, qu'il → asile, urgence, il.
// Only a lone letter (or qu) before the apostrophe: English "don't" stays one word (below).
const ELISION = /(?<!\p{L})(?:qu|[cdjlmnst])['’ʼ‘](?=\p{L})/gu;
const APOSTROPHE = /['’ʼ‘]/;
// An apostrophe inside a word is part of it: Ukrainian сім’я, здоров’я, б’є; English women's.
// (Found by the apostrophe, then its neighbours checked: a leading look-behind is slow on long texts.)
const APOSTROPHE_BEFORE_LETTER = /['’ʼ](?=\p{L})/gu;
const LETTER = /\p{L}/u;
const joinInner = (text: string) => text.replace(APOSTROPHE_BEFORE_LETTER, (a, at: number) => (LETTER.test(text[at - 1] ?? '') ? '' : a));
// The Arabic definite article, alone or after و (and) or ب (with), and لل (for the): العنف,
// والعنف, بالعنف, للنساء → عنف, نساء. Kept when fewer than three letters would remain (الم
// "pain" is a word, not ال + م).
const ARABIC_ARTICLE = /^(?:[وب]?ال|لل)(?=\p{L}{3})/u;
// Latin plurals: refugees → refugee, tratos → trato; abus, crisis and stress stay (-us, -is,
// -ss). Four letters at least, so short words (bus, has, gas) are left alone.
const LATIN_WORD = /^[a-z]+$/;
const dropPlural = (word: string) =>
  word.length >= 4 && !'sui'.includes(word[word.length - 2]!) && LATIN_WORD.test(word) ? word.slice(0, -1) : word;

/** One word as the index and the queries store it: folded, without article or plural ending.
 *  (First and last letters are checked before any pattern: the index runs this on every word.) */
function term(word: string): string {
  if (word.endsWith('s')) return dropPlural(word);
  return 'اوبل'.includes(word[0]!) ? word.replace(ARABIC_ARTICLE, '') : word;
}

/**
 * The words of a text, normalised: the search index, the search queries and the vocabulary all
 * go through this one function, so what is typed and what is stored always compare alike.
 */
export function words(text: string): string[] {
  let folded = fold(text);
  if (APOSTROPHE.test(folded)) folded = joinInner(folded.replace(ELISION, ''));
  return folded.split(NON_WORD).filter(Boolean).map(term);
}
