// @vitest-environment node
// The search vocabulary is content (src/content/vocabulary/<lang>.json): every interface
// language has one, every need has words in it, the needs' own names (locales/<lang>/common.json)
// find their need, and the rules that match a typed word with a vocabulary word.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vocabularies } from '../../src/content/vocabulary';
import { compileVocabulary, understand, wordMatches, type VocabularyFile } from '../../src/data/search-vocabulary';
import { words } from '../../src/shared/fold';
import { NEED_IDS } from '../../src/shared/needs';

const LOCALES = new URL('../../locales/', import.meta.url);
const languages = readdirSync(LOCALES).sort();
const needNames = (lang: string): Record<string, string> => JSON.parse(readFileSync(new URL(`${lang}/common.json`, LOCALES), 'utf8')).needs;
/** The everyday names easy-read mode gives some needs ("Money to live on"), in locales/<lang>/easy.json. */
const easyNeedNames = (lang: string): Record<string, string> => JSON.parse(readFileSync(new URL(`${lang}/easy.json`, LOCALES), 'utf8')).needs ?? {};
const vocabulary = compileVocabulary(vocabularies);
const kindWords = (file: VocabularyFile, list: 'danger' | 'about') => Object.values(file.danger_kinds ?? {}).flatMap((kind) => kind[list] ?? []);
const kindsNamed = new Set(Object.values(vocabularies).flatMap((file) => Object.keys(file.danger_kinds ?? {})));

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
    it('names every kind of danger any file names, each with words', () => {
      expect(Object.keys(file.danger_kinds ?? {}).sort()).toEqual([...kindsNamed].sort());
      for (const [kind, lists] of Object.entries(file.danger_kinds ?? {})) {
        expect([...(lists.danger ?? []), ...(lists.about ?? [])].length, kind).toBeGreaterThan(0);
      }
    });
    it('has no entry that is empty once normalised', () => {
      const all = [...Object.values(file.needs).flat(), ...file.danger, ...kindWords(file, 'danger'), ...kindWords(file, 'about'), ...(file.synonyms ?? []).flat(), ...(file.stop ?? [])];
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
    it.each(NEED_IDS)('finds the need "%s" by its easy-read name, if it has one', (need) => {
      // The whole name only: its words alone ("live", "other") are everyday words of no need.
      const name = easyNeedNames(lang)[need];
      if (name) expect(understand(name, vocabulary).needs, name).toContain(need);
    });
  });
});

