// `npm run import -- <path> [--publish]` and `npm run export -- <folder> [--format csv|json]`.
// The file is read and checked here; the comparison and the publishing happen where the database
// is: in the running server when there is one on this data folder (it holds PGlite's folder), or
// here otherwise, as `publish-demo-change` and `staff` do.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Directory } from '../../shared/directory';
import type { Sql } from '../database';
import { readDirectory } from '../directory-store';
import { writeCsvPackage } from './csv-write';
import { publishDemoIfEmpty } from './demo-package';
import { directoryToTables } from './directory-to-tables';
import { applyDirectory, readDirectoryFile, type ApplyResult } from './import-directory';
import { writeJsonPackage } from './json-write';
import { formatReport } from './report';
import { fileOf, TABLE_COLUMNS, type TableName } from './tables';

export interface HsdsCliContext {
  running: () => { port: number; token: string } | undefined;
  openDatabase: () => Promise<Sql>;
}

export const IMPORT_USAGE = 'Usage: npm run import -- <folder, .zip or .json> [--publish] [--timezone Europe/Madrid] [--language es] [--all]';
export const EXPORT_USAGE = 'Usage: npm run export -- <folder> [--format csv|json]';

/** npm runs scripts in the project's folder; a path is meant from where the person typed it. */
const fromWhereTyped = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], usage: string, options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : error}\n${usage}`);
  }
}

/** Returns the exit code: 0 when the file is good (published or not), 1 when it has errors. */
export async function importCommand(args: string[], context: HsdsCliContext): Promise<number> {
  const { values, positionals } = parse(args, IMPORT_USAGE, { publish: { type: 'boolean' }, all: { type: 'boolean' }, timezone: { type: 'string' }, language: { type: 'string' } });
  if (positionals.length !== 1) throw new Error(IMPORT_USAGE);
  const path = fromWhereTyped(positionals[0]!);
  const read = await readDirectoryFile(path, { timezone: values.timezone as string | undefined, language: values.language as string | undefined });
  const publish = values.publish === true;
  const applied = read.directory ? await apply(context, read.directory, publish, `import of ${positionals[0]}`) : undefined;
  console.log(formatReport(positionals[0]!, read, applied, { publish, all: values.all === true }));
  return read.directory ? 0 : 1;
}

async function apply(context: HsdsCliContext, directory: Directory, publish: boolean, note: string): Promise<ApplyResult> {
  const server = context.running();
  if (server) {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/v1/admin/import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ directory, publish, note }),
    });
    if (!res.ok) throw new Error(`The running server refused the import: ${res.status} ${await res.text()}`);
    return (await res.json()) as ApplyResult;
  }
  const sql = await context.openDatabase();
  try {
    return await applyDirectory(sql, directory, publish, note);
  } finally {
    await sql.close();
  }
}

export async function exportCommand(args: string[], context: HsdsCliContext): Promise<void> {
  const { values, positionals } = parse(args, EXPORT_USAGE, { format: { type: 'string', default: 'csv' } });
  if (positionals.length !== 1 || !['csv', 'json'].includes(values.format as string)) throw new Error(EXPORT_USAGE);
  const folder = fromWhereTyped(positionals[0]!);
  checkExportFolder(folder);
  // The directory first: if it can't be had, the previous export stays as it was.
  const directory = await publishedDirectory(context);
  clearPreviousExport(folder);
  const tables = directoryToTables(directory);
  const files = values.format === 'json' ? await writeJsonPackage(folder, tables) : await writeCsvPackage(folder, tables);
  console.log(`Wrote ${directory.services.length} services, ${directory.organizations.length} organizations and ${directory.rights.length} rights cards to ${folder} (${files.length} files, HSDS 3.0 ${values.format === 'json' ? 'JSON' : 'tabular data package'}).`);
}

const exportFiles = () => new Set(['datapackage.json', 'services.json', 'organizations.json', 'taxonomies.json', 'taxonomy_terms.json', 'ponte.json', ...(Object.keys(TABLE_COLUMNS) as TableName[]).map(fileOf)]);

/** Writing over a previous export is fine (its files are removed first, so no table is left
 *  stale); writing into a folder holding anything else is refused, before anything is done. */
function checkExportFolder(folder: string): void {
  if (!existsSync(folder)) return;
  const ours = exportFiles();
  const foreign = readdirSync(folder).filter((name) => !ours.has(name));
  if (foreign.length) throw new Error(`The folder ${folder} holds other files (${foreign.slice(0, 3).join(', ')}); export into an empty or new folder.`);
}

function clearPreviousExport(folder: string): void {
  if (existsSync(folder)) for (const name of readdirSync(folder)) rmSync(resolve(folder, name));
}

async function publishedDirectory(context: HsdsCliContext): Promise<Directory> {
  const server = context.running();
  if (server) {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/v1/admin/directory`, { headers: { Authorization: `Bearer ${server.token}` } });
    if (!res.ok) throw new Error(`The running server did not give the directory: ${res.status} ${await res.text()}`);
    return (await res.json()) as Directory;
  }
  const sql = await context.openDatabase();
  try {
    // A fresh data folder gets the demo city, as on the server's first start: "export to see what
    // a package looks like" (read-source.ts) then works before Ponte has ever been started.
    const demo = await publishDemoIfEmpty(sql);
    if (demo) console.log(`Nothing was published yet: published the demo directory as version ${demo.version}, as Ponte does on its first start.`);
    return await readDirectory(sql);
  } finally {
    await sql.close();
  }
}
