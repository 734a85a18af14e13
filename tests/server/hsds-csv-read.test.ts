// Reading one CSV file as a city's spreadsheet software writes it: the values, the line each row
// starts on (what the import report names), and the message for each fault a content editor makes.
import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../src/server/hsds/csv-read';
import type { TableName } from '../../src/server/hsds/tables';

/** The bytes arrive in small pieces, as from a file stream: letters and lines get cut in two. */
async function* inPieces(bytes: Uint8Array, size = 5): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (text: string | Uint8Array, table: TableName = 'services', file = 'services.csv') =>
  readCsvTable(inPieces(typeof text === 'string' ? utf8(text) : text), file, table);
const valuesOf = (result: Awaited<ReturnType<typeof read>>) => result.table.rows.map((row) => row.values);
const linesOf = (result: Awaited<ReturnType<typeof read>>) => result.table.rows.map((row) => row.source.line);

describe('reading a CSV file', () => {
  it('reads UTF-8 with a BOM and CRLF, quoted cells with line breaks and quotes, and skips empty rows', async () => {
    const text = '\uFEFFid,organization_id,name,description\r\n' +
      's1,o1,Cruz Roja,"Ayuda ""urgente""\r\ncon dos líneas"\r\n' +
      '\r\n' +
      ',,,\r\n' +
      's2,o1,Cáritas,Atención\r\n';
    const result = await read(text);
    expect(result.findings).toEqual([]);
    expect(result.table.columns).toEqual(['id', 'organization_id', 'name', 'description']);
    expect(valuesOf(result)).toEqual([
      { id: 's1', organization_id: 'o1', name: 'Cruz Roja', description: 'Ayuda "urgente"\r\ncon dos líneas' },
      { id: 's2', organization_id: 'o1', name: 'Cáritas', description: 'Atención' },
    ]);
  });

  it('gives each row the line a text editor shows for its start, after multi-line cells and empty rows', async () => {
    const text = [
      'id,organization_id,name,description', // 1
      's1,o1,One,"first', // 2
      'second', // 3
      'third"', // 4
      's2,o1,Two,plain', // 5
      '', // 6
      ';;;', // 7 (not this file's separator: a row with one cell, not empty)
      ',,,', // 8
      's3,o1,Three,"a', // 9
      'b"', // 10
      's4,o1,Four,x', // 11
    ].join('\n');
    const result = await read(text);
    expect(linesOf(result)).toEqual([2, 5, 7, 9, 11]);
    // …and the row a spreadsheet shows it on, where that differs (a multi-line cell is one row).
    expect(result.table.rows.map((row) => row.source.row)).toEqual([undefined, 3, 5, 7, 8]);
    expect(result.table.rows.map((row) => row.source.file)).toEqual(Array(5).fill('services.csv'));
    // Old Mac line ends (CR alone) and Windows ones (CR LF) mixed in one file count the same way.
    const mixed = await read('id,organization_id,name\r\ns1,o1,"a\rb"\r\r\ns2,o1,c\ns3,o1,d');
    expect(linesOf(mixed)).toEqual([2, 5, 6]);
  });

  it('reads files separated by ; (a Spanish or French spreadsheet) with decimal commas, and by tabs', async () => {
    const semicolons = await read('id;name;latitude;longitude\r\nl1;"Centro; planta 2";"43,5";"-5,66"\r\n', 'locations', 'locations.csv');
    expect(semicolons.findings).toEqual([]);
    expect(valuesOf(semicolons)).toEqual([{ id: 'l1', name: 'Centro; planta 2', latitude: '43,5', longitude: '-5,66' }]);
    const tabs = await read('id\tname\nl1\tCentro, planta 2\n', 'locations', 'locations.csv');
    expect(valuesOf(tabs)).toEqual([{ id: 'l1', name: 'Centro, planta 2' }]);
  });

  it('refuses Windows-1252 and UTF-16 files with one message saying how to save as UTF-8', async () => {
    // "Atención" as Excel's plain "CSV" saves it: ó is the single byte F3.
    const cp1252 = new Uint8Array([...utf8('id,organization_id,name\r\ns1,o1,Atenci'), 0xf3, ...utf8('n\r\n')]);
    const result = await read(cp1252);
    expect(result.table.rows).toEqual([]);
    expect(result.findings).toEqual([{
      severity: 'error',
      source: { file: 'services.csv' },
      message: 'services.csv is not UTF-8: it looks like Windows-1252 (what Excel saves as "CSV"). In Excel, choose File › Save As › ' +
        '"CSV UTF-8 (Comma delimited)"; in LibreOffice, tick "Edit filter settings" and choose "Unicode (UTF-8)". Then import again.',
    }]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(utf8('id,name')).flatMap((byte) => [byte, 0])]);
    const sixteen = await read(utf16);
    expect(sixteen.findings).toHaveLength(1);
    expect(sixteen.findings[0]!.message).toMatch(/^services\.csv is not UTF-8: it is saved as UTF-16 .*CSV UTF-8/);
  });

  it('matches column names whatever their case and spaces, and warns once about a column it does not know', async () => {
    const result = await read(' ID ,Organization_Id,NAME,colour,Colour\ns1,o1,One,red,blue\ns2,o1,Two,green,\n');
    expect(result.table.columns).toEqual(['id', 'organization_id', 'name', 'colour', 'Colour']);
    expect(valuesOf(result)).toEqual([{ id: 's1', organization_id: 'o1', name: 'One' }, { id: 's2', organization_id: 'o1', name: 'Two' }]);
    expect(result.findings).toEqual([{
      severity: 'warning',
      source: { file: 'services.csv' },
      message: 'services.csv: the column "colour" is not part of HSDS 3.0 or Ponte\'s extension; it is ignored.',
    }]);
  });

  it('says which required column is missing and which column is there twice', async () => {
    const missing = await read('id,name\ns1,One\n');
    expect(missing.findings).toEqual([{
      severity: 'error',
      source: { file: 'services.csv' },
      message: 'services.csv: the column "organization_id" is missing; add it to the first line.',
    }]);
    const twice = await read('id,organization_id,name,Name\ns1,o1,One,Uno\n');
    expect(twice.findings.map((finding) => finding.message)).toEqual([
      'services.csv: the column "name" is in the first line twice (columns C and D); keep only one of them.',
    ]);
    expect(valuesOf(twice)).toEqual([{ id: 's1', organization_id: 'o1', name: 'One' }]);
  });

  it('says a file is empty rather than listing every missing column', async () => {
    for (const empty of ['', '\uFEFF', '\r\n\r\n']) {
      const result = await read(empty);
      expect(result.findings.map((finding) => finding.message)).toEqual([
        empty === '\r\n\r\n'
          ? 'The first line is empty; it must hold the names of the columns (at least id, organization_id, name).'
          : 'services.csv is empty: write the names of its columns in the first line (at least id, organization_id, name), then one row per line.',
      ]);
    }
  });

  it('reports a row with more cells than the header by its line, and reads missing cells as empty', async () => {
    const result = await read('id,organization_id,name\ns1,o1\ns2,o1,Two,Oviedo, Asturias\ns3,o1,Three,,\n');
    expect(valuesOf(result)[0]).toEqual({ id: 's1', organization_id: 'o1', name: '' });
    expect(result.findings).toEqual([{
      severity: 'error',
      source: { file: 'services.csv', line: 3 },
      message: 'This row has 5 cells but the first line names 3 columns. A cell holding a comma needs quotes around it, ' +
        'or a column name is missing from the first line.',
    }]);
  });

  it('turns a quote that is never closed into one error naming the line where it opens, not an exception', async () => {
    const result = await read('id,organization_id,name\ns1,o1,One\n\ns2,o1,"Two\ns3,o1,Three\n');
    expect(valuesOf(result)).toEqual([{ id: 's1', organization_id: 'o1', name: 'One' }]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ severity: 'error', source: { file: 'services.csv', line: 4 } });
    expect(result.findings[0]!.message).toMatch(/never closed.*two quotes/);
    // Quotes typed inside a cell that is not quoted as a whole are kept as typed, as spreadsheets do.
    const typed = await read('id,organization_id,name\ns1,o1,"One" and more\ns2,o1,5" screen\n');
    expect(typed.findings).toEqual([]);
    expect(valuesOf(typed).map((values) => values.name)).toEqual(['"One" and more', '5" screen']);
  });

  it('warns about cells under a column with no name', async () => {
    const result = await read('id,organization_id,name,\ns1,o1,One,\ns2,o1,Two,note\n');
    expect(result.findings.map((finding) => finding.message)).toEqual([
      'services.csv: column D has no name in the first line, so its cells are ignored. Give it a name, or delete the column.',
    ]);
  });

  it('reads every column of an HSDS table Ponte has no use for, without findings', async () => {
    const result = await read('id,name,email\nc1,Ana,ana@example.org\n', 'contacts', 'contacts.csv');
    expect(result.findings).toEqual([]);
    expect(valuesOf(result)).toEqual([{ id: 'c1', name: 'Ana', email: 'ana@example.org' }]);
  });

  it("removes the quote the writer put before a formula-like cell, and only one", async () => {
    const result = await read("key,value\na,'=1+1\nb,''+y\nc,'plain\nd,-5.66\n", 'ponte_settings', 'ponte_settings.csv');
    expect(valuesOf(result).map((values) => values.value)).toEqual(['=1+1', "'+y", "'plain", '-5.66']);
  });
});
