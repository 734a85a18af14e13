// Import and export of a city's directory: the 5,000-service generated directory as an HSDS
// tabular data package (six languages and easy read: some 400,000 rows), read, checked, compared
// and published the way `npm run import -- <folder> --publish` does, then exported again.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCsvPackage } from '../../src/server/hsds/csv-write';
import { directoryToTables } from '../../src/server/hsds/directory-to-tables';
import { applyDirectory, readDirectoryFile } from '../../src/server/hsds/import-directory';
import { writeJsonPackage } from '../../src/server/hsds/json-write';
import { readDirectory } from '../../src/server/directory-store';
import { testServer } from '../helpers/server';
import { generatedDirectory } from './generated-directory';

type Row = (label: string, value: string) => void;
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Runs `work`, sampling the process's memory meanwhile: its time, and the highest heap and RSS. */
async function measured<T>(work: () => Promise<T>) {
  const start = process.memoryUsage();
  let heap = start.heapUsed;
  let rss = start.rss;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    heap = Math.max(heap, m.heapUsed);
    rss = Math.max(rss, m.rss);
  }, 20);
  const t0 = performance.now();
  const result = await work();
  const ms = performance.now() - t0;
  clearInterval(sampler);
  return { result, ms, heapGrowth: heap - start.heapUsed, rss };
}

const folderSize = (folder: string) => readdirSync(folder).reduce((sum, f) => sum + statSync(join(folder, f)).size, 0);

export async function hsdsImportFigures(row: Row) {
  const COUNT = 5000;
  const folder = mkdtempSync(join(tmpdir(), 'ponte-bench-hsds-'));
  const jsonFolder = mkdtempSync(join(tmpdir(), 'ponte-bench-hsds-json-'));
  const server = await testServer();
  try {
    const tables = directoryToTables(generatedDirectory(COUNT));
    const rows = Object.values(tables).reduce((sum, t) => sum + t!.rows.length, 0);
    const written = await measured(() => writeCsvPackage(folder, tables));
    global.gc?.();
    const read = await measured(() => readDirectoryFile(folder, { today: '2026-01-01' }));
    if (!read.result.directory) throw new Error(`The generated package does not import: ${read.result.findings[0]?.message}`);
    const published = await measured(() => applyDirectory(server.sql, read.result.directory!, true, 'bench'));
    const exported = await measured(async () => {
      const dir = await readDirectory(server.sql);
      await writeCsvPackage(folder, directoryToTables(dir));
    });
    const json = await measured(async () => writeJsonPackage(jsonFolder, directoryToTables(await readDirectory(server.sql))));
    const readJson = await measured(() => readDirectoryFile(jsonFolder, { today: '2026-01-01' }));
    console.log(`\nHSDS import and export: the generated directory of ${COUNT} services as a tabular data package (${rows.toLocaleString('en')} rows, ${MB(folderSize(folder))} of CSV)`);
    row('import: read, check and map the package (dry run)', `${(read.ms / 1000).toFixed(1)} s; heap grew ${MB(read.heapGrowth)}, peak RSS ${MB(read.rss)}`);
    row('import: compare and publish in the database (PGlite)', `${(published.ms / 1000).toFixed(1)} s (${published.result.changes.services.added.length} services added)`);
    row('export: database to CSV package', `${(exported.ms / 1000).toFixed(1)} s`);
    row('export: database to HSDS JSON', `${(json.ms / 1000).toFixed(1)} s (${MB(folderSize(jsonFolder))})`);
    row('import of that JSON (dry run)', `${(readJson.ms / 1000).toFixed(1)} s; heap grew ${MB(readJson.heapGrowth)}`);
    row('writing the package from the directory', `${(written.ms / 1000).toFixed(1)} s`);
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
    rmSync(jsonFolder, { recursive: true, force: true });
  }
}
