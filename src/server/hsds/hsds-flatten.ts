// Nested HSDS 3.0 JSON → rows of HSDS's tables. Every nested object becomes a row of its own
// table with the link to its parent filled in (a phone inside a service gets `service_id`), so
// that JSON and the CSV package meet as the same `Tables`. The same object met twice (one
// organization nested in every service it runs) is one row; two different objects sharing an
// id are an error naming both places.
import { aKind, EDGES, TABLE_OF, UNUSED_ARRAYS, UNUSED_OBJECTS, type Kind } from './hsds-shape';
import { PONTE_TABLES, TABLE_COLUMNS, fileOf, type Finding, type HsdsTableName, type PonteTableName, type Row, type RowSource, type TableName, type Tables } from './tables';

interface Kept {
  row: Row;
  /** Columns filled from the object's parent rather than written in the object itself. */
  fromParent: Set<string>;
}

const where = (s: RowSource) => (s.path ? `${s.file}: ${s.path}` : s.file);
const short = (v: string) => JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}…` : v);
const child = (path: string, field: string) => (path ? `${path}.${field}` : field);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export class Flattener {
  readonly findings: Finding[] = [];
  private readonly kept = new Map<HsdsTableName, Map<string, Kept>>();
  private readonly ponte = new Map<PonteTableName, Row[]>();
  private readonly warned = new Set<string>();

  /** Reads one HSDS object of `kind` and everything nested in it; returns its id. */
  add(kind: Kind, value: unknown, file: string, path: string, parent?: { kind: Kind; id: string; link: string }): string | undefined {
    const source: RowSource = path ? { file, path } : { file };
    if (!isObject(value)) {
      this.error(source, `expected ${aKind(kind)} (an object in braces), found ${Array.isArray(value) ? 'a list' : JSON.stringify(value)}.`);
      return undefined;
    }
    const table = TABLE_OF[kind];
    const columns = TABLE_COLUMNS[table];
    const values: Record<string, string> = {};
    const edges = EDGES[kind];
    for (const [field, v] of Object.entries(value)) {
      if (columns.includes(field)) {
        const text = this.scalar(v, source, field);
        if (text) values[field] = text;
      } else if (!edges.some((e) => e.field === field) && !UNUSED_ARRAYS[kind]?.includes(field) && !UNUSED_OBJECTS.includes(field)) {
        this.warnOnce(`${file}|${kind}|${field}`, { severity: 'warning', source, column: field, message: `the field "${field}" of ${aKind(kind)} is not part of HSDS 3.0 or Ponte's extension; it is ignored.` });
      }
    }
    const id = values.id;
    if (!id) {
      this.error(source, `${aKind(kind)} without an "id": every HSDS object needs one (a UUID).`);
      return undefined;
    }
    const fromParent = new Set<string>();
    if (parent) {
      if (values[parent.link] && values[parent.link] !== parent.id) {
        this.error(source, `${parent.link} is ${short(values[parent.link]!)}, but this ${kind.replaceAll('_', ' ')} is inside ${aKind(parent.kind)} whose id is ${short(parent.id)}: remove ${parent.link} or move the object.`, parent.link);
      } else if (!values[parent.link]) {
        values[parent.link] = parent.id;
        fromParent.add(parent.link);
      }
      if (kind === 'attribute' && !values.link_entity) {
        values.link_entity = parent.kind;
        fromParent.add('link_entity');
      }
    }
    // A nested single object (a service's organization) fills the parent's own link column.
    for (const edge of edges) {
      const nested = value[edge.field];
      if (edge.how !== 'one' || !isObject(nested) || nested.id === undefined || nested.id === null) continue;
      const nestedId = String(nested.id);
      if (values[edge.link] && values[edge.link] !== nestedId) {
        this.error(source, `${edge.link} is ${short(values[edge.link]!)}, but the ${edge.field} inside it has the id ${short(nestedId)}: make them the same.`, edge.link);
      } else values[edge.link] = nestedId;
    }
    this.keep(kind, table, { values, source }, fromParent);
    for (const edge of edges) {
      const nested = value[edge.field];
      if (nested === undefined || nested === null) continue;
      const nestedPath = child(path, edge.field);
      if (edge.how === 'one') {
        this.add(edge.kind, nested, file, nestedPath);
      } else if (!Array.isArray(nested)) {
        this.error(source, `"${edge.field}" must be a list (in square brackets) of ${edge.field.replaceAll('_', ' ')}.`, edge.field);
      } else {
        nested.forEach((item, i) => this.add(edge.kind, item, file, `${nestedPath}[${i}]`, { kind, id, link: edge.link }));
      }
    }
    return id;
  }

  /** Reads one row of a Ponte table (ponte.json holds them as plain row objects). */
  addPonteRow(table: PonteTableName, value: unknown, file: string, path: string): void {
    const source = { file, path };
    if (!isObject(value)) return this.error(source, `expected a row of ${table} (an object in braces).`);
    const values: Record<string, string> = {};
    for (const [field, v] of Object.entries(value)) {
      if (!PONTE_TABLES[table].includes(field as never)) {
        this.warnOnce(`${file}|${table}|${field}`, { severity: 'warning', source, column: field, message: `the column "${field}" is not part of ${table}; it is ignored.` });
        continue;
      }
      const text = this.scalar(v, source, field);
      if (text) values[field] = text;
    }
    (this.ponte.get(table) ?? this.ponte.set(table, []).get(table)!).push({ values, source });
  }

  error(source: RowSource, message: string, column?: string): void {
    this.findings.push({ severity: 'error', source, ...(column ? { column } : {}), message });
  }

  warnOnce(key: string, finding: Finding): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.findings.push(finding);
  }

  /** Each table named after the JSON file its rows were read from (services.json), as findings say. */
  tables(): Tables {
    const out: Tables = {};
    const table = (name: TableName, rows: Row[]) => ({ file: rows[0]?.source.file ?? fileOf(name), columns: [...TABLE_COLUMNS[name as keyof typeof TABLE_COLUMNS]], rows });
    for (const [name, rows] of this.kept) out[name] = table(name, [...rows.values()].map((k) => k.row));
    for (const [name, rows] of this.ponte) out[name] = table(name, rows);
    return out;
  }

  /** Every cell is a string: numbers and booleans as written, null as missing. */
  private scalar(v: unknown, source: RowSource, field: string): string {
    if (v === null || v === undefined) return '';
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    this.error(source, `"${field}" must be a single value (text or a number), not ${Array.isArray(v) ? 'a list' : 'an object'}.`, field);
    return '';
  }

  private keep(kind: Kind, table: HsdsTableName, row: Row, fromParent: Set<string>): void {
    const rows = this.kept.get(table) ?? this.kept.set(table, new Map()).get(table)!;
    const id = row.values.id!;
    const first = rows.get(id);
    if (!first) return void rows.set(id, { row, fromParent });
    const linked = (column: string) => fromParent.has(column) || first.fromParent.has(column);
    const clashes = Object.entries(row.values).filter(([column, value]) => first.row.values[column] && first.row.values[column] !== value);
    // A field of the object itself that differs says more than a link to another parent.
    const clash = clashes.find(([column]) => !linked(column)) ?? clashes[0];
    if (clash) {
      const [column, value] = clash;
      const before = first.row.values[column]!;
      if (linked(column)) {
        // HSDS's tables give a phone (a language…) one service: nested in two, it stays with the first.
        this.findings.push({
          severity: 'warning',
          source: row.source,
          column,
          message: `${aKind(kind)} with the id ${short(id)} is also at ${where(first.row.source)}, under another parent; HSDS's tables link it to one (${column} ${short(before)}), so it is kept there only. Give each copy its own id to keep both.`,
        });
      } else {
        this.error(row.source, `${aKind(kind)} with the id ${short(id)} is also at ${where(first.row.source)}, with another ${column} (${short(before)} there, ${short(value)} here): two different objects cannot share an id. Give one of them another id.`, column);
      }
      return;
    }
    // The same object again, perhaps with more of its fields (a list gives fewer than a full object).
    for (const [column, value] of Object.entries(row.values)) {
      if (first.row.values[column]) continue;
      first.row.values[column] = value;
      if (fromParent.has(column)) first.fromParent.add(column);
    }
  }
}