describe('matching a typed word with a vocabulary word', () => {
  it('matches the word itself, and longer words a stem of six letters or more begins', () => {
    expect(wordMatches('maltrato', 'maltrato', false)).toBe(true);
    expect(wordMatches('refugiad', 'refugiados', false)).toBe(true);
    expect(wordMatches('violen', 'violencia', false)).toBe(true);
    expect(wordMatches('hit', 'hitch', false)).toBe(false);
  });
  it('matches shorter words whole: their inflections are listed, since their beginnings are other words', () => {
    expect(wordMatches('mari', 'mariage', false)).toBe(false);
    expect(wordMatches('beat', 'beatle', false)).toBe(false);
    expect(wordMatches('rape', 'rapeseed', false)).toBe(false);
    expect(wordMatches('trata', 'tratamiento', false)).toBe(false);
    expect(wordMatches('страх', 'страхування', false)).toBe(false);
    expect(wordMatches('bater', 'bateria', false)).toBe(false);
  });
  it('takes four letters as a stem in Arabic script, which writes no short vowels', () => {
    expect(wordMatches('اطفال', 'اطفالهم', false)).toBe(true);
    expect(wordMatches('منزل', 'منزلك', false)).toBe(true);
    expect(wordMatches('عنف', 'عنفوان', false)).toBe(false);
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
  it('takes a known word as it is: never a misspelling, nor the beginning of another word', () => {
    expect(wordMatches('pegar', 'pagar', false)).toBe(true); // unknown, it would be a typo
    expect(wordMatches('pegar', 'pagar', false, true)).toBe(false);
    expect(wordMatches('punch', 'lunch', false, true)).toBe(false);
    expect(wordMatches('danger', 'manger', false, true)).toBe(false);
    expect(wordMatches('older', 'order', false, true)).toBe(false);
    expect(wordMatches('casamento', 'casa', true, true)).toBe(false);
    // A stem still stands for the known words it begins.
    expect(wordMatches('насильств', 'насильства', false, true)).toBe(true);
  });
});

describe('words of the vocabulary are never misread as danger', () => {
  const phrases = (pick: (file: VocabularyFile) => string[]) =>
    Object.entries(vocabularies).flatMap(([lang, file]) => pick(file).map((phrase) => [lang, phrase] as const));
  const needPhrases = phrases((file) => NEED_IDS.filter((need) => need !== 'safety').flatMap((need) => file.needs[need] ?? []));

  it('no phrase of a need other than safety, in any language, speaks of danger, typed or complete', () => {
    expect(needPhrases.length).toBeGreaterThan(1000);
    const misread = needPhrases.filter(([, phrase]) => understand(phrase, vocabulary).danger || understand(`${phrase} `, vocabulary).danger);
    expect(misread.map(([lang, phrase]) => `${lang}: ${phrase}`)).toEqual([]);
  });

  it('nor does a stop word or a synonym that is not itself about danger', () => {
    const danger = new Set(Object.values(vocabularies).flatMap((file) => [...file.danger, ...kindWords(file, 'danger')].flatMap(words)));
    const others = phrases((file) => [...(file.stop ?? []), ...(file.synonyms ?? []).flat()]).filter(([, w]) => !words(w).some((x) => danger.has(x)));
    expect(others.filter(([, w]) => understand(`${w} `, vocabulary).danger).map(([lang, w]) => `${lang}: ${w}`)).toEqual([]);
  });

  it('nor does a word that only says what the danger is about ("child", "racism")', () => {
    const about = phrases((file) => kindWords(file, 'about'));
    expect(about.length).toBeGreaterThan(50);
    const misread = about.filter(([, phrase]) => understand(phrase, vocabulary).danger || understand(`${phrase} `, vocabulary).danger);
    expect(misread.map(([lang, phrase]) => `${lang}: ${phrase}`)).toEqual([]);
  });
});

describe('what a query means', () => {
  it('speaks of danger in any language, whatever the interface language', () => {
    for (const query of ['maltrato', 'abuse', 'violences conjugales', 'maus tratos', 'العنف', 'насильство']) {
      expect(understand(query, vocabulary).danger, query).toBe(true);
    }
    expect(understand('alquiler', vocabulary).danger).toBe(false);
  });
  it('reads a restraining order as danger, not as housing or older people', () => {
    for (const query of ['orden de alejamiento', 'orden de protección', 'restraining order', 'protection order', 'ordonnance de protection', 'ordem de afastamento', 'обмежувальний припис', 'أمر حماية']) {
      expect(understand(query, vocabulary).danger, query).toBe(true);
      expect(understand(query, vocabulary).needs, query).not.toContain('housing');
      expect(understand(query, vocabulary).needs, query).not.toContain('older');
    }
  });
  it('takes a word of the directory\'s texts as it is for danger, yet as a near form of a need word', () => {
    const inTexts = (word: string) => ['ville', 'школи'].includes(word);
    expect(understand('ville', vocabulary, inTexts).danger).toBe(false); // not "violé"
    expect(understand('школи', vocabulary, inTexts).needs).toContain('family'); // школа, inflected
  });
  it('names the kind of danger: its own words are about danger, "about" words only say which', () => {
    const kinds = (query: string) => understand(query, vocabulary).kinds;
    for (const query of ['suicide', 'quiero morir', 'je veux mourir', 'quero morrer', 'انتحار', 'хочу померти']) {
      expect(understand(query, vocabulary).danger, query).toBe(true);
      expect(kinds(query), query).toEqual(['self-harm']);
    }
    expect(kinds('mon mari me frappe')).toEqual(['partner']);
    expect(kinds('me quiere matar')).toEqual([]); // he wants to kill me: danger of no named kind
    expect(kinds('me quiero matar')).toEqual(['self-harm']);
    expect(kinds('acoso escolar')).toEqual(['children']);
    expect(understand('escolar', vocabulary).danger).toBe(false);
    expect(kinds('escolar')).toEqual([]);
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
