// Search that is safe in a crisis, on the real demo directory, the real index and the real
// vocabulary (src/content/vocabulary): words people really use, in the six languages, with
// misspellings, with and without accents and articles. Each query names a service that must
// be among the first three results, or the services one of which must come first (the crisis
// line for the kind of danger the words name: a partner, self-harm, a child, hate), and, where it
// matters, one that is unsafe where there is violence: it must not come first, and comes after
// every other service listed. A query that names one speaks of danger (the emergency number
// shows), and so does one with a crisis line first, unless the row says it does not ("racism").
// Then everyday words that must not be read as danger (typos and beginnings of other words).
import { describe, expect, it } from 'vitest';
import { loadDemoDirectory } from '../../src/server/hsds/demo-package';
import { vocabularies } from '../../src/content/vocabulary';
import { buildIndex, createIndex, isIndexTerm, loadIndex, search, searchDirectory, serializeIndex, type IndexedDoc } from '../../src/data/search-index';
import { compileVocabulary } from '../../src/data/search-vocabulary';

const demoDirectory = await loadDemoDirectory();

const index = buildIndex(demoDirectory.services, demoDirectory.organizations, demoDirectory.rights);
const vocabulary = compileVocabulary(vocabularies);
const services = (query: string) => search(index, query, { vocabulary }).filter((h) => h.kind === 'service').map((h) => h.id);
const MEDIATION = 'family-mediation';

/** One of these services must come first (not just among the first three); the query speaks of danger, or not. */
interface First {
  first: string[];
  danger: boolean;
}
const first = (...ids: string[]): First => ({ first: ids, danger: true });
const noDanger = (expected: First): First => ({ ...expected, danger: false });
const PARTNER = first('violence-24h-line', 'womens-centre-advice'); // the gender-violence services
const SELF_HARM = first('mental-health-listening');
const CHILDREN = first('child-protection-line');
const HATE = first('hate-crime-support');

