// Search that is safe in a crisis, on the real demo directory, the real index and the real
// vocabulary (src/content/vocabulary): words people really use, in the six languages, with
// misspellings, with and without accents and articles. Each query names a service that must
// be among the first three results and, where it matters, one that must not come first.
import { describe, expect, it } from 'vitest';
import { demoDirectory } from '../../src/content';
import { vocabularies } from '../../src/content/vocabulary';
import { buildIndex, search } from '../../src/data/search-index';
import { compileVocabulary } from '../../src/data/search-vocabulary';

const index = buildIndex(demoDirectory.services, demoDirectory.organizations, demoDirectory.rights);
const vocabulary = compileVocabulary(vocabularies);
const services = (query: string) => search(index, query, { vocabulary }).filter((h) => h.kind === 'service').map((h) => h.id);
const MEDIATION = 'family-mediation';

type Row = [lang: string, query: string, inFirstThree: string, notFirst?: string];
const QUERIES: Row[] = [
  // English
  ['en', 'partner hits me', 'violence-24h-line', MEDIATION],
  ['en', 'my husband beats me', 'violence-24h-line', MEDIATION],
  ['en', 'abuse', 'violence-24h-line', MEDIATION],
  ['en', 'domestic violence', 'violence-24h-line', MEDIATION],
  ['en', 'violense', 'violence-24h-line', MEDIATION], // misspelt
  ['en', 'refugee', 'asylum-reception'],
  ['en', 'refugees', 'asylum-reception'],
  ['en', 'a child who is scared', 'child-protection-line'],
  ['en', 'nowhere to sleep', 'night-shelter'],
  ['en', "women's centre", 'womens-centre-advice'],
  ['en', 'separated parents', MEDIATION], // no violence in the words: mediation is the answer
  // Spanish
  ['es', 'maltrato pareja', 'violence-24h-line', MEDIATION],
  ['es', 'pareja', 'womens-centre-advice', MEDIATION],
  ['es', 'mi pareja me pega', 'violence-24h-line', MEDIATION],
  ['es', 'maltrato', 'violence-24h-line', MEDIATION],
  ['es', 'malos tratos', 'violence-24h-line', MEDIATION],
  ['es', 'maltrado', 'violence-24h-line', MEDIATION], // misspelt
  ['es', 'biolencia de genero', 'violence-24h-line', MEDIATION], // b for v, no accent
  ['es', 'violencia de género', 'violence-24h-line', MEDIATION],
  ['es', 'tengo miedo', 'violence-24h-line', MEDIATION],
  ['es', 'acoso escolar', 'child-protection-line'],
  ['es', 'refugiados', 'asylum-reception'],
  ['es', 'el desahucio', 'eviction-support'],
  ['es', 'mediación', MEDIATION],
  // French
  ['fr', 'violences conjugales', 'violence-24h-line', MEDIATION],
  ['fr', 'mon mari me frappe', 'violence-24h-line', MEDIATION],
  ['fr', 'harcèlement', 'violence-24h-line', MEDIATION],
  ['fr', 'réfugiés', 'asylum-reception'],
  ['fr', 'refugies', 'asylum-reception'], // without accents
  ["fr", "l'asile", 'asylum-reception'], // elided article
  ['fr', 'demande d’asile', 'asylum-reception'],
  ['fr', 'logement', 'housing-advice-office'],
  // Portuguese
  ['pt', 'violência doméstica', 'violence-24h-line', MEDIATION],
  ['pt', 'violencia domestica', 'violence-24h-line', MEDIATION], // without accents
  ['pt', 'o meu companheiro bate-me', 'violence-24h-line', MEDIATION],
  ['pt', 'maus tratos', 'violence-24h-line', MEDIATION],
  ['pt', 'requerente de asilo', 'asylum-reception'],
  ['pt', 'sem abrigo', 'night-shelter'],
  // Arabic
  ['ar', 'لجوء', 'asylum-reception'],
  ['ar', 'اللجوء', 'asylum-reception'], // with the article
  ['ar', 'طالب لجوء', 'asylum-reception'],
  ['ar', 'اللاجئين', 'asylum-reception'], // article and plural
  ['ar', 'لاجىء', 'asylum-reception'], // ى for ي, as phones often type it
  ['ar', 'عنف', 'violence-24h-line', MEDIATION],
  ['ar', 'العنف الأسري', 'violence-24h-line', MEDIATION],
  ['ar', 'زوجي يضربني', 'violence-24h-line', MEDIATION],
  ['ar', 'مُحَامِي', 'free-legal-guidance'], // with harakat
  // Ukrainian
  ['uk', 'насильство', 'violence-24h-line', MEDIATION],
  ['uk', 'домашнє насильство', 'violence-24h-line', MEDIATION],
  ['uk', 'чоловік б’є мене', 'violence-24h-line', MEDIATION],
  ["uk", "чоловік б'є мене", 'violence-24h-line', MEDIATION], // typed apostrophe
  ['uk', 'біженці', 'asylum-reception'],
  ['uk', 'біженець', 'asylum-reception'],
  ['uk', 'притулок', 'asylum-reception'],
  ['uk', 'житло', 'housing-advice-office'],
];

