// The directory as HSDS 3.0 JSON in a folder: services.json (full services, as the standard's
// service_full.json), organizations.json, taxonomies.json, taxonomy_terms.json, and ponte.json
// with Ponte's extension tables. readHsdsJson reads the folder back to the same tables.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Flattener } from './hsds-flatten';
import { HsdsNester } from './hsds-nest';
import { HSDS_TABLES, PONTE_TABLES, TABLE_COLUMNS, type HsdsTableName, type PonteTableName, type Row, type Tables } from './tables';

/** A row as a JSON object: columns in the table's order, empty cells left out. */
function rowObject(table: HsdsTableName | PonteTableName, row: Row): Record<string, string> {
  const out: Record<string, string> = {};
  for (const column of TABLE_COLUMNS[table]) if (row.values[column]) out[column] = row.values[column];
  return out;
}

export function jsonPackage(tables: Tables): Record<string, unknown> {
  const nester = new HsdsNester(tables);
  const services = nester.rows('services').map((row) => nester.service(row));
  // Each service is in services.json already: organizations.json holds the organizations alone.
  const organizations = nester.rows('organizations').map((row) => {
    const { services: _, ...organization } = nester.organization(row);
    return organization;
  });
  const taxonomies = nester.rows('taxonomies').map((row) => nester.taxonomy(row));
  const taxonomyTerms = nester.rows('taxonomy_terms').map((row) => nester.taxonomyTerm(row));

  const ponte: Record<string, Record<string, string>[]> = {};
  for (const table of Object.keys(PONTE_TABLES) as PonteTableName[]) {
    const rows = tables[table]?.rows ?? [];
    if (rows.length) ponte[table] = rows.map((row) => rowObject(table, row));
  }
  // HSDS rows no HSDS object holds (the attributes giving a rights card its needs, a location no
  // service is at) travel in ponte.json under their table's name, so that nothing is lost.
  const written = new Flattener();
  services.forEach((s) => written.add('service', s, '', ''));
  organizations.forEach((o) => written.add('organization', o, '', ''));
  taxonomies.forEach((t) => written.add('taxonomy', t, '', ''));
  taxonomyTerms.forEach((t) => written.add('taxonomy_term', t, '', ''));
  const held = written.tables();
  for (const table of Object.keys(HSDS_TABLES) as HsdsTableName[]) {
    const ids = new Set(held[table]?.rows.map((r) => r.values.id));
    const left = (tables[table]?.rows ?? []).filter((r) => r.values.id && !ids.has(r.values.id));
    if (left.length) ponte[table] = left.map((row) => rowObject(table, row));
  }
  return { 'services.json': services, 'organizations.json': organizations, 'taxonomies.json': taxonomies, 'taxonomy_terms.json': taxonomyTerms, 'ponte.json': ponte };
}

/** Writes the folder (made if missing); returns the paths written. */
export async function writeJsonPackage(folder: string, tables: Tables): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const written: string[] = [];
  for (const [name, content] of Object.entries(jsonPackage(tables))) {
    const path = join(folder, name);
    await writeFile(path, name === 'ponte.json' ? rowsPerLine(content as Record<string, unknown[]>) : `${JSON.stringify(content, null, 2)}\n`);
    written.push(path);
  }
  return written;
}

/** Ponte's tables with one row a line: the translations are most of a directory's bytes, and
 *  so a changed text is a one-line diff, without the indentation of every field. */
function rowsPerLine(tables: Record<string, unknown[]>): string {
  const entries = Object.entries(tables).map(([table, rows]) => `  ${JSON.stringify(table)}: [\n${rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]`);
  return `{\n${entries.join(',\n')}\n}\n`;
}
