// HSDS 3.0 JSON in and out: nested objects flattened into the tables every part of the import
// reads, and nested back for the export. Small objects of our own here; the official examples
// and schemas are checked in tests/conformance/.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindOfFile, nestOrganizations, nestServices, nestTaxonomyTerms, readHsdsJson } from '../../src/server/hsds/hsds-json';
import { writeJsonPackage } from '../../src/server/hsds/json-write';
import type { Tables } from '../../src/server/hsds/tables';

/** A readable UUID: uuid(7) = 00000000-0000-4000-8000-000000000007. */
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ponte-hsds-json-test-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** Writes `content` (an object, or a text or bytes as they are) to a file and reads it as HSDS JSON. */
async function read(name: string, content: unknown) {
  const path = join(folder, name);
  await writeFile(path, typeof content === 'string' || content instanceof Buffer ? content : JSON.stringify(content, null, 2));
  return readHsdsJson(path);
}
const rows = (tables: Tables, table: keyof Tables) => (tables[table]?.rows ?? []).map((r) => r.values);

const organization = { id: uuid(1), name: 'Cruz Roja Valdemar', description: 'Ayuda humanitaria.', year_incorporated: 1901 };
const taxonomy = { id: uuid(50), name: 'Needs', description: 'What people need.' };
const housingTerm = { id: uuid(40), name: 'Housing', description: 'A place to sleep.', code: 'housing', taxonomy_detail: taxonomy };
/** A full service as the standard's service_full.json nests it. */
const shelter = {
  id: uuid(10),
  name: 'Albergue nocturno',
  status: 'active',
  minimum_age: 18,
  organization,
  phones: [{ id: uuid(11), number: '+34 985 000 000', extension: 12, languages: [{ id: uuid(12), name: 'Arabic', code: 'ar' }] }],
  schedules: [{ id: uuid(13), freq: 'WEEKLY', byday: 'MO,TU', opens_at: '20:00', closes_at: '08:00' }],
  languages: [{ id: uuid(14), code: 'es' }],
  required_documents: [{ id: uuid(15), document: 'Pasaporte' }],
  service_at_locations: [
    {
      id: uuid(20),
      location: {
        id: uuid(21),
        location_type: 'physical',
        latitude: 43.54,
        longitude: -5.66,
        addresses: [{ id: uuid(22), address_1: 'Calle Mayor 1', city: 'Valdemar', state_province: 'Asturias', postal_code: '33201', country: 'ES', address_type: 'physical' }],
        accessibility: [{ id: uuid(23), description: 'Rampa en la entrada' }],
        languages: [{ id: uuid(24), code: 'uk' }],
      },
    },
  ],
  attributes: [{ id: uuid(30), link_type: 'need', taxonomy_term: housingTerm }],
  // Parts of the standard Ponte keeps nothing of: read past without a word.
  contacts: [{ id: uuid(90), name: 'Ana' }],
  funding: [{ id: uuid(91), source: 'Ayuntamiento' }],
  program: { id: uuid(92), name: 'Invierno' },
  metadata: [],
};

