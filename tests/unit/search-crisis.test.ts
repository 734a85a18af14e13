// Search that is safe in a crisis, on the real demo directory, the real index and the real
// vocabulary (src/content/vocabulary): words people really use, in the six languages, with
// misspellings, with and without accents and articles. Each query names a service that must
// be among the first three results and, where it matters, one that is unsafe where there is
// violence: it must not come first, and comes after every other service listed.
// Then everyday words that must not be read as danger (typos and beginnings of other words).
import { describe, expect, it } from 'vitest';
import { demoDirectory } from '../../src/content';
import { vocabularies } from '../../src/content/vocabulary';
import { buildIndex, createIndex, isIndexTerm, loadIndex, search, searchDirectory, serializeIndex, type IndexedDoc } from '../../src/data/search-index';
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
  ['en', 'restraining order', 'violence-24h-line', MEDIATION], // not "older"
  ['en', 'family mediation, my partner hits me', 'violence-24h-line', MEDIATION],
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
  ['es', 'orden de alejamiento', 'violence-24h-line', MEDIATION], // not "alojamiento" (housing)
  ['es', 'orden de protección', 'violence-24h-line', MEDIATION],
  ['es', 'mediación con mi pareja', 'violence-24h-line', MEDIATION], // mediation asked for, by a partner
  // French
  ['fr', 'violences conjugales', 'violence-24h-line', MEDIATION],
  ['fr', 'mon mari me frappe', 'violence-24h-line', MEDIATION],
  ['fr', 'harcèlement', 'violence-24h-line', MEDIATION],
  ['fr', 'réfugiés', 'asylum-reception'],
  ['fr', 'refugies', 'asylum-reception'], // without accents
  ["fr", "l'asile", 'asylum-reception'], // elided article
  ['fr', 'demande d’asile', 'asylum-reception'],
  ['fr', 'logement', 'housing-advice-office'],
  ['fr', 'ordonnance de protection', 'violence-24h-line', MEDIATION],
  // Portuguese
  ['pt', 'violência doméstica', 'violence-24h-line', MEDIATION],
  ['pt', 'violencia domestica', 'violence-24h-line', MEDIATION], // without accents
  ['pt', 'o meu companheiro bate-me', 'violence-24h-line', MEDIATION],
  ['pt', 'maus tratos', 'violence-24h-line', MEDIATION],
  ['pt', 'requerente de asilo', 'asylum-reception'],
  ['pt', 'sem abrigo', 'night-shelter'],
  ['pt', 'ordem de afastamento', 'violence-24h-line', MEDIATION],
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
  ['ar', 'أمر حماية', 'violence-24h-line', MEDIATION], // protection order
  // Ukrainian
  ['uk', 'насильство', 'violence-24h-line', MEDIATION],
  ['uk', 'домашнє насильство', 'violence-24h-line', MEDIATION],
  ['uk', 'чоловік б’є мене', 'violence-24h-line', MEDIATION],
  ["uk", "чоловік б'є мене", 'violence-24h-line', MEDIATION], // typed apostrophe
  ['uk', 'біженці', 'asylum-reception'],
  ['uk', 'біженець', 'asylum-reception'],
  ['uk', 'притулок', 'asylum-reception'],
  ['uk', 'житло', 'housing-advice-office'],
  ['uk', 'обмежувальний припис', 'violence-24h-line', MEDIATION], // restraining order
];

describe('search that is safe in a crisis, on the demo directory', () => {
  it('has a table of at least 40 queries across the six languages', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(QUERIES.map(([lang]) => lang))).toEqual(new Set(['en', 'es', 'fr', 'pt', 'ar', 'uk']));
  });

  it.each(QUERIES)('%s: "%s" lists %s among the first three', (_lang, query, inFirstThree, unsafe) => {
    const found = services(query);
    expect(found.slice(0, 3), found.join(', ')).toContain(inFirstThree);
    if (!unsafe) return;
    expect(found[0]).not.toBe(unsafe);
    // Not first is not enough (the violence specialists always are): after every other service.
    if (found.includes(unsafe)) expect(found.at(-1), found.join(', ')).toBe(unsafe);
  });
});

