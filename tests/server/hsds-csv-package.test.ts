// Reading a tabular data package as a city hands it over: a folder, or a zip of it (with the files
// at the top or inside the zipped folder). Each fault of the package gets the message expected.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, Zip, ZipDeflate, zipSync, type Zippable } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { readCsvPackage } from '../../src/server/hsds/csv-package';
import { MAX_UNZIPPED_BYTES } from '../../src/server/hsds/zip-entries';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));
function newFolder(files: Record<string, string | Uint8Array> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'ponte-csv-package-'));
  folders.push(folder);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
  return folder;
}
const datapackage = (resources: object[]) => JSON.stringify({ name: 'city', profile: 'tabular-data-package', resources });
const resource = (name: string, path = `${name}.csv`) => ({ name, path });

/** A small good package: two tables, one HSDS table Ponte does not use. */
const GOOD: Record<string, string> = {
  'datapackage.json': datapackage([resource('organizations'), resource('services'), resource('contacts')]),
  'organizations.csv': 'id,name\r\no1,Asociación Vecinal\r\n',
  'services.csv': 'id;organization_id;name;description\r\ns1;o1;Comedor;"Comidas\r\ncalientes"\r\ns2;o1;Ropero;Ropa\r\n',
  'contacts.csv': 'id,name\r\nc1,Ana\r\n',
};
const zipped = (files: Zippable, options?: { level: 0 }) => zipSync(files, options);
const u8 = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]));
const zipFile = (bytes: Uint8Array, name = 'directory.zip') => join(newFolder({ [name]: bytes }), name);
const summary = (result: Awaited<ReturnType<typeof readCsvPackage>>) => ({
  tables: Object.fromEntries(Object.entries(result.tables).map(([name, table]) => [name, table!.rows.map((row) => [row.source.line, row.values])])),
  findings: result.findings,
});

