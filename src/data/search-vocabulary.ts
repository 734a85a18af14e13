// The words people really use, read from the content vocabulary (src/content/vocabulary/, one
// file per language, see its README): which need a query is about, whether it speaks of
// violence or danger (and which kind of danger: a partner, a child, hate, self-harm), synonyms to
// look for too, and stop words to leave out of the text search.
// Every language's vocabulary applies to every query: a person may type in a language other than
// the interface's, and "لجوء" must find the asylum services on an English phone too.
// Everything goes through the same words() as the index, so "Los malos tratos" and "malos
// tratos", "اللجوء" and "لجوء", "refugees" and "refugee" compare alike.
import { words } from '../shared/fold';
import { NEED_IDS, type NeedId } from '../shared/needs';

/** One language's vocabulary file, as a content editor writes it. */
export interface VocabularyFile {
  /** For each need, the words and phrases people use for it (its own name's words included). */
  needs: Partial<Record<NeedId, string[]>>;
  /** Words and phrases about violence, abuse or danger: they bring the violence specialists first. */
  danger: string[];
  /** Kinds of danger (an id, the same in every file: "partner", "self-harm"), each with words that
   *  name it. The services that answer a kind say so (`danger_kinds`) and come first for its words.
   *  `danger`: words about danger of this kind (like those of `danger` above, and of this kind);
   *  `about`: words that are not about danger by themselves ("child", "racism") but, in a query
   *  that is, say what it is about. */
  danger_kinds?: Record<string, { danger?: string[]; about?: string[] }>;
  /** Groups of single words that mean the same: a query for one also looks for the others. */
  synonyms?: string[][];
  /** Words that carry no meaning in a search (articles, "help", "I need"): left out of the text search. */
  stop?: string[];
}

interface Entry {
  /** The phrase's words, normalised; every one must be in the query. */
  words: string[];
  need?: NeedId;
  danger: boolean;
  kind?: string;
}

export interface Vocabulary {
  entries: Entry[];
  synonyms: string[][];
  stop: Set<string>;
  /** Every word of every list (needs, danger, synonyms, stop words), in every language: a query
   *  word found here is a word of its own, never taken for a misspelling of another. */
  known: Set<string>;
}

/** Compiles the editors' files once (normalising every word) for fast matching on each keystroke. */
export function compileVocabulary(files: Record<string, VocabularyFile>): Vocabulary {
  const entries: Entry[] = [];
  const add = (phrase: string, need: NeedId | undefined, danger: boolean, kind?: string) => {
    const w = words(phrase);
    if (w.length) entries.push({ words: w, need, danger, ...(kind ? { kind } : {}) });
  };
  const synonyms: string[][] = [];
  const stop = new Set<string>();
  for (const file of Object.values(files)) {
    for (const need of NEED_IDS) for (const phrase of file.needs[need] ?? []) add(phrase, need, false);
    for (const phrase of file.danger) add(phrase, undefined, true);
    for (const [kind, lists] of Object.entries(file.danger_kinds ?? {})) {
      for (const phrase of lists.danger ?? []) add(phrase, undefined, true, kind);
      for (const phrase of lists.about ?? []) add(phrase, undefined, false, kind);
    }
    for (const group of file.synonyms ?? []) synonyms.push([...new Set(group.flatMap(words))]);
    for (const word of file.stop ?? []) for (const w of words(word)) stop.add(w);
  }
  const known = new Set([...entries.flatMap((e) => e.words), ...synonyms.flat(), ...stop]);
  return { entries, synonyms, stop, known };
}

/** A vocabulary word of this many letters or more also stands for the longer words it begins
 *  (a stem: violenc → violencia; біженц → біженці). Shorter ones match whole: "pega" is not
 *  "pegamento", "trata" (de personas) is not "tratamiento", "страх" (fear) is not "страхування"
 *  (insurance), "viole" is not "violeta", "bater" is not "bateria": their inflections are listed.
 *  Arabic script writes no short vowels, so four of its letters say as much as six of these:
 *  محامي → محامين, اطفال → اطفالهم. */
export const STEM_LETTERS = 6;
export const ARABIC_STEM_LETTERS = 4;
const ARABIC = /^\p{Script=Arabic}/u;
/** The word being typed, from this many letters, may be the beginning of a vocabulary word. */
export const TYPING_LETTERS = 4;
/** Words of this many letters or more forgive one typo ("maltrado", "biolencia"). */
export const TYPO_LETTERS = 5;

/** Whether a vocabulary word stands for a query word as a stem (see STEM_LETTERS). */
const isStemOf = (vocab: string, word: string) =>
  vocab.length >= (ARABIC.test(vocab) ? ARABIC_STEM_LETTERS : STEM_LETTERS) && word.length > vocab.length && word.startsWith(vocab);

