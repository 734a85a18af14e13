// A tabular data package, as a folder or a .zip: datapackage.json says which CSV file holds which
// table; each is read by csv-read.ts. The package is someone's folder of spreadsheets, so whatever
// does not add up (a file listed but absent, a CSV nobody listed, a table Ponte does not know) is
// a finding that says what to do; a listed path is never followed outside the package.
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { readCsvTable } from './csv-read';
import { declaredUnzippedBytes, listZip, MAX_UNZIPPED_BYTES, streamZipEntries, UnzipError, ZipTooBigError } from './zip-entries';
import { HSDS_UNUSED_TABLES, TABLE_COLUMNS, type Finding, type Table, type TableName, type Tables } from './tables';
import { checkDatapackage } from './datapackage-read';

/** The files of a package (paths relative to its folder, with `/`), its datapackage.json, and a
 *  way to stream the CSV files asked for to a reader. */
interface PackageFiles {
  names: string[];
  datapackage: string | undefined;
  stream(wanted: Set<string>, read: (name: string, bytes: AsyncIterable<Uint8Array>) => Promise<void>): Promise<void>;
}

export async function readCsvPackage(path: string, options: { maxUnzippedBytes?: number } = {}): Promise<{ tables: Tables; findings: Finding[] }> {
  const label = basename(path);
  const fail = (message: string) => ({ tables: {}, findings: [{ severity: 'error' as const, source: { file: label }, message }] });
  const maxBytes = options.maxUnzippedBytes ?? MAX_UNZIPPED_BYTES;
  const tooBig = `${label} would take more than ${Math.round((maxBytes / 1024 / 1024) * 100) / 100} MB once unzipped, far more than a directory needs, so it is not read. Check that it is the right file.`;
  let files: PackageFiles;
  try {
    files = (await stat(path)).isDirectory() ? await folderFiles(path) : await zipFiles(path, maxBytes);
  } catch (error) {
    if (error instanceof ZipTooBigError) return fail(tooBig);
    if (error instanceof NotAZip) return fail(`${label} is not a zip file. Make it again with your computer's "Compress" or "Send to › Compressed (zipped) folder".`);
    if (error instanceof UnzipError) return fail(`${label} cannot be unzipped (${error.message}). ${MAKE_IT_AGAIN}`);
    throw error;
  }
  if (files.datapackage === undefined) {
    return fail(`${label} has no datapackage.json: a tabular data package lists its CSV files in a datapackage.json beside them. Add it (an export of Ponte shows one), then import again.`);
  }
  const plan = checkDatapackage(files.datapackage, new Set(files.names), isKnownTable);
  if (!plan.readable) return { tables: {}, findings: plan.findings }; // every CSV would be "not listed"
  const findings = plan.findings;
  for (const name of files.names) {
    if (name.toLowerCase().endsWith('.csv') && !plan.listed.has(name)) {
      findings.push({
        severity: 'warning',
        source: { file: name },
        message: `${name} is in the package but datapackage.json does not list it, so it is ignored. Add it to the "resources" of datapackage.json if it should be imported.`,
      });
    }
  }
  const read = new Map<string, { table: Table; findings: Finding[] }>();
  try {
    await files.stream(new Set(plan.tables.keys()), async (name, bytes) => {
      try {
        read.set(name, await readCsvTable(bytes, name, plan.tables.get(name)!));
      } catch (error) {
        if (!(error instanceof UnzipError)) throw error;
        findings.push({ severity: 'error', source: { file: name }, message: `${name} cannot be unzipped (${error.message}). ${MAKE_IT_AGAIN}` });
      }
    });
  } catch (error) {
    if (error instanceof ZipTooBigError) return fail(tooBig);
    throw error;
  }
  // Tables and findings in the order of datapackage.json, whatever order the zip holds them in.
  const tables: Tables = {};
  for (const [name, table] of plan.tables) {
    const result = read.get(name);
    if (!result) continue;
    tables[table] = result.table;
    findings.push(...result.findings);
  }
  return { tables, findings };
}

const MAKE_IT_AGAIN = 'Make the zip again (your computer\'s "Compress" makes one that Ponte reads), then import again.';

const KNOWN_TABLES = new Set<string>([...Object.keys(TABLE_COLUMNS), ...HSDS_UNUSED_TABLES]);
const isKnownTable = (name: string): name is TableName => KNOWN_TABLES.has(name);

async function folderFiles(folder: string): Promise<PackageFiles> {
  const datapackage = await readFile(join(folder, 'datapackage.json'), 'utf8').catch(() => undefined);
  const entries = datapackage === undefined ? [] : await readdir(folder, { recursive: true, withFileTypes: true });
  return {
    names: entries.filter((entry) => entry.isFile()).map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/')),
    datapackage,
    async stream(wanted, read) {
      for (const name of wanted) await read(name, createReadStream(join(folder, name)));
    },
  };
}

class NotAZip extends Error {}

/** A zip holds the package at its top or inside one folder (what "Compress" on a folder makes). */
async function zipFiles(path: string, maxBytes: number): Promise<PackageFiles> {
  const handle = await open(path);
  const magic = Buffer.alloc(4);
  const { size } = await handle.stat();
  await handle.read(magic, 0, 4, 0).finally(() => handle.close());
  if (magic.readUInt32LE(0) !== 0x04034b50 && magic.readUInt32LE(0) !== 0x06054b50) throw new NotAZip();
  if (size > maxBytes) throw new ZipTooBigError(path); // zipped already bigger than the limit
  if (((await declaredUnzippedBytes(path)) ?? 0) > maxBytes) throw new ZipTooBigError(path); // what the zip admits
  const atTopOrOneDown = (name: string) => /^([^/]+\/)?datapackage\.json$/.test(name);
  const zip = await listZip(path, atTopOrOneDown);
  const found = [...zip.texts.keys()].sort((a, b) => a.length - b.length)[0];
  const base = found?.slice(0, -'datapackage.json'.length) ?? '';
  return {
    names: zip.names.filter((name) => name.startsWith(base)).map((name) => name.slice(base.length)),
    datapackage: found === undefined ? undefined : zip.texts.get(found),
    stream: (wanted, read) =>
      streamZipEntries(path, (name) => name.startsWith(base) && wanted.has(name.slice(base.length)), (name, bytes) => read(name.slice(base.length), bytes), maxBytes),
  };
}
