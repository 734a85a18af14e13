// The demo directory's easy-read texts: every service and rights card, and every document to
// bring, in easy words in every language the directory is written in, following the Inclusion
// Europe rules a test can check (short sentences, one a line, no initials), in the language's own
// words and script, and published under the `<lang>-x-easy` tags the devices look for.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { demoDirectory } from '../../src/content';
import { easyRead } from '../../src/content/easy';
import type { EasyTexts } from '../../src/content/easy/easy-texts';
import { catalogs } from '../../src/content/translations';

const items = [...demoDirectory.services, ...demoDirectory.rights];
const ids = new Set(items.map((i) => i.id));
/** Initials a reader knows as words, and the emergency number. */
const KNOWN = new Set(['SMS', '112']);
/** The longest sentence, in words. Arabic writes articles, prepositions and pronouns as part of
 *  the word ("وبطاقتك", "and your card") and Ukrainian has no articles: the same short sentence
 *  has about a fifth fewer words there, so the same rule is a lower count. */
const MAX_WORDS: Record<string, number> = { ar: 12, uk: 13 };
const maxWords = (lang: string) => MAX_WORDS[lang] ?? 15;
/** Languages not written in Latin letters: every sentence is in their own script. Arabic names the
 *  places in Arabic letters too (the standard texts transliterate them), so no Latin letter at all. */
const SCRIPT: Record<string, { letters: RegExp; noLatin: boolean }> = {
  ar: { letters: /\p{Script=Arabic}/u, noLatin: true },
  uk: { letters: /\p{Script=Cyrillic}/u, noLatin: false },
};

/** Every document some card asks for, by its standard English text. */
const documents = new Set([
  ...demoDirectory.services.flatMap((s) => s.texts.en?.required_documents ?? []),
  ...demoDirectory.rights.flatMap((r) => r.texts.en?.bring ?? []),
]);

/** The sentences of the cards, with where each one is, so the English one at the same place can be found. */
const cardSentences = (texts: EasyTexts) =>
  Object.entries(texts).flatMap(([id, t]) =>
    (['what', 'who', 'how'] as const).flatMap((field) => t[field].map((s, i) => ({ id, place: `${id}.${field}.${i}`, s }))),
  );

it('exist in every language the directory is written in', () => {
  // Without a language's file, each of its pages says "not yet written in easy words".
  expect(Object.keys(easyRead).sort()).toEqual(['en', 'es', ...Object.keys(catalogs)].sort());
});

describe.each(Object.entries(easyRead))('easy-read texts in "%s"', (lang, { cards: texts, documents: easyDocuments }) => {
  it('exist for every service and rights card, and for nothing else', () => {
    expect([...ids].filter((id) => !texts[id])).toEqual([]);
    expect(Object.keys(texts).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('say on every card what it is, who it is for and how to get it', () => {
    const empty = Object.entries(texts).flatMap(([id, t]) =>
      (['what', 'who', 'how'] as const).filter((f) => t[f].length === 0 || t[f].some((s) => !s.trim())).map((f) => `${id}.${f}`),
    );
    expect(empty).toEqual([]);
  });

  it('exist for every document to bring, and for nothing else', () => {
    expect([...documents].filter((d) => !easyDocuments[d])).toEqual([]);
    expect(Object.keys(easyDocuments).filter((d) => !documents.has(d))).toEqual([]);
  });

  const sentences = [
    ...cardSentences(texts),
    ...Object.entries(easyDocuments).flatMap(([en, d]) => d.split(/(?<=\.) /).map((s, i) => ({ id: 'bring', place: `bring.${en}.${i}`, s }))),
  ];

  it(`use sentences of at most ${maxWords(lang)} words, each a whole sentence`, () => {
    expect(sentences.filter(({ s }) => s.split(/\s+/).length > maxWords(lang)).map(({ id, s }) => `${id}: ${s}`)).toEqual([]);
    expect(sentences.filter(({ s }) => !/[.?!؟]$/.test(s)).map(({ id, s }) => `${id}: ${s}`)).toEqual([]);
  });

  it('use no initials, nor abbreviations with a dot', () => {
    // Capitals in a row in any script that has them (Latin "NIE", Cyrillic "ЦНАП"); a lone letter
    // and a dot before more words ("e.g. the bank", Arabic "م. فالديمار").
    const initials = sentences.flatMap(({ id, s }) => [
      ...(s.match(/(?<!\p{L})\p{Lu}{2,}(?!\p{L})/gu) ?? []).filter((w) => !KNOWN.has(w)),
      ...(s.match(/(?<![\p{L}\p{M}])\p{L}\.(?=\s*\p{L})/gu) ?? []),
    ].map((w) => `${id}: ${w}`));
    expect(initials).toEqual([]);
  });

  it('are written in the language, none left in English', () => {
    if (lang !== 'en') {
      const english = new Map([...cardSentences(easyRead.en!.cards), ...Object.entries(easyRead.en!.documents).map(([en, d]) => ({ place: `bring.${en}.0`, s: d }))].map(({ place, s }) => [place, s]));
      expect(sentences.filter(({ place, s }) => english.get(place) === s).map(({ id, s }) => `${id}: ${s}`)).toEqual([]);
    }
    const script = SCRIPT[lang];
    if (script) {
      expect(sentences.filter(({ s }) => !script.letters.test(s)).map(({ id, s }) => `${id}: ${s}`)).toEqual([]);
      if (script.noLatin) expect(sentences.filter(({ s }) => /\p{Script=Latin}/u.test(s)).map(({ id, s }) => `${id}: ${s}`)).toEqual([]);
    }
  });

  it.runIf(i18next.dir(lang) === 'rtl')('isolate numbers written in groups left to right, so the sentence cannot reverse the groups', () => {
    // As in the interface strings (locales.test.ts): a space between digit groups takes the
    // sentence's direction, so "611 22 33" would show as "33 22 611" in Arabic.
    const grouped = /\+?\d+(?: \d+)+/g;
    const reversible = sentences.filter(({ s }) => [...s.matchAll(grouped)].some((m) => s[m.index - 1] !== '\u2066' || s[m.index + m[0].length] !== '\u2069'));
    expect(reversible.map(({ id, s }) => `${id}: ${s}`)).toEqual([]);
  });

  it('are on each card as its easy-read version, one sentence a line', () => {
    const shelter = demoDirectory.services.find((s) => s.id === 'night-shelter')!;
    expect(shelter.texts[`${lang}-x-easy`]?.description).toBe(texts['night-shelter']!.what.join('\n'));
    const card = demoDirectory.rights.find((r) => r.id === 'right-to-school')!;
    expect(card.texts[`${lang}-x-easy`]?.summary?.split('\n')).toEqual(texts['right-to-school']!.what);
  });

  it('list what to bring in easy words on each card', () => {
    const foodBank = demoDirectory.services.find((s) => s.id === 'food-bank-distribution')!;
    const english = foodBank.texts.en!.required_documents!;
    expect(foodBank.texts[`${lang}-x-easy`]?.required_documents).toEqual(english.map((d) => easyDocuments[d]));
    const card = demoDirectory.rights.find((r) => r.id === 'right-to-register')!;
    expect(card.texts[`${lang}-x-easy`]?.bring).toEqual(card.texts.en!.bring!.map((d) => easyDocuments[d]));
  });
});
