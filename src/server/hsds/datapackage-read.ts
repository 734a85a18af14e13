// datapackage.json of a tabular data package → which file holds which table. People edit this file
// by hand (adding a CSV, renaming one), so each mistake gets its own message; HSDS packages made by
// other tools name tables in the singular or after their file, which is accepted.
import { findJsonSyntaxError } from './json-syntax';
import type { Finding, TableName } from './tables';

export interface PackagePlan {
  /** Path of each CSV file to read (relative to the package, `/`-separated) → its table. */
  tables: Map<string, TableName>;
  /** Every path datapackage.json lists, read or not (a CSV not in here is "not listed"). */
  listed: Set<string>;
  findings: Finding[];
  /** False when there is no list of resources to go by (not JSON, no "resources"). */
  readable: boolean;
}

const FILE = 'datapackage.json';

export function checkDatapackage(text: string, files: Set<string>, isKnownTable: (name: string) => name is TableName): PackagePlan {
  const plan: PackagePlan = { tables: new Map(), listed: new Set(), findings: [], readable: false };
  const error = (message: string) => plan.findings.push({ severity: 'error', source: { file: FILE }, message });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '')); // Notepad saves a BOM
  } catch (failure) {
    // JSON.parse gives no position for some mistakes (a comma before "]" on Node 20): find it.
    const at = findJsonSyntaxError(text.replace(/^\uFEFF/, ''));
    const where = at ? `line ${at.line}, column ${at.column}: ${at.reason}` : (failure as Error).message;
    error(`${FILE} is not valid JSON: ${where}. Fix it there (a JSON checker shows the mistake), or export the package again.`);
    return plan;
  }
  const resources = (json as { resources?: unknown } | null)?.resources;
  if (!Array.isArray(resources)) {
    error(`${FILE} has no list of "resources": it must list the package's CSV files, each with its "name" and "path".`);
    return plan;
  }
  plan.readable = true;
  for (const [index, resource] of resources.entries()) {
    const { name, path: rawPath } = (resource ?? {}) as { name?: unknown; path?: unknown };
    const label = typeof name === 'string' ? `the resource "${name}"` : `resource number ${index + 1}`;
    const given = Array.isArray(rawPath) && rawPath.length === 1 ? rawPath[0] : rawPath;
    if (typeof given !== 'string' || given.trim() === '') {
      error(`${FILE}: ${label} has no "path"; give the name of its CSV file, like "services.csv".`);
      continue;
    }
    const path = given.trim().replaceAll('\\', '/').replace(/^(\.\/)+/, '');
    if (/^\/|^[a-z][a-z0-9+.-]*:/i.test(path) || path.split('/').includes('..')) {
      error(`${FILE}: ${label} points to "${given}", outside the package; only files inside it are read. Put the file in the package and give its path from there, like "services.csv".`);
      continue;
    }
    plan.listed.add(path);
    const table = tableFor(typeof name === 'string' ? name : '', path, isKnownTable);
    if (!table) {
      plan.findings.push({
        severity: 'warning',
        source: { file: FILE },
        message: `${FILE} lists "${typeof name === 'string' ? name : path}" (${path}), which is not a table of HSDS 3.0 or Ponte's extension; it is ignored.`,
      });
      continue;
    }
    const twice = [...plan.tables].find(([, other]) => other === table);
    if (twice) error(`${FILE} lists the table "${table}" twice (${twice[0]} and ${path}); keep one of them.`);
    else if (!path.toLowerCase().endsWith('.csv')) error(`${FILE} gives ${path} for the table "${table}"; a tabular data package holds CSV files: give the .csv file.`);
    else if (!files.has(path)) error(`${FILE} lists ${path}, but the package has no such file. Add the file, or remove it from the "resources" of ${FILE}.`);
    else plan.tables.set(path, table);
  }
  return plan;
}

/** The table a resource holds: by its name, or else by its file name; singular names as other HSDS
 *  tools write them (service, taxonomy, address) and `-` for `_` are accepted. */
function tableFor(name: string, path: string, isKnownTable: (name: string) => name is TableName): TableName | undefined {
  const fileName = path.split('/').pop()!.replace(/\.csv$/i, '');
  for (const given of [name, fileName]) {
    const base = given.trim().toLowerCase().replaceAll('-', '_');
    const found = [base, `${base}s`, `${base}es`, base.replace(/y$/, 'ies')].find(isKnownTable);
    if (found) return found;
  }
  return undefined;
}