describe('words that are not about violence', () => {
  const first = (query: string) => demoDirectory.services.find((s) => s.id === services(query)[0]);

  // Everyday words that one typo, or a short word's beginning, used to read as danger
  // (violence lines first, 112, "Leave this page", the words kept out of the address).
  const EVERYDAY: [lang: string, query: string][] = [
    ['es', 'pagar la luz'], // pagar ≠ pegar (to hit)
    ['es', 'ayuda para pagar'],
    ['es', 'no puedo pagar'],
    ['es', 'comida'],
    ['es', 'alquiler'],
    ['es', 'abuelo'],
    ['es', 'trabajo'],
    ['es', 'médico'],
    ['es', 'alojamiento'], // ≠ alejamiento
    ['es', 'tratamiento de personas mayores'], // ≠ trata de personas
    ['en', 'lunch'], // ≠ punch
    ['en', 'beatles'], // ≠ beat
    ['en', 'rapeseed'], // ≠ rape
    ['en', 'food bank'],
    ['en', 'old people'],
    ['en', 'water bill'], // ≠ bater
    ['en', 'talking'], // ≠ stalking
    ['fr', 'manger'], // to eat ≠ danger
    ['fr', 'mariage'], // ≠ mari
    ['fr', 'couple'], // ≠ coup
    ['fr', 'logement'],
    ['fr', 'adresse'], // ≠ agresse
    ['fr', 'la ville'], // ≠ violé
    ['pt', 'pagar a renda'],
    ['pt', 'comida'],
    ['pt', 'bateria do telemóvel'], // ≠ bater
    ['ar', 'وجبة غداء'], // a lunch meal
    ['ar', 'فاتورة الكهرباء'], // the electricity bill
    ['ar', 'خفيفة'], // light ≠ خائفة (afraid)
    ['uk', 'медичне страхування'], // health insurance ≠ страх (fear)
    ['uk', 'обід'],
    ['uk', 'оплатити рахунок'],
  ];

  it('has a table of at least 20 everyday queries across the six languages', () => {
    expect(EVERYDAY.length).toBeGreaterThanOrEqual(20);
    expect(new Set(EVERYDAY.map(([lang]) => lang))).toEqual(new Set(['en', 'es', 'fr', 'pt', 'ar', 'uk']));
  });

  it.each(EVERYDAY)('%s: "%s" is not about danger, typed or complete, and does not put the violence lines first', (_lang, query) => {
    expect(searchDirectory(index, query, { vocabulary }).meaning.danger).toBe(false);
    expect(searchDirectory(index, `${query} `, { vocabulary }).meaning.danger).toBe(false);
    expect(first(query)?.violence).not.toBe('specialist');
  });

  it('knows the words of the directory, also from a stored index (how a phone reads it)', () => {
    expect(isIndexTerm(index, 'vivienda')).toBe(true);
    expect(isIndexTerm(index, 'ville')).toBe(true);
    expect(isIndexTerm(index, 'beatles')).toBe(false);
    expect(isIndexTerm(loadIndex(serializeIndex(index)), 'ville')).toBe(true);
  });

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

  it('never puts first a service unsafe where there is violence, even when its text matches best', () => {
    // No violence specialist in this directory: nothing but the rule keeps mediation from the top.
    const doc = (id: string, title: string, body: string, violence?: IndexedDoc['violence']): IndexedDoc => ({
      id: `service:${id}`, kind: 'service', title, body, needs: ['family'], ...(violence ? { violence } : {}),
    });
    const small = createIndex();
    small.addAll([
      doc('mediation', 'Mediación de pareja', 'Mediación para parejas que se separan', 'unsafe_if_violence'),
      doc('social', 'Servicios sociales', 'Atención a familias y parejas'),
    ]);
    const found = search(small, 'mi pareja me pega', { vocabulary }).map((h) => h.id);
    expect(found).toEqual(['social', 'mediation']);
    expect(search(small, 'mediación de pareja').map((h) => h.id)[0]).toBe('mediation'); // the text alone
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
