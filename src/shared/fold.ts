// One folding rule for everything that compares text typed by people with text in the
// directory: search index, search queries, the search vocabulary, tests. NFD splits letters from
// their accents; \p{Mn} removes every non-spacing mark: Latin accents, Arabic harakat
// (U+064B–065F), the superscript alef (U+0670) and the hamza that NFD splits off أ/إ/آ/ؤ/ئ, so
// they fold to ا/و/ي. U+0640 is the Arabic tatweel, a purely typographic stretch.
// Phones often type a final ة as ه and ى as ي (and the reverse): both fold to one letter; a
// hamza on its own line (ء) is often left out or misplaced (لاجئ, لاجىء): it is dropped.
const MARKS = /[\p{Mn}\u0640]/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;

export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/ة/g, 'ه').replace(/ى/g, 'ي').replace(/ء/g, '');
}

// French (and Catalan, Italian) elision: l'asile, d'urgence, qu'il → asile, urgence, il.
// Only a lone letter (or qu) before the apostrophe: English "don't" stays one word (below).
const ELISION = /(^|[^\p{L}])(?:qu|[cdjlmnst])['’ʼ‘](?=\p{L})/gu;
// An apostrophe inside a word is part of it: Ukrainian сім’я, здоров’я, б’є; English women's.
const INNER_APOSTROPHE = /(?<=\p{L})['’ʼ](?=\p{L})/gu;
// The Arabic definite article, alone or after و (and) or ب (with), and لل (for the): العنف,
// والعنف, بالعنف, للنساء → عنف, نساء. Kept when fewer than three letters would remain (الم
// "pain" is a word, not ال + م).
const ARABIC_ARTICLE = /^(?:[وب]?ال|لل)(?=\p{L}{3})/u;
// Latin plurals: refugees → refugee, tratos → trato, abus stays (ends in -us), crisis stays.
// Four letters at least, so short words (bus, has, gas) are left alone.
const LATIN_PLURAL = /(?<=^[a-z]{2,}[a-hj-rtv-z])s$/;

/** One word as the index and the queries store it: folded, without article or plural ending. */
function term(word: string): string {
  return word.replace(ARABIC_ARTICLE, '').replace(LATIN_PLURAL, '');
}

/**
 * The words of a text, normalised: the search index, the search queries and the vocabulary all
 * go through this one function, so what is typed and what is stored always compare alike.
 */
export function words(text: string): string[] {
  return fold(text).replace(ELISION, '$1').replace(INNER_APOSTROPHE, '').split(NON_WORD).filter(Boolean).map(term);
}
