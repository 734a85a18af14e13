import { describe, expect, it } from 'vitest';
import { loadDemoDirectory } from '../../src/server/hsds/demo-package';
import { fold, words } from '../../src/shared/fold';
import { INDEX_FORMAT, createIndex, loadIndex, readIndex, rightsDoc, search, serializeIndex, serviceDoc, updateIndex, type IndexedDoc } from '../../src/data/search-index';

const demoDirectory = await loadDemoDirectory();

const doc = (id: string, title: string, body = ''): IndexedDoc => ({ id: `service:${id}`, kind: 'service', title, body, needs: [] });
const indexOf = (...docs: IndexedDoc[]) => {
  const index = createIndex();
  index.addAll(docs);
  return index;
};
const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe('fold', () => {
  it('removes accents and case', () => {
    expect(fold('Habitación ÁRBOL Ñandú')).toBe('habitacion arbol nandu');
  });
  it('removes Arabic diacritics, the superscript alef and tatweel, and unifies hamza forms of alef', () => {
    expect(fold('مُسَاعَدَة')).toBe('مساعده');
    expect(fold('هٰذا')).toBe('هذا');
    expect(fold('مـسـاعـدة')).toBe('مساعده');
    expect(fold('أحمد إسلام آمن')).toBe('احمد اسلام امن');
  });
});

describe('words: the one normalisation of the index, the queries and the vocabulary', () => {
  it('drops the Arabic article, alone and after و, ب and ل, when a word of three letters remains', () => {
    expect(words('اللجوء والعنف بالعنف للنساء')).toEqual(words('لجوء عنف عنف نساء'));
    expect(words('العنف')).toEqual(['عنف']);
    expect(words('الم')).toEqual(['الم']); // "pain": not ال + م
  });
  it('unifies a final ة with ه and ى with ي, and drops a lone hamza, as phones type them', () => {
    expect(words('مساعدة')).toEqual(words('مساعده'));
    expect(words('لاجىء')).toEqual(words('لاجئ'));
  });
  it("drops French elided articles and keeps an apostrophe inside a word", () => {
    expect(words("l'asile d’urgence qu'il")).toEqual(['asile', 'urgence', 'il']);
    expect(words('сім’я здоров\'я')).toEqual(['сімя', 'здоровя']);
    expect(words("women's")).toEqual(['women']);
  });
  it('drops a plural -s from Latin words of four letters or more, not from -ss, -us, -is', () => {
    expect(words('refugees tratos réfugiés hits')).toEqual(['refugee', 'trato', 'refugie', 'hit']);
    expect(words('bus stress abus crisis')).toEqual(['bus', 'stress', 'abus', 'crisis']);
  });
});

describe('search', () => {
  const index = indexOf(
    doc('housing', 'Vivienda social', 'Alquiler y ayudas'),
    doc('room', 'Habitación compartida', 'Una cama por noche'),
    doc('arabic', 'مُسَاعَدَة قانونية', 'محامٍ مجاني'),
    doc('mentions', 'Oficina de empleo', 'También informamos sobre vivienda'),
  );

  it('finds regardless of case and accents, both ways', () => {
    expect(ids(search(index, 'vivienda'))).toContain('housing');
    expect(ids(search(index, 'VIVIENDA'))).toContain('housing');
    expect(ids(search(index, 'habitacion'))).toEqual(['room']);
    expect(ids(search(index, 'habitación'))).toEqual(['room']);
  });
  it('finds Arabic with or without diacritics', () => {
    expect(ids(search(index, 'مساعدة'))).toEqual(['arabic']);
    expect(ids(search(index, 'مُسَاعَدَة'))).toEqual(['arabic']);
  });
  it('forgives one typo', () => {
    expect(ids(search(index, 'vivenda'))).toContain('housing');
    expect(ids(search(index, 'habitacoin'))).toEqual([]); // two edits: too far
    expect(ids(search(index, 'habitacin'))).toEqual(['room']);
  });
  it('matches prefixes while typing', () => {
    expect(ids(search(index, 'vivi'))).toContain('housing');
    expect(ids(search(index, 'habi'))).toEqual(['room']);
  });
  it('ranks a match in the title above a match in the text', () => {
    expect(ids(search(index, 'vivienda'))).toEqual(['housing', 'mentions']);
  });
  it('returns nothing for an empty or punctuation-only query', () => {
    expect(search(index, '  ')).toEqual([]);
    expect(search(index, '¿?')).toEqual([]);
  });
  it('reads back only an index stored in the current format: an older one is rebuilt, not misread', () => {
    expect(readIndex(serializeIndex(index))).toBeDefined();
    expect(readIndex(JSON.stringify({ format: INDEX_FORMAT - 1, index }))).toBeUndefined();
    expect(readIndex(JSON.stringify(index))).toBeUndefined(); // as the first version stored it
    expect(() => loadIndex(JSON.stringify(index))).toThrow(/older format/);
  });
  it('survives serialisation and updates in place', () => {
    const copy = loadIndex(serializeIndex(index));
    updateIndex(copy, [doc('housing', 'Vivienda pública')], ['service:room']);
    expect(ids(search(copy, 'habitacion'))).toEqual([]);
    expect(ids(search(copy, 'publica'))).toEqual(['housing']);
  });

  it('on the demo directory, finds services and rights cards in English and Spanish', () => {
    const orgs = new Map(demoDirectory.organizations.map((o) => [o.id, o]));
    const demo = indexOf(
      ...demoDirectory.services.map((s) => serviceDoc(s, orgs.get(s.organization_id))),
      ...demoDirectory.rights.map(rightsDoc),
    );
    expect(search(demo, 'vivienda')[0].id).toBe('housing-advice-office');
    expect(search(demo, 'food bank').map((h) => h.id)).toContain('food-bank-distribution');
    expect(search(demo, 'padron').map((h) => h.id)).toContain('registration-help');
    const asylum = search(demo, 'asilo');
    expect(asylum.some((h) => h.kind === 'rights' && h.id === 'right-to-asylum')).toBe(true);
  });
});
