// What `npm run import` accepts, and which reader reads it: a tabular data package (a folder
// with datapackage.json, or the same as a .zip) or HSDS JSON (a .json file, or a folder of
// them as `npm run export -- --format json` writes).
import { existsSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { readCsvPackage } from './csv-package';
import { readHsdsJson } from './hsds-json';
import type { Finding, Tables } from './tables';

export type SourceFormat = 'tabular data package' | 'HSDS JSON';

export async function readSource(path: string): Promise<{ tables: Tables; findings: Finding[]; format?: SourceFormat }> {
  const fail = (message: string) => ({ tables: {}, findings: [{ severity: 'error' as const, message }] });
  if (!existsSync(path)) return fail(`There is no file or folder "${path}".`);
  if (statSync(path).isDirectory()) {
    if (existsSync(join(path, 'datapackage.json'))) return { ...(await readCsvPackage(path)), format: 'tabular data package' };
    if (existsSync(join(path, 'services.json'))) return { ...(await readHsdsJson(path)), format: 'HSDS JSON' };
    return fail(`The folder "${path}" has neither datapackage.json (a tabular data package) nor services.json (HSDS JSON). Export the directory with "npm run export -- <folder>" to see what a package looks like.`);
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.zip') return { ...(await readCsvPackage(path)), format: 'tabular data package' };
  if (ext === '.json') return { ...(await readHsdsJson(path)), format: 'HSDS JSON' };
  if (ext === '.csv') return fail(`"${path}" is one CSV file; Ponte imports a whole package: put the CSV files in a folder with a datapackage.json that lists them (or zip that folder).`);
  return fail(`"${path}" is neither a folder, a .zip nor a .json file.`);
}
