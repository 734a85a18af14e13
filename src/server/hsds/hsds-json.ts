// HSDS 3.0 JSON in: a file holding a list of full services (as the standard's examples), one
// object, or a page of the HSDS API (`{total_items, …, contents: […]}`); or a folder of such
// files, as writeJsonPackage writes it. What a file holds follows from its name
// (organizations.json, taxonomy_terms.json, ponte.json…; anything else: services), so the
// official examples read as they are. Nesting back out is in hsds-nest.ts.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Flattener } from './hsds-flatten';
import { kindOfTable, type Kind } from './hsds-shape';
import { findJsonSyntaxError } from './json-syntax';
import { HSDS_TABLES, PONTE_TABLES, type Finding, type HsdsTableName, type PonteTableName, type Tables } from './tables';

export { HsdsNester, nestOrganizations, nestServices, nestTaxonomies, nestTaxonomyTerms } from './hsds-nest';
export type * from './hsds-nest';

/** What a JSON file holds, by its name: `ponte` is Ponte's extension tables (ponte.json). */
export function kindOfFile(file: string): Kind | 'ponte' {
  const name = basename(file).toLowerCase();
  // Exactly Ponte's own file names: "pontevedra-services.json" is a city's services.
  if (name === 'ponte.json' || name.startsWith('ponte_')) return 'ponte';
  if (/organi[sz]ation/.test(name)) return 'organization';
  if (name.includes('taxonomy_term')) return 'taxonomy_term';
  if (/taxonom(y|ies)/.test(name)) return 'taxonomy';
  if (name.includes('service_at_location')) return 'service_at_location';
  return 'service';
}

export async function readHsdsJson(path: string): Promise<{ tables: Tables; findings: Finding[] }> {
  const flat = new Flattener();
  let files = [path];
  const found = await stat(path).catch(() => undefined);
  if (!found) {
    flat.error({ file: basename(path) }, `There is no file or folder ${path}: check the path and import again.`);
    return { tables: {}, findings: flat.findings };
  }
  if (found.isDirectory()) {
    const names = (await readdir(path)).filter((n) => n.toLowerCase().endsWith('.json') && n !== 'datapackage.json').sort();
    if (names.length === 0) flat.error({ file: basename(path) }, `the folder ${basename(path)} holds no .json file: give a file of HSDS services, or a folder as "npm run export -- <folder> --format json" writes it.`);
    files = names.map((n) => join(path, n));
  }
  for (const file of files) {
    const name = basename(file);
    const text = decode(await readFile(file));
    if (text === undefined) flat.error({ file: name }, `${name} is not UTF-8 text: JSON must be. Save it as UTF-8 (in most editors: Save As › Encoding › UTF-8) and import again.`);
    else readFileInto(flat, name, text);
  }
  return { tables: flat.tables(), findings: flat.findings };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** The bytes as text (a BOM dropped), or undefined when they are not UTF-8. */
function decode(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Reads one JSON text (named `file` in findings) into the flattener. Exported for tests. */
export function readFileInto(flat: Flattener, file: string, text: string): void {
  const json = parse(text.replace(/^\uFEFF/, ''), file);
  if ('error' in json) return void flat.findings.push(json.error);
  const kind = kindOfFile(file);
  const data = json.value;
  if (kind === 'ponte') return readPonte(flat, file, data);
  if (Array.isArray(data)) return data.forEach((item, i) => flat.add(kind, item, file, `[${i}]`));
  if (typeof data === 'object' && data !== null && 'contents' in data) {
    const { contents } = data as { contents: unknown };
    if (!Array.isArray(contents)) return flat.error({ file, path: 'contents' }, `"contents" must be the list of ${kind.replaceAll('_', ' ')}s of the page.`);
    return contents.forEach((item, i) => flat.add(kind, item, file, `contents[${i}]`));
  }
  flat.add(kind, data, file, '');
}

function parse(text: string, file: string): { value: unknown } | { error: Finding } {
  try {
    return { value: JSON.parse(text) };
  } catch {
    if (text.trim() === '') return { error: { severity: 'error', source: { file }, message: `${file} is empty: it should hold HSDS JSON.` } };
    const at = findJsonSyntaxError(text) ?? { line: 1, column: 1, reason: 'not valid JSON' };
    return {
      error: {
        severity: 'error',
        source: { file, line: at.line },
        message: `${file} is not valid JSON: line ${at.line}, column ${at.column}: ${at.reason}. Fix it there (an editor that checks JSON shows it) and import again.`,
      },
    };
  }
}

/** ponte.json: `{ "ponte_settings": [{ "key": …, "value": … }], … }`, a list of rows per table;
 *  also HSDS rows no HSDS object holds (a rights card's attributes), under their table's name. */
function readPonte(flat: Flattener, file: string, data: unknown): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return flat.error({ file }, `${file} should hold Ponte's tables as { "ponte_settings": [ … ], … }.`);
  }
  for (const [table, rows] of Object.entries(data)) {
    const hsds = table in HSDS_TABLES;
    if (!hsds && !(table in PONTE_TABLES)) {
      flat.warnOnce(`${file}|${table}`, { severity: 'warning', source: { file, path: table }, message: `"${table}" is not one of Ponte's tables; it is ignored.` });
      continue;
    }
    if (!Array.isArray(rows)) {
      flat.error({ file, path: table }, `"${table}" must be a list of rows (objects).`);
      continue;
    }
    rows.forEach((row, i) => {
      if (hsds) flat.add(kindOfTable(table as HsdsTableName), row, file, `${table}[${i}]`);
      else flat.addPonteRow(table as PonteTableName, row, file, `${table}[${i}]`);
    });
  }
}
