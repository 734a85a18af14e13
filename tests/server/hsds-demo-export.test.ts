// The demo city as shipped is exactly what `npm run export` writes of it once published: the
// round trip through the database changes no byte, so the package in the repository can be
// edited by exporting a server's directory, and a diff shows only what really changed.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readDirectory } from '../../src/server/directory-store';
import { writeCsvPackage } from '../../src/server/hsds/csv-write';
import { DEMO_PACKAGE } from '../../src/server/hsds/demo-package';
import { directoryToTables } from '../../src/server/hsds/directory-to-tables';
import { testServer } from '../helpers/server';

let server: Awaited<ReturnType<typeof testServer>>;
let folder: string;
beforeAll(async () => {
  server = await testServer(); // the demo directory, published as on a first start
  folder = mkdtempSync(join(tmpdir(), 'ponte-demo-export-'));
});
afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

it('an export of the published demo is the shipped package, byte for byte', async () => {
  await writeCsvPackage(folder, directoryToTables(await readDirectory(server.sql)));
  const shipped = readdirSync(DEMO_PACKAGE).sort();
  expect(readdirSync(folder).sort()).toEqual(shipped);
  const differing = shipped.filter((file) => !readFileSync(join(folder, file)).equals(readFileSync(join(DEMO_PACKAGE, file))));
  expect(differing).toEqual([]);
});