/** At most one edit (a letter added, removed, changed, or two swapped): "violensia", "maltarto". */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one letter changed
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // two swapped
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Whether a query word is a vocabulary word: the word itself, or a longer word the vocabulary
 * word begins when that is a stem of six letters or more, four in Arabic (violenc → violencia,
 * violencias; насильств → every form of насильство). Then, only for a word that is not `known`
 * (see understand()): the word being typed may be its beginning, from four letters, and words
 * of five letters or more forgive one typo, in the word or in the part it begins. A known word
 * is a word of its own, not a misspelling: "pagar" (to pay) is not "pegar" (to hit), "lunch" is
 * not "punch", "manger" (to eat) is not "danger", "order" is not "older".
 */
export function wordMatches(vocab: string, word: string, typing: boolean, known = false): boolean {
  if (word === vocab || isStemOf(vocab, word)) return true;
  if (known) return false;
  if (typing && word.length >= TYPING_LETTERS && vocab.startsWith(word)) return true;
  if (vocab.length < TYPO_LETTERS || word.length < TYPO_LETTERS) return false;
  if (withinOneEdit(vocab, word)) return true;
  // A letter changed or added in a long vocabulary word followed by a short ending: "violensias",
  // "violenncias". Not a letter missing ("pare", the beginning of "pareja", would be "padre"),
  // nor in shorter words ("mediac", the beginning of "mediacion", would be "medica").
  if (vocab.length < 7 || word.length <= vocab.length || word.length > vocab.length + 4) return false;
  return [0, 1].some((d) => withinOneEdit(vocab, word.slice(0, vocab.length + d)));
}

export interface QueryMeaning {
  /** The words to look for in the texts: without stop words (unless nothing else is left), each
   *  with its synonyms, as alternatives. */
  alternatives: string[][];
  /** The needs the query's words name, in the order of the home screen (words about danger
   *  bring the violence specialists, not the whole safety need with its scam and telecare help). */
  needs: NeedId[];
  /** Whether the query speaks of violence, abuse or danger. */
  danger: boolean;
  /** The kinds of danger it names ("partner", "self-harm"), when it speaks of danger or of the
   *  safety need ("racism"): the services that answer them come first. Empty or absent otherwise
   *  ("my son", "school": a child's words, but no danger). */
  kinds?: string[];
}

/**
 * What a query means, as far as the vocabulary knows. Without a vocabulary: just its words.
 * A word of the vocabulary is taken as it is, never as a misspelling or the beginning of another
 * word. So is a word of the directory's texts (`isTerm`, search-index.ts), for words about
 * danger: "ville" is not "violé", "water" is not "bater", whereas for a need, a near word of the
 * texts is often the same word inflected (школи, школа; محامين, محامي) and a wrong need costs
 * little (a few more results, each saying what it is about).
 */
export function understand(query: string, vocabulary?: Vocabulary, isTerm?: (word: string) => boolean): QueryMeaning {
  const all = words(query);
  if (!vocabulary) return { alternatives: all.map((w) => [w]), needs: [], danger: false, kinds: [] };
  // The last word is still being typed unless a space or a full stop follows it.
  const typing = /[\p{L}\p{N}]$/u.test(query);
  const inVocabulary = all.map((w) => vocabulary.known.has(w));
  const inTexts = all.map((w, i) => !inVocabulary[i] && w.length >= TYPING_LETTERS && (isTerm?.(w) ?? false));
  const matches = (vocab: string, i: number, danger: boolean) =>
    wordMatches(vocab, all[i]!, typing && i === all.length - 1, inVocabulary[i] || (danger && inTexts[i]));
  const needs = new Set<NeedId>();
  const kinds = new Set<string>();
  let danger = false;
  for (const entry of vocabulary.entries) {
    if (!entry.words.every((v) => all.some((_, i) => matches(v, i, entry.danger)))) continue;
    if (entry.need) needs.add(entry.need);
    if (entry.kind) kinds.add(entry.kind);
    danger ||= entry.danger;
  }
  const meaningful = all.filter((w) => !vocabulary.stop.has(w));
  const alternatives = (meaningful.length ? meaningful : all).map((word) => {
    const same = vocabulary.synonyms.filter((group) => group.some((s) => s === word || isStemOf(s, word)));
    return [...new Set([word, ...same.flat()])];
  });
  const named = danger || needs.has('safety') ? [...kinds] : [];
  return { alternatives, needs: NEED_IDS.filter((n) => needs.has(n)), danger, kinds: named };
}