describe('reading a tabular data package', () => {
  it('reads the tables datapackage.json lists, from a folder', async () => {
    const result = await readCsvPackage(newFolder(GOOD));
    expect(summary(result)).toEqual({
      tables: {
        organizations: [[2, { id: 'o1', name: 'Asociación Vecinal' }]],
        services: [[2, { id: 's1', organization_id: 'o1', name: 'Comedor', description: 'Comidas\r\ncalientes' }], [4, { id: 's2', organization_id: 'o1', name: 'Ropero', description: 'Ropa' }]],
        contacts: [[2, { id: 'c1', name: 'Ana' }]],
      },
      findings: [],
    });
    expect(result.tables.services!.file).toBe('services.csv');
  });

  it('reads the same from a zip, with the files at its top or inside one folder, stored or compressed', async () => {
    const expected = summary(await readCsvPackage(newFolder(GOOD)));
    expect(summary(await readCsvPackage(zipFile(zipped(u8(GOOD)))))).toEqual(expected);
    // What "Compress" on a Mac makes of a folder: the folder inside, and resource forks beside it.
    const inFolder = { valdemar: u8(GOOD), __MACOSX: { valdemar: { '._services.csv': strToU8('junk') } } };
    expect(summary(await readCsvPackage(zipFile(zipped(inFolder))))).toEqual(expected);
    expect(summary(await readCsvPackage(zipFile(zipped(u8(GOOD), { level: 0 }))))).toEqual(expected);
  });

  it('names the package that has no datapackage.json, and says where a broken one is broken', async () => {
    const withoutIt = Object.fromEntries(Object.entries(GOOD).filter(([name]) => name !== 'datapackage.json'));
    const missing = await readCsvPackage(zipFile(zipped(u8(withoutIt)), 'valdemar.zip'));
    expect(missing.findings).toHaveLength(1);
    expect(missing.findings[0]!.message).toMatch(/^valdemar\.zip has no datapackage\.json: /);
    const broken = await readCsvPackage(newFolder({ ...GOOD, 'datapackage.json': '{\n  "resources": [\n    {"name": "services" "path": "services.csv"}\n  ]\n}' }));
    expect(broken.tables).toEqual({});
    expect(broken.findings).toEqual([{ severity: 'error', source: { file: 'datapackage.json' }, message: expect.stringMatching(/^datapackage\.json is not valid JSON: line 3, column 25: .*\. Fix it there/) }]);
  });

  it('reports files listed but absent, CSV files not listed and tables it does not know', async () => {
    const result = await readCsvPackage(newFolder({
      ...GOOD,
      'datapackage.json': datapackage([resource('organizations'), resource('services'), resource('phones'), resource('colours'), resource('service_at_location')]),
      'copy of services.csv': 'id,organization_id,name\r\n',
      'colours.csv': 'id\r\n',
      'notes.txt': 'not a CSV: not warned about',
      'service_at_location.csv': 'id,service_id,location_id\r\nsl1,s1,l1\r\n',
    }));
    expect(Object.keys(result.tables)).toEqual(['organizations', 'services', 'service_at_locations']);
    expect(result.findings.map(({ severity, message }) => `${severity}: ${message}`).sort()).toEqual([
      'error: datapackage.json lists phones.csv, but the package has no such file. Add the file, or remove it from the "resources" of datapackage.json.',
      'warning: contacts.csv is in the package but datapackage.json does not list it, so it is ignored. Add it to the "resources" of datapackage.json if it should be imported.',
      'warning: copy of services.csv is in the package but datapackage.json does not list it, so it is ignored. Add it to the "resources" of datapackage.json if it should be imported.',
      'warning: datapackage.json lists "colours" (colours.csv), which is not a table of HSDS 3.0 or Ponte\'s extension; it is ignored.',
    ]);
  });

  it('never reads a file outside the package, whatever path datapackage.json gives', async () => {
    const outside = newFolder({ 'secret.csv': 'id,organization_id,name\r\nx,y,SECRET\r\n' });
    const paths = [`../${outside.split('/').pop()}/secret.csv`, join(outside, 'secret.csv'), 'C:\\secret.csv', 'https://example.org/services.csv'];
    for (const path of paths) {
      const result = await readCsvPackage(newFolder({ ...GOOD, 'datapackage.json': datapackage([resource('services', path)]) }));
      expect(result.tables).toEqual({});
      expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([{
        severity: 'error',
        source: { file: 'datapackage.json' },
        message: `datapackage.json: the resource "services" points to "${path}", outside the package; only files inside it are read. Put the file in the package and give its path from there, like "services.csv".`,
      }]);
    }
  });

  it('gives the encoding message for a Windows-1252 file inside a zip, naming that file', async () => {
    const cp1252 = new Uint8Array([...strToU8('id,name\r\no1,Asociaci'), 0xf3, ...strToU8('n\r\n')]);
    const result = await readCsvPackage(zipFile(zipped({ ...u8(GOOD), 'organizations.csv': cp1252 })));
    expect(result.findings).toEqual([{ severity: 'error', source: { file: 'organizations.csv' }, message: expect.stringMatching(/^organizations\.csv is not UTF-8: it looks like Windows-1252/) }]);
    expect(result.tables.organizations!.rows).toEqual([]);
    expect(result.tables.services!.rows).toHaveLength(2);
  });

  it('refuses a zip bigger than the limit once unzipped, also when it lies about its size (a zip bomb)', async () => {
    expect(MAX_UNZIPPED_BYTES).toBe(200 * 1024 * 1024);
    const limit = { maxUnzippedBytes: 0.1 * 1024 * 1024 }; // the same code as 200 MB, at a size a test can afford
    const bomb = { ...GOOD, 'services.csv': `id,organization_id,name\r\n${',,\r\n'.repeat(64 * 1024)}` }; // 256 KB, zipped to about 1 KB
    const honest = zipFile(zipped(u8(bomb)), 'bomb.zip');
    // Written as a stream (no sizes before the data) and with the sizes at the end set to 1 byte:
    // only counting the bytes as they come out of the unzipper stops it.
    const liar = zipFile(withSizesOfOneByte(await streamedZip(bomb)), 'bomb.zip');
    for (const path of [honest, liar]) {
      expect(await readCsvPackage(path, limit)).toEqual({
        tables: {},
        findings: [{ severity: 'error', source: { file: 'bomb.zip' }, message: 'bomb.zip would take more than 0.1 MB once unzipped, far more than a directory needs, so it is not read. Check that it is the right file.' }],
      });
    }
    const roomy = await readCsvPackage(liar, { maxUnzippedBytes: 0.5 * 1024 * 1024 });
    expect(roomy.findings).toEqual([]);
    expect(roomy.tables.services!.rows).toEqual([]); // all its rows are empty
  });

  it('names the file a damaged zip cannot give, or the method it is compressed with, and reads the others', async () => {
    const zip = zipped(u8(GOOD));
    const services = Buffer.from(zip).indexOf('services.csv'); // its name in the local header, then its data
    const damaged = zip.slice();
    damaged.fill(0xff, services + 'services.csv'.length, services + 'services.csv'.length + 8);
    const otherMethod = zip.slice();
    otherMethod[services - 30 + 8] = 12; // bzip2, which some zip tools offer
    for (const path of [zipFile(damaged), zipFile(otherMethod)]) {
      const result = await readCsvPackage(path);
      expect(result.findings).toEqual([{ severity: 'error', source: { file: 'services.csv' }, message: expect.stringMatching(/^services\.csv cannot be unzipped \(.+\)\. Make the zip again/) }]);
      expect(Object.keys(result.tables)).toEqual(['organizations', 'contacts']);
    }
  });

  it('says a file that is not a zip is not one', async () => {
    const result = await readCsvPackage(zipFile(strToU8('id,name\r\n'), 'directory.zip'));
    expect(result.findings.map((finding) => finding.message)).toEqual([expect.stringMatching(/^directory\.zip is not a zip file\./)]);
  });
});

/** A zip made by a streaming writer: sizes only after each file's data, in "data descriptors". */
function streamedZip(files: Record<string, string>): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk, final) => {
      if (error) return reject(error);
      chunks.push(chunk);
      if (final) resolve(new Uint8Array(Buffer.concat(chunks)));
    });
    for (const [name, text] of Object.entries(files)) {
      const entry = new ZipDeflate(name);
      zip.add(entry);
      entry.push(strToU8(text), true);
    }
    zip.end();
  });
}

/** The zip with every file's unzipped size in its central directory changed to 1 byte. */
function withSizesOfOneByte(zip: Uint8Array): Uint8Array {
  const bytes = Buffer.from(zip);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  for (let at = bytes.readUInt32LE(end + 16); bytes.readUInt32LE(at) === 0x02014b50; at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32)) {
    bytes.writeUInt32LE(1, at + 24);
  }
  return new Uint8Array(bytes);
}
