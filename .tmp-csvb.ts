import { mkdtempSync } from 'node:fs'; import { tmpdir } from 'node:os'; import { join } from 'node:path';
import { readCsvPackage } from './src/server/hsds/csv-package';
import { writeCsvPackage } from './src/server/hsds/csv-write';
import { generatedTables, valuesByTable } from './tests/helpers/hsds-generated-tables';
import { isDeepStrictEqual } from 'node:util';
const folder = mkdtempSync(join(tmpdir(), 'ponte-csvb-'));
const t = generatedTables(5000);
let t0 = performance.now(); await writeCsvPackage(folder, t); console.log('write ms', performance.now() - t0);
t0 = performance.now(); const r = await readCsvPackage(folder); console.log('read ms', performance.now() - t0, process.memoryUsage().rss/1e6);
const a = valuesByTable(r.tables), b = valuesByTable(t);
for (const k of Object.keys(b)) { for (let i = 0; i < b[k].length; i++) if (!isDeepStrictEqual(a[k]?.[i], b[k][i])) { console.log(k, i, JSON.stringify(a[k]?.[i]), JSON.stringify(b[k][i])); break; } }
console.log(folder);
