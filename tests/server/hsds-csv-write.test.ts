// Writing a tabular data package that Excel and LibreOffice open safely (no cell runs as a
// formula), that a tool reading HSDS understands, and that reads back to exactly the same values.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCsvPackage } from '../../src/server/hsds/csv-package';
import { writeCsvPackage } from '../../src/server/hsds/csv-write';
import { TABLE_COLUMNS, type Tables } from '../../src/server/hsds/tables';
import { generatedTables, valuesByTable } from '../helpers/hsds-generated-tables';

const folders: string[] = [];
const newFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'ponte-csv-write-'));
  folders.push(folder);
  return folder;
};
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const tablesOf = (spec: Record<string, Record<string, string>[]>): Tables =>
  Object.fromEntries(Object.entries(spec).map(([name, rows]) => [name, { file: `${name}.csv`, columns: [], rows: rows.map((values) => ({ values, source: { file: '(directory)' } })) }]));

/** Cells a spreadsheet would run as formulas, or a CSV writer could break. */
const TRICKY = [
  '=1+1', '+34 985 550 130', '-5.6631', '-5', '+7', '@x', "'=x", "''+y", "'plain", '\tTab first', '-', '=',
  'Say "hello"', 'one, two', 'uno; dos', 'line one\r\nline two', 'lf\nonly', ' leading', 'trailing ', '  ',
  'مرحبا بكم في ڤالديمار', 'Ayuda 🍞🏠', 'Atención', '',
];

describe('writing a tabular data package', () => {
  it('reads back every value exactly, formulas neutralised on the way and restored on reading', async () => {
    const folder = newFolder();
    const tables = tablesOf({ ponte_settings: TRICKY.map((value, index) => ({ key: `k${index}`, value })) });
    await writeCsvPackage(folder, tables);
    const read = await readCsvPackage(folder);
    expect(read.findings).toEqual([]);
    expect(read.tables.ponte_settings!.rows.map((row) => row.values.value)).toEqual(TRICKY);
  });

  it('writes UTF-8 with a BOM and CR LF, the standard columns in order, quotes where needed and no formula', async () => {
    const folder = newFolder();
    await writeCsvPackage(folder, tablesOf({
      phones: [{ id: 'p1', number: '+34 985 550 130', description: '=HYPERLINK("http://evil")' }, { id: 'p2', number: '112', extension: '-5.6631', type: ' voice' }],
    }));
    const bytes = readFileSync(join(folder, 'phones.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1).split('\r\n')).toEqual([
      TABLE_COLUMNS.phones.join(','),
      `p1,,,,,,'+34 985 550 130,,,"'=HYPERLINK(""http://evil"")"`,
      'p2,,,,,,112,-5.6631," voice",',
      '',
    ]);
  });

  it('lists the written tables in datapackage.json in a fixed order, HSDS tables first, and only the non-empty ones', async () => {
    const folder = newFolder();
    const written = await writeCsvPackage(join(folder, 'new', 'package'), tablesOf({
      ponte_translations: [{ link_entity: 'services', link_id: 's1', field: 'name', language: 'ar', text: 'خدمة' }],
      services: [{ id: 's1', organization_id: 'o1', name: 'Servicio' }],
      phones: [],
      contacts: [{ id: 'c1', name: 'Ana' }], // a table Ponte has no use for is not written
      organizations: [{ id: 'o1', name: 'Asociación' }],
      service_at_locations: [{ id: 'sl1', service_id: 's1', location_id: 'l1' }],
    }));
    const packageFolder = join(folder, 'new', 'package');
    expect(written.map((path) => path.slice(packageFolder.length + 1))).toEqual([
      'organizations.csv', 'services.csv', 'service_at_location.csv', 'ponte_translations.csv', 'datapackage.json',
    ]);
    expect(readdirSync(packageFolder).sort()).toEqual(['datapackage.json', 'organizations.csv', 'ponte_translations.csv', 'service_at_location.csv', 'services.csv']);
    const datapackage = JSON.parse(readFileSync(join(packageFolder, 'datapackage.json'), 'utf8'));
    expect(datapackage).toMatchObject({ name: 'ponte-directory', profile: 'tabular-data-package' });
    expect(datapackage.resources.map((resource: { name: string; path: string }) => [resource.name, resource.path])).toEqual([
      ['organizations', 'organizations.csv'], ['services', 'services.csv'], ['service_at_locations', 'service_at_location.csv'], ['ponte_translations', 'ponte_translations.csv'],
    ]);
    const [organizations, , , translations] = datapackage.resources;
    expect(organizations).toEqual({
      name: 'organizations', path: 'organizations.csv', profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8',
      schema: { fields: TABLE_COLUMNS.organizations.map((name) => ({ name, type: 'string' })) },
    });
    expect(translations.description).toMatch(/easy read/);
    // A translator looking up what a column is for finds it beside the column.
    const field = (name: string) => translations.schema.fields.find((f: { name: string }) => f.name === name);
    expect(field('translated_from').description).toMatch(/out of date/);
    expect(field('language').description).toMatch(/-x-easy/);
  });

  it('writes the same bytes for the same tables, whatever order they were collected in', async () => {
    const rows = { services: [{ id: 's1', organization_id: 'o1', name: 'Uno' }], organizations: [{ id: 'o1', name: 'Org' }] };
    const first = newFolder();
    const second = newFolder();
    await writeCsvPackage(first, tablesOf(rows));
    await writeCsvPackage(second, tablesOf({ organizations: rows.organizations, services: rows.services }));
    for (const file of readdirSync(first)) expect(readFileSync(join(second, file))).toEqual(readFileSync(join(first, file)));
  });

  it('writes and reads back a directory of 5,000 services (about 65,000 rows) unchanged', async () => {
    const folder = newFolder();
    const tables = generatedTables(5000);
    await writeCsvPackage(folder, tables);
    const read = await readCsvPackage(folder);
    expect(read.findings).toEqual([]);
    expect(valuesByTable(read.tables)).toEqual(valuesByTable(tables));
    expect(read.tables.schedules!.rows.at(-1)!.source).toEqual({ file: 'schedules.csv', line: 15001 });
    // Descriptions with line breaks push later rows further down the file.
    expect(read.tables.services!.rows[1]!.source.line).toBe(4);
  });
});