type Row = [lang: string, query: string, expected: string | First, notFirst?: string];
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
  ['en', 'scared of my partner', PARTNER, MEDIATION], // not the children's line
  ['en', 'my boyfriend hits me', PARTNER, MEDIATION],
  ['en', 'my ex threatens me', PARTNER, MEDIATION],
  ['en', 'suicide', SELF_HARM],
  ['en', 'suiside', SELF_HARM], // misspelt
  ['en', 'suicidal', SELF_HARM],
  ['en', 'i want to kill myself', SELF_HARM], // not the gender-violence services
  ['en', 'kill myself', SELF_HARM],
  ['en', 'I want to end my life', SELF_HARM],
  ['en', 'i dont want to live anymore', SELF_HARM],
  ['en', "I don't want to live", SELF_HARM],
  ['en', 'self harm', SELF_HARM],
  ['en', 'self-harm', SELF_HARM],
  ['en', 'i keep cutting myself', SELF_HARM],
  ['en', 'a child who is scared', CHILDREN],
  ['en', 'child abuse', CHILDREN],
  ['en', 'bullied at school', CHILDREN],
  ['en', 'racist attack', HATE],
  ['en', 'racism', noDanger(HATE)], // the safety need, not the gender-violence line first
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
  ['es', 'mi esposo me pega', PARTNER, MEDIATION],
  ['es', 'mi novio me pega', PARTNER, MEDIATION],
  ['es', 'mi ex me amenaza', PARTNER, MEDIATION],
  ['es', 'suicidio', SELF_HARM],
  ['es', 'sucidio', SELF_HARM], // a letter missing
  ['es', 'me quiero suicidar', SELF_HARM],
  ['es', 'quiero morir', SELF_HARM],
  ['es', 'Quiero morirme', SELF_HARM],
  ['es', 'quiero morrir', SELF_HARM], // misspelt
  ['es', 'no quiero vivir', SELF_HARM],
  ['es', 'ya no quiero vivir más', SELF_HARM],
  ['es', 'me quiero matar', SELF_HARM], // not "me quiere matar" (he wants to kill me)
  ['es', 'quiero matarme', SELF_HARM],
  ['es', 'autolesiones', SELF_HARM],
  ['es', 'acoso escolar', CHILDREN],
  ['es', 'maltrato infantil', CHILDREN],
  ['es', 'abuso de menores', CHILDREN],
  ['es', 'agresión racista', HATE],
  ['es', 'agresion racista', HATE], // without accents
  ['es', 'racismo', noDanger(HATE)],
  // French
  ['fr', 'violences conjugales', 'violence-24h-line', MEDIATION],
  ['fr', 'mon mari me frappe', PARTNER, MEDIATION], // not the children's line
  ['fr', 'harcèlement', 'violence-24h-line', MEDIATION],
  ['fr', 'réfugiés', 'asylum-reception'],
  ['fr', 'refugies', 'asylum-reception'], // without accents
  ["fr", "l'asile", 'asylum-reception'], // elided article
  ['fr', 'demande d’asile', 'asylum-reception'],
  ['fr', 'logement', 'housing-advice-office'],
  ['fr', 'ordonnance de protection', 'violence-24h-line', MEDIATION],
  ['fr', 'mon copain me frappe', PARTNER, MEDIATION],
  ['fr', 'je veux mourir', SELF_HARM],
  ['fr', 'je veux mourrir', SELF_HARM], // misspelt
  ['fr', 'me suicider', SELF_HARM],
  ['fr', 'suicide', SELF_HARM],
  ['fr', 'je veux me tuer', SELF_HARM], // not "il veut me tuer" (he wants to kill me)
  ['fr', "j'ai envie de mourir", SELF_HARM],
  ['fr', 'mon enfant a peur', CHILDREN],
  ['fr', 'agression raciste', HATE],
  // Portuguese
  ['pt', 'violência doméstica', 'violence-24h-line', MEDIATION],
  ['pt', 'violencia domestica', 'violence-24h-line', MEDIATION], // without accents
  ['pt', 'o meu companheiro bate-me', 'violence-24h-line', MEDIATION],
  ['pt', 'maus tratos', 'violence-24h-line', MEDIATION],
  ['pt', 'requerente de asilo', 'asylum-reception'],
  ['pt', 'sem abrigo', 'night-shelter'],
  ['pt', 'ordem de afastamento', 'violence-24h-line', MEDIATION],
  ['pt', 'meu marido me bate', PARTNER, MEDIATION], // not hate-incident support
  ['pt', 'o meu marido bate-me', PARTNER, MEDIATION],
  ['pt', 'meu namorado bateu-me', PARTNER, MEDIATION],
  ['pt', 'quero morrer', SELF_HARM],
  ['pt', 'quero morer', SELF_HARM], // misspelt
  ['pt', 'suicídio', SELF_HARM],
  ['pt', 'suicidio', SELF_HARM], // without accents
  ['pt', 'não quero viver', SELF_HARM],
  ['pt', 'quero me matar', SELF_HARM],
  ['pt', 'criança maltratada', CHILDREN],
  ['pt', 'agressão racista', HATE],
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
  ['ar', 'زوجي يهددني', PARTNER, MEDIATION], // my husband threatens me
  ['ar', 'طليقي يهددني', PARTNER, MEDIATION], // my ex-husband threatens me
  ['ar', 'أريد أن أموت', SELF_HARM], // I want to die
  ['ar', 'اريد ان اموت', SELF_HARM], // without hamza
  ['ar', 'انتحار', SELF_HARM], // suicide
  ['ar', 'الانتحار', SELF_HARM], // with the article
  ['ar', 'أقتل نفسي', SELF_HARM], // kill myself
  ['ar', 'طفل معنف', CHILDREN], // an abused child
  ['ar', 'اعتداء عنصري', HATE], // racist assault
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
  ['uk', 'чоловік погрожує', PARTNER, MEDIATION], // my husband threatens
  ['uk', 'хочу померти', SELF_HARM], // I want to die
  ['uk', 'хочу вмерти', SELF_HARM],
  ['uk', 'не хочу більше жити', SELF_HARM], // I don't want to live any more
  ['uk', 'самогубство', SELF_HARM], // suicide
  ['uk', 'суїцид', SELF_HARM],
  ['uk', 'суицид', SELF_HARM], // и for ї, as a Russian keyboard types it
  ['uk', 'дитину б’ють', CHILDREN], // a child is beaten
  ['uk', 'погрози расиста', HATE], // a racist's threats
  ['uk', 'расизм', noDanger(HATE)], // racism
];

