// A large directory as tables, for tests that read and write packages at a city's real scale:
// 5,000 services with their location, address, phones, opening hours, languages and texts in
// other languages (about 65,000 rows). The values carry what real spreadsheets hold and a CSV
// writer can get wrong: accents, Arabic, commas, quotes, line breaks, phone numbers starting
// with +, negative coordinates.
import type { HsdsTableName, PonteTableName, Row, Tables } from '../../src/server/hsds/tables';

export function generatedTables(services = 5000): Tables {
  const rows = new Map<HsdsTableName | PonteTableName, Row[]>();
  const add = (table: HsdsTableName | PonteTableName, values: Record<string, string>) => {
    const file = `${table}.csv`;
    (rows.get(table) ?? rows.set(table, []).get(table)!).push({ values, source: { file } });
  };
  const organizations = Math.ceil(services / 10);
  for (let o = 0; o < organizations; o++) {
    add('organizations', { id: `org-${o}`, name: `Asociación "Vecinos ${o}", Valdemar`, description: `Ayuda a familias\r\ndel barrio ${o}.` });
  }
  const days = ['MO', 'TU', 'WE', 'TH', 'FR'];
  for (let s = 0; s < services; s++) {
    const id = `svc-${s}`;
    add('services', { id, organization_id: `org-${s % organizations}`, name: `Servicio ${s}: comida, ropa`, description: `Atención sin cita.\nTraiga su DNI; si no lo tiene, venga igual. ${s}`, status: 'active', email: `servicio${s}@example.org` });
    add('locations', { id: `loc-${s}`, name: ` Centro ${s} `, latitude: (43.36 + s / 100000).toFixed(5), longitude: (-5.8448 - s / 100000).toFixed(5) });
    add('addresses', { id: `addr-${s}`, location_id: `loc-${s}`, address_1: `Calle Mayor, ${s}`, city: 'Valdemar', postal_code: '33001', country: 'ES' });
    add('service_at_locations', { id: `sal-${s}`, service_id: id, location_id: `loc-${s}` });
    add('phones', { id: `ph-${s}-1`, service_id: id, number: `+34 985 ${String(s).padStart(3, '0')} 130` });
    add('phones', { id: `ph-${s}-2`, service_id: id, number: '-5', description: '=HYPERLINK("http://x")' });
    for (let d = 0; d < 3; d++) {
      add('schedules', { id: `sch-${s}-${d}`, service_id: id, freq: 'WEEKLY', byday: days.slice(d, d + 2).join(','), opens_at: '09:00', closes_at: '14:00' });
    }
    add('languages', { id: `lang-${s}-es`, service_id: id, name: 'Español', code: 'es' });
    add('languages', { id: `lang-${s}-ar`, service_id: id, name: 'العربية', code: 'ar' });
    add('ponte_services', { service_id: id, response_hours: '48', free: 'true' });
    add('ponte_translations', { link_entity: 'services', link_id: id, field: 'name', language: 'ar', text: `الخدمة ${s} 🍞`, translated_from: `Servicio ${s}: comida, ropa` });
  }
  const tables: Tables = {};
  for (const [table, list] of rows) tables[table] = { file: `${table}.csv`, columns: Object.keys(list[0]!.values), rows: list };
  return tables;
}

/** The rows' values of every table, to compare what was written with what was read back. */
export function valuesByTable(tables: Tables): Record<string, Record<string, string>[]> {
  return Object.fromEntries(Object.entries(tables).map(([name, table]) => [name, table!.rows.map((row) => withoutEmpty(row.values))]));
}

/** '' and a missing column mean the same: a CSV has every column, the generated rows do not. */
const withoutEmpty = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
