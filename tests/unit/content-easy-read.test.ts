// @vitest-environment node
// The demo directory's easy-read texts: every service and rights card, and every document to
// bring, in easy words in every language the directory is written in, following the Inclusion
// Europe rules a test can check (short sentences, one a line, no initials), in the language's own
// words and script, and published under the `<lang>-x-easy` tags the devices look for. They are
// rows of the demo package's ponte_translations.csv (language `<lang>-x-easy`), read here through
// the importer, so what is checked is what the phones get.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { loadDemoDirectory } from '../../src/server/hsds/demo-package';

const demoDirectory = await loadDemoDirectory();

type Texts = Record<string, Record<string, unknown>>;
/** The fields of a card in easy words: what it is, who it is for, how to get it (one sentence a
 *  line), and what to bring (a list, one easy item per item of the standard list). */
type Parts = { what: string; who: string; how: string; bring: string };
const SERVICE_PARTS: Parts = { what: 'description', who: 'eligibility_description', how: 'application_process', bring: 'required_documents' };
const CARD_PARTS: Parts = { what: 'summary', who: 'who', how: 'how', bring: 'bring' };
const items = [
  ...demoDirectory.services.map((s) => ({ id: s.id, texts: s.texts as Texts, parts: SERVICE_PARTS })),
  ...demoDirectory.rights.map((r) => ({ id: r.id, texts: r.texts as Texts, parts: CARD_PARTS })),
];
const SENTENCE_PARTS = ['what', 'who', 'how'] as const;

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

const easy = (lang: string) => `${lang}-x-easy`;
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);

/** Every easy sentence in a language, with where it is, so the English one at the same place can
 *  be found. A card's parts hold one sentence a line; a document to bring may take two or three. */
function sentences(lang: string) {
  return items.flatMap(({ id, texts, parts }) => {
    const t = texts[easy(lang)] ?? {};
    return [
      ...SENTENCE_PARTS.flatMap((part) => text(t[parts[part]]).split('\n').filter(Boolean).map((s, i) => ({ id, place: `${id}.${part}.${i}`, s }))),
      ...list(t[parts.bring]).flatMap((d, k) => d.split(/(?<=\.) /).map((s, i) => ({ id, place: `${id}.bring.${k}.${i}`, s }))),
    ];
  });
}
const shown = (found: { id: string; s: string }[]) => found.map(({ id, s }) => `${id}: ${s}`);

/** The languages the directory is written in (its standard texts), and those it has easy words in. */
const tags = [...new Set([...demoDirectory.organizations, ...items].flatMap((r) => Object.keys(r.texts)))];
const written = tags.filter((t) => !t.endsWith('-x-easy')).sort();

it('exist in every language the directory is written in', () => {
  // Without a language's easy texts, each of its pages says "not yet written in easy words".
  expect(written).toEqual(['ar', 'en', 'es', 'fr', 'pt', 'uk']);
  expect(tags.filter((t) => t.endsWith('-x-easy')).sort()).toEqual(written.map(easy));
});

it('are only the parts checked here, so no easy text reaches a phone unchecked', () => {
  // A device shows any easy field it finds before the standard one: an easy organization name
  // or service name would skip every rule below.
  expect(demoDirectory.organizations.flatMap((o) => Object.keys(o.texts).filter((t) => t.endsWith('-x-easy')).map((t) => `${o.id} ${t}`))).toEqual([]);
  const unchecked = items.flatMap(({ id, texts, parts }) =>
    Object.entries(texts)
      .filter(([tag]) => tag.endsWith('-x-easy'))
      .flatMap(([tag, t]) => Object.keys(t).filter((f) => !Object.values(parts).includes(f)).map((f) => `${id} ${tag} ${f}`)),
  );
  expect(unchecked).toEqual([]);
});

describe.each(written)('easy-read texts in "%s"', (lang) => {
  const all = sentences(lang);

  it('exist for every service and rights card, saying what it is, who it is for and how to get it', () => {
    const missing = items.flatMap(({ id, texts, parts }) =>
      SENTENCE_PARTS.filter((part) => {
        const lines = text(texts[easy(lang)]?.[parts[part]]).split('\n');
        return lines.some((s) => !s.trim());
      }).map((part) => `${id}.${part}`),
    );
    expect(missing).toEqual([]);
  });

  it('list what to bring in easy words, an item for every item of the card', () => {
    // The easy list stands in for the standard one on the card: an item missing from it would be
    // a document the reader is never told to bring.
    const uneven = items.flatMap(({ id, texts, parts }) => {
      const standard = list(texts[lang]?.[parts.bring]);
      const easyList = list(texts[easy(lang)]?.[parts.bring]);
      return easyList.length !== standard.length || easyList.some((d) => !d.trim()) ? [`${id}: ${easyList.length} easy item(s) for ${standard.length}`] : [];
    });
    expect(uneven).toEqual([]);
  });

  it(`use sentences of at most ${maxWords(lang)} words, each a whole sentence`, () => {
    expect(shown(all.filter(({ s }) => s.split(/\s+/).length > maxWords(lang)))).toEqual([]);
    expect(shown(all.filter(({ s }) => !/[.?!؟]$/.test(s)))).toEqual([]);
  });

  it('use no initials, nor abbreviations with a dot', () => {
    // Capitals in a row in any script that has them (Latin "NIE", Cyrillic "ЦНАП"); a lone letter
    // and a dot before more words ("e.g. the bank", Arabic "م. فالديمار").
    const initials = all.flatMap(({ id, s }) =>
      [...(s.match(/(?<!\p{L})\p{Lu}{2,}(?!\p{L})/gu) ?? []).filter((w) => !KNOWN.has(w)), ...(s.match(/(?<![\p{L}\p{M}])\p{L}\.(?=\s*\p{L})/gu) ?? [])].map(
        (w) => `${id}: ${w}`,
      ),
    );
    expect(initials).toEqual([]);
  });

  it('are written in the language, none left in English', () => {
    if (lang !== 'en') {
      const english = new Map(sentences('en').map(({ place, s }) => [place, s]));
      expect(shown(all.filter(({ place, s }) => english.get(place) === s))).toEqual([]);
    }
    const script = SCRIPT[lang];
    if (script) {
      expect(shown(all.filter(({ s }) => !script.letters.test(s)))).toEqual([]);
      if (script.noLatin) expect(shown(all.filter(({ s }) => /\p{Script=Latin}/u.test(s)))).toEqual([]);
    }
  });

  it.runIf(i18next.dir(lang) === 'rtl')('isolate numbers written in groups left to right, so the sentence cannot reverse the groups', () => {
    // As in the interface strings (locales.test.ts): a space between digit groups takes the
    // sentence's direction, so "611 22 33" would show as "33 22 611" in Arabic.
    const grouped = /\+?\d+(?: \d+)+/g;
    const reversible = all.filter(({ s }) => [...s.matchAll(grouped)].some((m) => s[m.index - 1] !== '\u2066' || s[m.index + m[0].length] !== '\u2069'));
    expect(shown(reversible)).toEqual([]);
  });
});