describe('search that is safe in a crisis, on the demo directory', () => {
  it('has a table of at least 40 queries across the six languages', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(QUERIES.map(([lang]) => lang))).toEqual(new Set(['en', 'es', 'fr', 'pt', 'ar', 'uk']));
  });

  it.each(QUERIES)('%s: "%s" lists %s among the first three', (_lang, query, inFirstThree, notFirst) => {
    const found = services(query);
    expect(found.slice(0, 3), found.join(', ')).toContain(inFirstThree);
    if (notFirst) expect(found[0]).not.toBe(notFirst);
  });
});

describe('words that are not about violence', () => {
  const first = (query: string) => demoDirectory.services.find((s) => s.id === services(query)[0]);

  it.each(['comida', 'alquiler', 'abuelo', 'trabajo', 'food bank', 'old people', 'logement', 'médico'])(
    '"%s" does not put the violence lines first',
    (query) => {
      expect(first(query)?.violence).not.toBe('specialist');
    },
  );

  it('finds mediation first when mediation is asked for', () => {
    expect(services('mediación')[0]).toBe(MEDIATION);
    expect(services('family mediation')[0]).toBe(MEDIATION);
  });
});

describe('how results are ranked for danger', () => {
  it('lists every violence specialist before anything else, in the order of the safety need', () => {
    const specialists = demoDirectory.services
      .filter((s) => s.violence === 'specialist')
      .sort((a, b) => (a.need_rank?.safety ?? 99) - (b.need_rank?.safety ?? 99))
      .map((s) => s.id);
    expect(specialists[0]).toBe('violence-24h-line');
    expect(services('malos tratos').slice(0, specialists.length)).toEqual(specialists);
  });

  it('puts a service unsafe where there is violence after everything else, yet keeps it listed', () => {
    const found = services('pareja');
    expect(found).toContain(MEDIATION);
    expect(found.at(-1)).toBe(MEDIATION);
  });

  it('already while the word is being typed', () => {
    expect(services('maltr')[0]).toBe('violence-24h-line');
    expect(services('violen')[0]).toBe('violence-24h-line');
  });

  it('says why a result without the words is listed: the need the words are about', () => {
    const hits = search(index, 'malos tratos', { vocabulary });
    expect(hits.find((h) => h.id === 'violence-24h-line')?.about).toEqual(['safety']);
    // A result whose own text holds the words needs no explanation.
    expect(search(index, 'violencia', { vocabulary }).find((h) => h.id === 'violence-24h-line')?.about).toBeUndefined();
    expect(search(index, 'refugee', { vocabulary }).find((h) => h.id === 'asylum-reception')?.about).toEqual(['migrants']);
  });

  it('without a vocabulary, searches the text only, as before', () => {
    expect(search(index, 'refugee')).toEqual([]);
    expect(search(index, 'vivienda')[0]?.id).toBe('housing-advice-office');
  });
});
