// The demo directory in all six languages: every text translated, no translation left over from
// an English text that changed, and each language written in its own script and words.
import { describe, expect, it } from 'vitest';
import { demoDirectory } from '../../src/content';
import { catalogs } from '../../src/content/translations';

const records = [...demoDirectory.organizations, ...demoDirectory.services, ...demoDirectory.rights];

function englishTexts(): Set<string> {
  const texts = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') texts.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
  };
  for (const r of records) Object.values(r.texts.en as Record<string, unknown>).forEach(walk);
  return texts;
}

describe.each(Object.entries(catalogs))('the demo directory in "%s"', (lang, catalog) => {
  it('translates every English text (the list shows any missing)', () => {
    expect([...englishTexts()].filter((t) => catalog[t] === undefined)).toEqual([]);
  });

  it('keeps no translation of an English text that is gone', () => {
    const used = englishTexts();
    expect(Object.keys(catalog).filter((t) => !used.has(t))).toEqual([]);
  });

  it('gives every service and rights card all its fields in the language', () => {
    for (const r of [...demoDirectory.services, ...demoDirectory.rights]) {
      expect(Object.keys(r.texts[lang] ?? {}).sort(), r.id).toEqual(Object.keys(r.texts.en).sort());
    }
  });

  it('leaves no sentence in English', () => {
    const sentences = Object.entries(catalog).filter(([en]) => en.split(' ').length > 4);
    expect(sentences.filter(([en, translated]) => en === translated).map(([en]) => en)).toEqual([]);
  });
});

describe('scripts', () => {
  it('writes Arabic in Arabic letters and Ukrainian in Cyrillic', () => {
    const share = (catalog: Record<string, string>, letters: RegExp) => {
      const all = Object.values(catalog).join('').replace(/[\s\d\p{P}\p{S}]/gu, '');
      return all.replace(letters, '').length / all.length;
    };
    // What is left is names (San Martín, DNI, SMS): a small share.
    expect(share(catalogs.ar!, /\p{Script=Arabic}/gu)).toBeLessThan(0.03);
    expect(share(catalogs.uk!, /\p{Script=Cyrillic}/gu)).toBeLessThan(0.05);
  });
});
