// @vitest-environment node
// The search vocabulary is content (src/content/vocabulary/<lang>.json): every interface
// language has one, every need has words in it, the needs' own names (locales/<lang>/common.json)
// find their need, and the rules that match a typed word with a vocabulary word.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vocabularies } from '../../src/content/vocabulary';
import { compileVocabulary, understand, wordMatches } from '../../src/data/search-vocabulary';
import { words } from '../../src/shared/fold';
import { NEED_IDS } from '../../src/shared/needs';

const LOCALES = new URL('../../locales/', import.meta.url);
const languages = readdirSync(LOCALES).sort();
const needNames = (lang: string): Record<string, string> => JSON.parse(readFileSync(new URL(`${lang}/common.json`, LOCALES), 'utf8')).needs;
const vocabulary = compileVocabulary(vocabularies);

describe('the search vocabulary, as content', () => {
  it('has a file for every interface language', () => {
    expect(Object.keys(vocabularies).sort()).toEqual(languages);
  });

  describe.each(languages)('"%s"', (lang) => {
    const file = vocabularies[lang]!;
    it('has words for every need, and words about danger', () => {
      expect(NEED_IDS.filter((need) => !file.needs[need]?.length)).toEqual([]);
      expect(Object.keys(file.needs).filter((k) => !(NEED_IDS as readonly string[]).includes(k))).toEqual([]);
      expect(file.danger.length).toBeGreaterThanOrEqual(20);
    });
    it('has no entry that is empty once normalised', () => {
      const all = [...Object.values(file.needs).flat(), ...file.danger, ...(file.synonyms ?? []).flat(), ...(file.stop ?? [])];
      expect(all.filter((e) => words(e).length === 0)).toEqual([]);
    });
    it('has synonyms of single words only', () => {
      expect((file.synonyms ?? []).flat().filter((w) => words(w).length !== 1)).toEqual([]);
    });
    it.each(NEED_IDS)('finds the need "%s" by its name and by each word of its name', (need) => {
      // A word about danger ("Violence") stands for the safety need: it brings its violence specialists.
      const finds = (text: string) => understand(text, vocabulary).needs.includes(need) || (need === 'safety' && understand(text, vocabulary).danger);
      const name = needNames(lang)[need]!;
      expect(finds(name), name).toBe(true);
      const meaningful = words(name).filter((w) => !vocabulary.stop.has(w));
      expect(meaningful.filter((w) => !finds(w)), name).toEqual([]);
    });
  });
});

describe('matching a typed word with a vocabulary word', () => {
  it('matches the word itself, and longer words a stem of four letters or more begins', () => {
    expect(wordMatches('maltrato', 'maltrato', false)).toBe(true);
    expect(wordMatches('refugiad', 'refugiados', false)).toBe(true);
    expect(wordMatches('hit', 'hitch', false)).toBe(false);
  });
  it('matches the beginning of a word only while it is being typed, from four letters', () => {
    expect(wordMatches('violencia', 'violen', true)).toBe(true);
    expect(wordMatches('violencia', 'violen', false)).toBe(false);
    expect(wordMatches('violencia', 'vio', true)).toBe(false);
  });
  it('forgives one typo in words of five letters or more, not in shorter ones', () => {
    expect(wordMatches('maltrato', 'maltrado', false)).toBe(true);
    expect(wordMatches('violencia', 'biolencia', false)).toBe(true);
    expect(wordMatches('violencia', 'violensias', false)).toBe(true);
    expect(wordMatches('pega', 'paga', false)).toBe(false);
    expect(wordMatches('maltrato', 'maltarot', false)).toBe(false); // two edits
  });
  it('does not take the beginning of another word for a typo', () => {
    expect(wordMatches('padre', 'pareja', false)).toBe(false);
    expect(wordMatches('medica', 'mediacion', false)).toBe(false);
  });
});

describe('what a query means', () => {
  it('speaks of danger in any language, whatever the interface language', () => {
    for (const query of ['maltrato', 'abuse', 'violences conjugales', 'maus tratos', 'العنف', 'насильство']) {
      expect(understand(query, vocabulary).danger, query).toBe(true);
    }
    expect(understand('alquiler', vocabulary).danger).toBe(false);
  });
  it('matches phrases whatever the order of their words, and never a part of one', () => {
    expect(understand('me pega', vocabulary).danger).toBe(true);
    expect(understand('tratos', vocabulary).danger).toBe(false);
  });
  it('leaves stop words out of the text search, unless nothing else is left', () => {
    expect(understand('necesito un abogado', vocabulary).alternatives[0]).toContain('abogado');
    expect(understand('necesito un abogado', vocabulary).alternatives).toHaveLength(1);
    expect(understand('help', vocabulary).alternatives).toEqual([['help']]);
  });
  it('also looks for synonyms', () => {
    expect(understand('abogada', vocabulary).alternatives[0]).toEqual(expect.arrayContaining(['abogado', 'letrado']));
  });
});
