// A directory that goes out as HSDS 3.0 (CSV package or JSON) and comes back in is the same
// directory, to the last translation and closure; and publishing an import is all or nothing.
import { afterEach, describe, expect, it } from 'vitest';
import type { Sql } from '../../src/server/database';
import { currentVersion, readDirectory } from '../../src/server/directory-store';
import { writeCsvPackage } from '../../src/server/hsds/csv-write';
import { loadDemoDirectory } from '../../src/server/hsds/demo-package';
import { directoryToTables } from '../../src/server/hsds/directory-to-tables';
import { applyDirectory, compare, readDirectoryFile } from '../../src/server/hsds/import-directory';
import { writeJsonPackage } from '../../src/server/hsds/json-write';
import { formatFinding } from '../../src/server/hsds/report';
import { stableStringify } from '../../src/server/stable-json';
import type { Directory } from '../../src/shared/directory';
import { removeFolders, smallDirectory, tempFolder, UUID_SERVICE } from '../helpers/hsds-small-directory';
import { testServer } from '../helpers/server';

afterEach(removeFolders);

const writers = { 'a tabular data package': writeCsvPackage, 'HSDS JSON': writeJsonPackage };

async function roundTrip(dir: Directory, write: (folder: string, tables: ReturnType<typeof directoryToTables>) => Promise<string[]>) {
  const folder = tempFolder();
  await write(folder, directoryToTables(dir));
  const read = await readDirectoryFile(folder, { today: '2026-01-01' });
  return { findings: read.findings.map(formatFinding), directory: read.directory && stableStringify(read.directory), messages: read.findings.map((f) => `${f.severity}: ${f.message}`) };
}

/** A city whose directory came in English (as the standard's own examples do): no Spanish at all. */
const englishCity: Directory = {
  organizations: [{ id: 'council', texts: { en: { name: 'Townsville Council', description: 'The council.' }, fr: { name: 'Conseil de Townsville' } } }],
  services: [
    {
      id: 'advice',
      organization_id: 'council',
      needs: ['legal'],
      languages: ['en'],
      phones: [{ number: '+44 20 7946 0000', purpose: 'main', sms: false }],
      schedule: { timezone: 'Europe/London', hours: [{ byday: 'MO', opens_at: '09:00', closes_at: '12:00' }], closures: [] },
      free: true,
      response_hours: 48,
      texts: { en: { name: 'Advice Desk', description: 'Free advice.' }, fr: { name: 'Bureau de conseil' } },
    },
  ],
  rights: [],
};

describe.each(Object.entries(writers))('the round trip through %s', (_, write) => {
  it("keeps a directory written in another language than the city's default: HSDS's own columns hold it", async () => {
    const folder = tempFolder();
    const tables = directoryToTables(englishCity);
    expect(tables.services!.rows[0]!.values.name).toBe('Advice Desk');
    expect(tables.ponte_settings!.rows.find((r) => r.values.key === 'language')!.values.value).toBe('en');
    await write(folder, tables);
    const read = await readDirectoryFile(folder, { today: '2026-01-01' });
    expect(read.findings.filter((f) => f.severity === 'error').map(formatFinding)).toEqual([]);
    expect(stableStringify(read.directory)).toBe(stableStringify(englishCity));
  });

  it('gives back the demo city exactly, with no finding', async () => {
    const demo = await loadDemoDirectory();
    const { findings, directory } = await roundTrip(demo, write);
    expect(findings).toEqual([]);
    expect(directory).toBe(stableStringify(demo));
  });

  it('gives back what a city may have and not have: a UUID id, no address, no coordinates, always open, closures, text lines, easy read, a need rank, a time zone of its own', async () => {
    const { messages, directory } = await roundTrip(smallDirectory, write);
    expect(directory).toBe(stableStringify(smallDirectory));
    // What the import says about this directory: warnings a city should hear, and nothing else.
    expect(messages).toEqual([
      // (The file named for attributes differs: attributes.csv, or where the JSON reader found them.)
      expect.stringMatching(/^warning: the service "Línea de ayuda" has no need: people find it only by searching\./),
      'warning: this location has no coordinates (latitude, longitude): its services show no map and are not sorted by distance.',
      "warning: en: 1 text is not translated yet (neighbours name); the city's language is shown in their place.",
      `warning: fr: 11 texts are not translated yet (city-council name; city-council description; neighbours name; ${UUID_SERVICE} name; food-pantry name; …); the city's language is shown in their place.`,
      'warning: 1 telephone number has no country code (night-shelter 985 550 131): a phone with a foreign SIM card cannot call it. Write it with the country code, like +34 985 550 130.',
    ]);
  });
});

/** The test database's sql, where the `failAt`th row written into directory_item fails, as a
 *  full disk or a lost connection would make it fail halfway through a publish. */
function failingOnRow(sql: Sql, failAt: number): Sql {
  let written = 0;
  const wrap = (inner: Sql): Sql => ({
    query: (text, params) => {
      if (/INSERT INTO directory_item/.test(text) && ++written === failAt) return Promise.reject(new Error('disk full'));
      return inner.query(text, params);
    },
    transaction: (fn) => inner.transaction((tx) => fn(wrap(tx))),
    close: () => inner.close(),
  });
  return wrap(sql);
}

describe('publishing an import', () => {
  it('leaves the published version as it was when it fails halfway, and publishes all of it once it can', async () => {
    const server = await testServer();
    try {
      const before = await currentVersion(server.sql);
      const published = await readDirectory(server.sql);
      const changed = structuredClone(published);
      for (const service of changed.services.slice(0, 3)) service.texts.es!.name = `${service.texts.es!.name} (nuevo)`;
      const gone = changed.services.pop()!;

      await expect(applyDirectory(failingOnRow(server.sql, 2), changed, true, 'x')).rejects.toThrow('disk full');
      expect(await currentVersion(server.sql)).toEqual(before);
      expect(stableStringify(await readDirectory(server.sql))).toBe(stableStringify(published));

      const applied = await applyDirectory(server.sql, changed, true, 'x');
      expect(applied.before).toBe(before!.version);
      expect(applied.version).toBe(before!.version + 1);
      expect((await currentVersion(server.sql))!.version).toBe(before!.version + 1);
      expect(stableStringify(await readDirectory(server.sql))).toBe(stableStringify({ ...changed, services: [...changed.services].sort((a, b) => a.id.localeCompare(b.id)) }));
      expect(applied.changes.services).toEqual({ added: [], changed: changed.services.slice(0, 3).map((s) => s.id), removed: [gone.id] });
      expect(compare(published, await readDirectory(server.sql)).services.changed.sort()).toEqual(changed.services.slice(0, 3).map((s) => s.id).sort());
    } finally {
      await server.close();
    }
  });
});