describe('reading nested HSDS JSON into tables', () => {
  it("tells Ponte's own tables from a city's file by the exact name (Pontevedra is a city)", () => {
    expect(kindOfFile('ponte.json')).toBe('ponte');
    expect(kindOfFile('/x/pontevedra-services.json')).toBe('service');
    expect(kindOfFile('organizations.json')).toBe('organization');
  });

  it('makes every nested object a row of its table, linked to its parent', async () => {
    const { tables, findings } = await read('services.json', [shelter]);
    expect(findings).toEqual([]);
    expect(rows(tables, 'services')).toEqual([{ id: uuid(10), name: 'Albergue nocturno', status: 'active', minimum_age: '18', organization_id: uuid(1) }]);
    expect(rows(tables, 'organizations')).toEqual([{ id: uuid(1), name: 'Cruz Roja Valdemar', description: 'Ayuda humanitaria.', year_incorporated: '1901' }]);
    expect(rows(tables, 'phones')).toEqual([{ id: uuid(11), number: '+34 985 000 000', extension: '12', service_id: uuid(10) }]);
    expect(rows(tables, 'languages')).toEqual([
      { id: uuid(12), name: 'Arabic', code: 'ar', phone_id: uuid(11) },
      { id: uuid(24), code: 'uk', location_id: uuid(21) },
      { id: uuid(14), code: 'es', service_id: uuid(10) },
    ]);
    expect(rows(tables, 'schedules')).toEqual([{ id: uuid(13), freq: 'WEEKLY', byday: 'MO,TU', opens_at: '20:00', closes_at: '08:00', service_id: uuid(10) }]);
    expect(rows(tables, 'required_documents')).toEqual([{ id: uuid(15), document: 'Pasaporte', service_id: uuid(10) }]);
    expect(rows(tables, 'service_at_locations')).toEqual([{ id: uuid(20), service_id: uuid(10), location_id: uuid(21) }]);
    expect(rows(tables, 'locations')).toEqual([{ id: uuid(21), location_type: 'physical', latitude: '43.54', longitude: '-5.66' }]);
    expect(rows(tables, 'addresses')).toMatchObject([{ id: uuid(22), location_id: uuid(21), address_1: 'Calle Mayor 1' }]);
    expect(rows(tables, 'accessibility')).toEqual([{ id: uuid(23), description: 'Rampa en la entrada', location_id: uuid(21) }]);
    expect(rows(tables, 'attributes')).toEqual([{ id: uuid(30), link_type: 'need', link_id: uuid(10), link_entity: 'service', taxonomy_term_id: uuid(40) }]);
    expect(rows(tables, 'taxonomy_terms')).toEqual([{ id: uuid(40), name: 'Housing', description: 'A place to sleep.', code: 'housing', taxonomy_id: uuid(50) }]);
    expect(rows(tables, 'taxonomies')).toEqual([taxonomy]);
    // Where each row was read, for messages: the file and the path inside it.
    expect(tables.addresses!.rows[0]!.source).toEqual({ file: 'services.json', path: '[0].service_at_locations[0].location.addresses[0]' });
  });

  it('keeps one row for the same organization nested in two services', async () => {
    const second = { id: uuid(60), name: 'Comedor social', status: 'active', organization };
    const { tables, findings } = await read('services.json', [shelter, second]);
    expect(findings).toEqual([]);
    expect(rows(tables, 'organizations')).toHaveLength(1);
    expect(rows(tables, 'services').map((s) => s.organization_id)).toEqual([uuid(1), uuid(1)]);
  });

  it('refuses two different objects with the same id, naming both places', async () => {
    const impostor = { id: uuid(60), name: 'Comedor social', status: 'active', organization: { ...organization, name: 'Cáritas' } };
    const { findings } = await read('services.json', [shelter, impostor]);
    expect(findings).toEqual([
      {
        severity: 'error',
        source: { file: 'services.json', path: '[1].organization' },
        column: 'name',
        message: `an organization with the id "${uuid(1)}" is also at services.json: [0].organization, with another name ("Cruz Roja Valdemar" there, "Cáritas" here): two different objects cannot share an id. Give one of them another id.`,
      },
    ]);
  });

  it('reports malformed JSON once, with its line and column', async () => {
    const text = '[\n  {\n    "id": "x",\n    "name": "Albergue",\n  }\n]\n';
    const { tables, findings } = await read('broken.json', text);
    expect(findings).toEqual([
      {
        severity: 'error',
        source: { file: 'broken.json', line: 4 },
        message: 'broken.json is not valid JSON: line 4, column 23: a comma before "}": remove it. Fix it there (an editor that checks JSON shows it) and import again.',
      },
    ]);
    expect(tables).toEqual({});
    const unclosed = await read('unclosed.json', '[{"id": "x", "name": "Albergue}]');
    expect(unclosed.findings.map((f) => f.message)).toEqual([expect.stringContaining('line 1, column 33: the file ends inside a text')]);
  });

  it('says so when a file is not UTF-8 or not there, and reads one with a BOM', async () => {
    const latin1 = await read('latin1.json', Buffer.from('[{"id": "x", "name": "Albergue municipal de Le\xf3n"}]', 'latin1'));
    expect(latin1.findings.map((f) => f.message)).toEqual([expect.stringMatching(/^latin1\.json is not UTF-8 text: JSON must be\. Save it as UTF-8/)]);
    expect((await readHsdsJson(join(folder, 'nowhere.json'))).findings.map((f) => f.message)).toEqual([`There is no file or folder ${join(folder, 'nowhere.json')}: check the path and import again.`]);
    const bom = await read('bom.json', `\uFEFF${JSON.stringify([{ id: uuid(70), name: 'León', status: 'active' }])}`);
    expect(bom.findings).toEqual([]);
    expect(rows(bom.tables, 'services')[0]!.name).toBe('León');
  });

  it('reads the contents of a paginated API answer', async () => {
    const page = { total_items: 2, total_pages: 1, page_number: 1, size: 2, first_page: true, last_page: true, empty: false, contents: [{ id: uuid(70), name: 'A', status: 'active' }, { id: uuid(71), name: 'B', status: 'active' }] };
    const { tables, findings } = await read('page.json', page);
    expect(findings).toEqual([]);
    expect(rows(tables, 'services').map((s) => s.name)).toEqual(['A', 'B']);
    expect(tables.services!.rows[1]!.source).toEqual({ file: 'page.json', path: 'contents[1]' });
  });

  it('says what is wrong with objects it cannot take, and warns about fields it does not know', async () => {
    const odd = { id: uuid(80), name: { es: 'Albergue' }, status: 'active', colour: 'red', phones: [{ number: '112' }] };
    const { findings } = await read('services.json', [odd]);
    expect(findings.map((f) => [f.severity, f.source?.path, f.message])).toEqual([
      ['error', '[0]', '"name" must be a single value (text or a number), not an object.'],
      ['warning', '[0]', `the field "colour" of a service is not part of HSDS 3.0 or Ponte's extension; it is ignored.`],
      ['error', '[0].phones[0]', 'a phone without an "id": every HSDS object needs one (a UUID).'],
    ]);
  });

  it('keeps an object nested under two parents with the first, and says so', async () => {
    const phone = { id: uuid(11), number: '+34 985 000 000' };
    const services = [
      { id: uuid(10), name: 'A', status: 'active', phones: [phone] },
      { id: uuid(60), name: 'B', status: 'active', phones: [phone] },
    ];
    const { tables, findings } = await read('services.json', services);
    expect(rows(tables, 'phones')).toEqual([{ ...phone, service_id: uuid(10) }]);
    expect(findings).toEqual([
      {
        severity: 'warning',
        source: { file: 'services.json', path: '[1].phones[0]' },
        column: 'service_id',
        message: `a phone with the id "${uuid(11)}" is also at services.json: [0].phones[0], under another parent; HSDS's tables link it to one (service_id "${uuid(10)}"), so it is kept there only. Give each copy its own id to keep both.`,
      },
    ]);
  });
});

