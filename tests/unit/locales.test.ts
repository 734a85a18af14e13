// @vitest-environment node
// Every language is complete: every English key exists, no value is left in English, every
// plural form the language uses (Intl.PluralRules: Arabic has six) exists, and translations
// keep the same {{placeholders}}, each key in the file English has it in (common.json: what the
// first paint needs; pages.json: the later screens'). Easy-read sentences (easy.json) are the easy
// form of standard ones: every easy key has a standard key, and every language has the same easy
// sentences as English, so a reader in easy-read mode meets the same easy page in every language.
// Failures list the offenders.
import { readdirSync, readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };
const LOCALES = new URL('../../locales/', import.meta.url);
const languages = readdirSync(LOCALES).filter((l) => l !== 'en');
const load = (lang: string, file = 'common'): Record<string, string> => {
  const flat: Record<string, string> = {};
  const walk = (tree: Tree, prefix: string) => {
    for (const [k, v] of Object.entries(tree)) typeof v === 'string' ? (flat[prefix + k] = v) : walk(v, `${prefix}${k}.`);
  };
  walk(JSON.parse(readFileSync(new URL(`${lang}/${file}.json`, LOCALES), 'utf8')), '');
  return flat;
};
/** The staff pages' sentences (staff.json), named apart: their keys may repeat the public app's. */
const staffOf = (lang: string) => Object.fromEntries(Object.entries(load(lang, 'staff')).map(([k, v]) => [`staff:${k}`, v]));
/** The standard sentences: the first paint's (common.json), the later screens' (pages.json) and the staff pages' (staff.json). */
const standardOf = (lang: string) => ({ ...load(lang, 'common'), ...load(lang, 'pages'), ...staffOf(lang) });
const PLURAL = /_(zero|one|two|few|many|other)$/;
const english = standardOf('en');
const baseKeys = [...new Set(Object.keys(english).map((k) => k.replace(PLURAL, '')))];
const pluralBases = new Set(Object.keys(english).filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
/** Words that are the same in English and the language, on purpose. */
const SAME_EVERYWHERE = new Set(['Ponte', 'SMS', 'WhatsApp', 'E-mail', 'Services', 'Service', 'Contact', 'Normal', 'Pause', 'Stop', 'Menu', '{{count}} service', '{{count}} services', 'Organisation', 'Message', 'Page {{page}}']);

describe.each(languages)('interface language "%s"', (lang) => {
  const strings = standardOf(lang);
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

  it('has every key of English', () => {
    const missing = baseKeys.filter((k) => !pluralBases.has(k) && !(k in strings));
    expect(missing).toEqual([]);
  });
  it(`has every plural form the language uses (${categories.join(', ')})`, () => {
    const missing = [...pluralBases].flatMap((base) => categories.filter((c) => !(`${base}_${c}` in strings)).map((c) => `${base}_${c}`));
    expect(missing).toEqual([]);
  });
  it('has no key English does not have', () => {
    expect(Object.keys(strings).filter((k) => !baseKeys.includes(k.replace(PLURAL, '')))).toEqual([]);
  });
  it('keeps each key in the file English has it in (the first paint loads common.json only)', () => {
    const inEnglish = { common: load('en', 'common'), pages: load('en', 'pages'), staff: load('en', 'staff') };
    const misplaced = (['common', 'pages', 'staff'] as const).flatMap((file) =>
      Object.keys(load(lang, file))
        .filter((k) => !(k in inEnglish[file]) && !(`${k.replace(PLURAL, '')}_other` in inEnglish[file]))
        .map((k) => `${file}.json: ${k}`),
    );
    expect(misplaced).toEqual([]);
  });
  it('leaves no value in English', () => {
    const leftInEnglish = Object.entries(strings).filter(([k, v]) => english[k] === v && !SAME_EVERYWHERE.has(v)).map(([k]) => k);
    expect(leftInEnglish).toEqual([]);
  });
  it('keeps the placeholders of English', () => {
    const wrong = Object.entries(strings)
      .filter(([k, v]) => {
        const source = english[k] ?? english[`${k.replace(PLURAL, '')}_other`];
        return source !== undefined && placeholders(source).join() !== placeholders(v).join() && !/_(zero|one|two)$/.test(k);
      })
      .map(([k]) => k);
    expect(wrong).toEqual([]);
  });
});

describe.each(languages.filter((lang) => i18next.dir(lang) === 'rtl'))('right-to-left interface language "%s"', (lang) => {
  it('isolates numbers written in groups (611 22 33 44) left to right, so the sentence cannot reverse the groups', () => {
    // Spaces between digit groups take the sentence's direction: without an isolate (U+2066 … U+2069)
    // "611 22 33 44" shows as "44 33 22 611" in Arabic.
    const grouped = /\+?\d+(?: \d+)+/g;
    const reversible = (v: string) => [...v.matchAll(grouped)].some((m) => v[m.index - 1] !== '\u2066' || v[m.index + m[0].length] !== '\u2069');
    const files = [load(lang), load(lang, 'pages'), load(lang, 'easy'), load(lang, 'staff')];
    expect(files.flatMap((f) => Object.entries(f).filter(([, v]) => reversible(v)).map(([k]) => k))).toEqual([]);
  });
});

describe.each(['en', ...languages])('easy-read sentences in "%s"', (lang) => {
  const easy = load(lang, 'easy');
  const standard = standardOf(lang);
  const englishEasy = load('en', 'easy');
  const base = (k: string) => k.replace(PLURAL, '');
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

  it('has a standard sentence for every easy one', () => {
    expect(Object.keys(easy).filter((k) => !(k in standard) && !(`${base(k)}_other` in standard))).toEqual([]);
  });
  it('has the easy sentences English has, and no other', () => {
    const bases = (strings: Record<string, string>) => [...new Set(Object.keys(strings).map(base))].sort();
    expect(bases(easy)).toEqual(bases(englishEasy));
  });
  it(`has every plural form the language uses (${categories.join(', ')})`, () => {
    const pluralBases = new Set(Object.keys(easy).filter((k) => PLURAL.test(k)).map(base));
    const missing = [...pluralBases].flatMap((b) => categories.filter((c) => !(`${b}_${c}` in easy)).map((c) => `${b}_${c}`));
    expect(missing).toEqual([]);
  });
  it('keeps the placeholders of the standard sentence', () => {
    const wrong = Object.entries(easy)
      .filter(([k, v]) => {
        const source = standard[k] ?? standard[`${base(k)}_other`];
        return source !== undefined && placeholders(source).join() !== placeholders(v).join() && !/_(zero|one|two)$/.test(k);
      })
      .map(([k]) => k);
    expect(wrong).toEqual([]);
  });
  it('changes the words: an easy sentence is not the standard one again', () => {
    expect(Object.entries(easy).filter(([k, v]) => standard[k] === v).map(([k]) => k)).toEqual([]);
  });
});