describe('search that is safe in a crisis, on the demo directory', () => {
  it('has a table of at least 40 queries across the six languages', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(QUERIES.map(([lang]) => lang))).toEqual(new Set(['en', 'es', 'fr', 'pt', 'ar', 'uk']));
  });

  const said = (expected: string | First) =>
    typeof expected === 'string' ? `${expected} among the first three` : `${expected.first.join(' or ')} first${expected.danger ? '' : ' (no danger)'}`;
  it.each(QUERIES.map((row) => [row[0], row[1], said(row[2]), row] as const))('%s: "%s" lists %s', (_lang, query, _said, [, , expected, unsafe]) => {
    const found = services(query);
    if (typeof expected === 'string') expect(found.slice(0, 3), found.join(', ')).toContain(expected);
    else expect(expected.first, found.join(', ')).toContain(found[0]);
    // Words about danger: the emergency number shows above the results.
    const { danger } = searchDirectory(index, query, { vocabulary }).meaning;
    if (typeof expected !== 'string') expect(danger).toBe(expected.danger);
    else if (unsafe) expect(danger).toBe(true);
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
    // Words of a child or of self-harm phrases, without danger.
    ['en', 'my son'],
    ['en', 'cut my hair'], // ≠ cut myself
    ['en', 'finance'], // ≠ fiancé
    ['en', 'self employed'], // ≠ self harm
    ['es', 'colegio'],
    ['es', 'cortarme el pelo'], // ≠ cortarme las venas
    ['es', 'no puedo dormirme'], // ≠ morirme
    ['fr', 'école'],
    ['fr', 'je veux manger'], // ≠ je veux mourir
    ['pt', 'quero morar no centro'], // to live somewhere ≠ morrer
    ['pt', 'escola'],
    ['ar', 'طبيب نفسي'], // a psychiatrist ≠ نفسي (myself)
    ['ar', 'مدرسة'],
    ['uk', 'школа'],
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

  it('puts first the services that answer the kind of danger the words name, then the other specialists', () => {
    // The listening line is no violence specialist: the kind alone brings it, before them.
    const found = services('quiero morir');
    expect(found[0]).toBe('mental-health-listening');
    expect(found.slice(1, 5).sort()).toEqual(['child-protection-line', 'hate-crime-support', 'violence-24h-line', 'womens-centre-advice']);
    // Partner words: the gender-violence services, in the safety need's order when nothing else decides.
    expect(services('mi pareja me pega').slice(0, 2).sort()).toEqual(['violence-24h-line', 'womens-centre-advice']);
    // Two kinds named: the services of both, before the other specialists.
    expect(services('mi marido pega a mi hijo').slice(0, 3).sort()).toEqual(['child-protection-line', 'violence-24h-line', 'womens-centre-advice']);
  });

  it('reads a word that says what the danger is about as no danger by itself', () => {
    for (const query of ['child', 'niño', 'école', 'racist', 'odio', 'дитина', 'طفل']) {
      expect(searchDirectory(index, query, { vocabulary }).meaning.danger, query).toBe(false);
    }
    // With the safety need, it still says which of its services comes first; without, nothing.
    expect(searchDirectory(index, 'racism', { vocabulary }).meaning.kinds).toEqual(['hate']);
    expect(searchDirectory(index, 'my son', { vocabulary }).meaning.kinds).toEqual([]);
  });

  it('never puts first a service unsafe where there is violence, even when it claims the kind of danger named', () => {
    const doc = (id: string, title: string, violence?: IndexedDoc['violence']): IndexedDoc => ({
      id: `service:${id}`, kind: 'service', title, body: '', needs: ['family'], kinds: ['partner'], ...(violence ? { violence } : {}),
    });
    const small = createIndex();
    small.addAll([doc('mediation', 'Mediación de pareja', 'unsafe_if_violence'), doc('advice', 'Asesoría')]);
    expect(search(small, 'mi pareja me pega', { vocabulary }).map((h) => h.id)).toEqual(['advice', 'mediation']);
  });

  it('already while the word is being typed', () => {
    expect(services('maltr')[0]).toBe('violence-24h-line');
    expect(services('violen')[0]).toBe('violence-24h-line');
    expect(services('suic')[0]).toBe('mental-health-listening');
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