describe('nesting tables back into HSDS objects', () => {
  it('gives back the objects it read: numbers as numbers, links filled, every array present', async () => {
    const { tables } = await read('services.json', [shelter]);
    const [service] = nestServices(tables);
    const { contacts, funding, program, metadata, ...kept } = shelter;
    expect(service).toMatchObject({ ...kept, organization_id: uuid(1) });
    expect(service!.phones![0]).toEqual({ ...shelter.phones[0], service_id: uuid(10), languages: [{ id: uuid(12), name: 'Arabic', code: 'ar', phone_id: uuid(11), attributes: [] }], attributes: [] });
    expect(service!.service_at_locations![0]!.location).toMatchObject({ latitude: 43.54, longitude: -5.66 });
    expect(service!.attributes![0]!.taxonomy_term).toEqual({ ...housingTerm, taxonomy_id: uuid(50) });
    // Arrays of the standard Ponte has none of are there, empty, for readers that expect them.
    expect(service).toMatchObject({ contacts: [], funding: [], cost_options: [], service_areas: [], metadata: [] });
    // Flattening what was nested gives the same tables again.
    const again = await read('again.json', nestServices(tables));
    expect(again.findings).toEqual([]);
    for (const table of Object.keys(tables) as (keyof Tables)[]) expect(rows(again.tables, table), table).toEqual(rows(tables, table));
  });

  it('lists services with their one-to-one fields only, and organizations with their services', async () => {
    const { tables } = await read('services.json', [shelter]);
    expect(nestServices(tables, { full: false })).toEqual([{ id: uuid(10), organization_id: uuid(1), name: 'Albergue nocturno', status: 'active', minimum_age: 18, organization: { id: uuid(1), name: 'Cruz Roja Valdemar', description: 'Ayuda humanitaria.', year_incorporated: 1901 } }]);
    const [org] = nestOrganizations(tables);
    expect(org!.services!.map((s) => s.id)).toEqual([uuid(10)]);
    expect(org!.services![0]).not.toHaveProperty('organization');
    expect(nestTaxonomyTerms(tables)).toEqual([{ ...housingTerm, taxonomy_id: uuid(50) }]);
    // Publishers spell link_entity as they like ("services", or the standard's placeholder): the link is link_id.
    tables.attributes!.rows[0]!.values.link_entity = 'services';
    expect(nestServices(tables)[0]!.attributes!.map((a) => a.id)).toEqual([uuid(30)]);
  });
});

describe('the JSON package', () => {
  it('writes a folder that reads back to the same tables, Ponte tables and loose rows included', async () => {
    const { tables } = await read('services.json', [shelter]);
    tables.ponte_settings = { file: 'ponte_settings.csv', columns: ['key', 'value'], rows: [{ values: { key: 'language', value: 'es' }, source: { file: 't' } }] };
    tables.ponte_translations = {
      file: 'ponte_translations.csv',
      columns: ['link_entity', 'link_id', 'field', 'language', 'text', 'translated_from'],
      rows: [{ values: { link_entity: 'service', link_id: uuid(10), field: 'name', language: 'en', text: 'Night shelter' }, source: { file: 't' } }],
    };
    // A rights card's need is an attribute no HSDS object holds: it must not be lost.
    tables.attributes!.rows.push({ values: { id: uuid(101), link_id: uuid(102), link_entity: 'ponte_rights_card', taxonomy_term_id: uuid(40) }, source: { file: 't' } });
    const out = join(folder, 'package');
    const written = await writeJsonPackage(out, tables);
    expect(written.map((p) => p.slice(out.length + 1))).toEqual(['services.json', 'organizations.json', 'taxonomies.json', 'taxonomy_terms.json', 'ponte.json']);
    const ponte = JSON.parse(await readFile(join(out, 'ponte.json'), 'utf8'));
    expect(ponte).toEqual({
      ponte_settings: [{ key: 'language', value: 'es' }],
      ponte_translations: [{ link_entity: 'service', link_id: uuid(10), field: 'name', language: 'en', text: 'Night shelter' }],
      attributes: [{ id: uuid(101), link_id: uuid(102), taxonomy_term_id: uuid(40), link_entity: 'ponte_rights_card' }],
    });
    const back = await readHsdsJson(out);
    expect(back.findings).toEqual([]);
    for (const table of Object.keys(tables) as (keyof Tables)[]) expect(new Set(rows(back.tables, table)), table).toEqual(new Set(rows(tables, table)));
  });
});
