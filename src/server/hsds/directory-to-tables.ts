// Ponte's directory as HSDS 3.0 tables plus Ponte's extension tables: what the export writes and
// the HSDS API serves. HSDS's own text columns hold the city's language; every other language,
// easy read included, is a row of `ponte_translations` (see src/content/README.md for the
// mapping, and tables-to-directory.ts for the way back, which must give the same directory).
import type { Directory, Organization, RightsCard, Service } from '../../shared/directory';
import { CITY_LANGUAGE, FALLBACK_LANGUAGE, isEasyTag } from '../../shared/localized';
import { childId, hsdsId } from './ids';
import { needTaxonomy, needTermId } from './needs-taxonomy';
import { alwaysOpenRow, closureRow, hoursRow } from './schedules';
import { fileOf, TABLE_COLUMNS, type HsdsTableName, type PonteTableName, type Tables } from './tables';

type Values = Record<string, string>;
type Texts = Record<string, Record<string, unknown>>;

/** Rows being collected, by table, before they become `Tables`. */
class TableBuilder {
  private readonly rows = new Map<HsdsTableName | PonteTableName, Values[]>();
  /** `language`: the language of HSDS's own text columns. */
  constructor(readonly language: string) {}
  /** A record's text in that language, for HSDS's own column. */
  ownText(texts: Texts, field: string): string {
    const text = texts[this.language]?.[field];
    return typeof text === 'string' ? text : '';
  }
  add(table: HsdsTableName | PonteTableName, values: Values): void {
    const clean = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
    (this.rows.get(table) ?? this.rows.set(table, []).get(table)!).push(clean);
  }
  tables(): Tables {
    const out: Tables = {};
    for (const [table, rows] of this.rows) {
      const file = fileOf(table);
      out[table] = { file, columns: [...TABLE_COLUMNS[table]], rows: rows.map((values) => ({ values, source: { file: '(directory)' } })) };
    }
    return out;
  }
}

export const SOURCE_LANGUAGE = FALLBACK_LANGUAGE;

export function directoryToTables(dir: Directory): Tables {
  const out = new TableBuilder(ownLanguage(dir));
  const zones = dir.services.map((s) => s.schedule.timezone);
  const timezone = mostCommon(zones) ?? 'UTC';
  out.add('ponte_settings', { key: 'language', value: out.language });
  out.add('ponte_settings', { key: 'timezone', value: timezone });
  out.add('ponte_settings', { key: 'translations_from', value: SOURCE_LANGUAGE });

  const taxonomy = needTaxonomy();
  out.add('taxonomies', taxonomy.taxonomy);
  for (const term of taxonomy.terms) out.add('taxonomy_terms', term);

  for (const o of dir.organizations) addOrganization(out, o);
  for (const s of dir.services) addService(out, s, timezone);
  for (const r of dir.rights) addRightsCard(out, r);
  return out.tables();
}

function addOrganization(out: TableBuilder, o: Organization): void {
  const id = hsdsId('organization', o.id);
  keepPonteId(out, 'organization', id, o.id);
  out.add('organizations', { id, name: out.ownText(o.texts, 'name'), description: out.ownText(o.texts, 'description'), email: o.email ?? '', website: o.url ?? '' });
  addTranslations(out, 'organization', id, o.texts, ['name', 'description']);
}

function addService(out: TableBuilder, s: Service, timezone: string): void {
  const id = hsdsId('service', s.id);
  keepPonteId(out, 'service', id, s.id);
  const fields = ['name', 'description', 'eligibility_description', 'application_process', 'fees_description'] as const;
  out.add('services', {
    id,
    organization_id: hsdsId('organization', s.organization_id),
    ...Object.fromEntries(fields.map((f) => [f, out.ownText(s.texts, f)])),
    url: s.url ?? '',
    email: s.email ?? '',
    status: 'active',
    assured_date: s.assured_date ?? '',
  });
  addTranslations(out, 'service', id, s.texts, fields);
  out.add('ponte_services', {
    service_id: id,
    response_hours: String(s.response_hours),
    free: String(s.free),
    appointment_required: s.appointment_required === undefined ? '' : String(s.appointment_required),
    whatsapp: s.whatsapp ?? '',
    violence: s.violence ?? '',
    danger_kinds: (s.danger_kinds ?? []).join(' '),
    timezone: s.schedule.timezone === timezone ? '' : s.schedule.timezone,
  });
  s.needs.forEach((need, i) =>
    out.add('attributes', { id: childId(id, 'need', i), link_id: id, link_entity: 'service', link_type: 'need', taxonomy_term_id: needTermId(need), value: String(s.need_rank?.[need] ?? '') }),
  );
  addListRows(out, 'required_documents', 'required_document', id, s.texts, 'required_documents', (row, document) => ({ id: row, service_id: id, document }));
  s.phones.forEach((p, i) => {
    const phone = childId(id, 'phone', i);
    out.add('phones', { id: phone, service_id: id, number: p.number, type: 'voice' });
    out.add('ponte_phones', { phone_id: phone, purpose: p.purpose });
    if (p.sms) out.add('phones', { id: childId(id, 'sms', i), service_id: id, number: p.number, type: 'text' });
  });
  s.languages.forEach((code, i) => out.add('languages', { id: childId(id, 'language', i), service_id: id, code }));
  const { schedule } = s;
  if (schedule.always_open) out.add('schedules', alwaysOpenRow(childId(id, 'always'), id));
  schedule.hours.forEach((h, i) => out.add('schedules', hoursRow(childId(id, 'hours', i), id, h)));
  schedule.closures.forEach((c, i) => out.add('schedules', closureRow(childId(id, 'closure', i), id, c)));
  addLocation(out, s, id);
}

/** One location a service: its address and the accessibility of its door. */
function addLocation(out: TableBuilder, s: Service, serviceId: string): void {
  const hasAccessibility = Object.values(s.texts).some((t) => t.accessibility);
  if (!s.address && !hasAccessibility) return;
  const location = childId(serviceId, 'location');
  const a = s.address;
  out.add('locations', { id: location, location_type: a ? 'physical' : 'virtual', latitude: num(a?.latitude), longitude: num(a?.longitude) });
  out.add('service_at_locations', { id: childId(serviceId, 'service_at_location'), service_id: serviceId, location_id: location });
  if (a) {
    out.add('addresses', {
      id: childId(location, 'address'),
      location_id: location,
      address_1: a.address_1,
      city: a.city,
      state_province: a.state_province ?? '',
      postal_code: a.postal_code,
      country: a.country ?? '',
      address_type: 'physical',
    });
  }
  if (hasAccessibility) {
    const row = childId(location, 'accessibility');
    out.add('accessibility', { id: row, location_id: location, description: out.ownText(s.texts, 'accessibility') });
    addTranslations(out, 'accessibility', row, s.texts, ['accessibility'], { accessibility: 'description' });
  }
}

function addRightsCard(out: TableBuilder, r: RightsCard): void {
  const id = hsdsId('ponte_rights_card', r.id);
  keepPonteId(out, 'ponte_rights_card', id, r.id);
  const fields = ['title', 'summary', 'who', 'how'] as const;
  out.add('ponte_rights_cards', { id, ...Object.fromEntries(fields.map((f) => [f, out.ownText(r.texts, f)])) });
  addTranslations(out, 'ponte_rights_card', id, r.texts, fields);
  r.needs.forEach((need, i) =>
    out.add('attributes', { id: childId(id, 'need', i), link_id: id, link_entity: 'ponte_rights_card', link_type: 'need', taxonomy_term_id: needTermId(need) }),
  );
  r.service_ids.forEach((service, i) =>
    out.add('ponte_rights_card_services', { id: childId(id, 'service', i), rights_card_id: id, service_id: hsdsId('service', service) }),
  );
  addListRows(out, 'ponte_rights_card_documents', 'ponte_rights_card_document', id, r.texts, 'bring', (row, document) => ({ id: row, rights_card_id: id, document }));
}

/** A list in every language (what to bring) as one row per item, translations by row. */
function addListRows(out: TableBuilder, table: HsdsTableName | PonteTableName, entity: string, parent: string, texts: Texts, field: string, row: (id: string, text: string) => Values): void {
  const lists = Object.entries(texts).map(([lang, t]) => [lang, (t[field] as readonly string[] | undefined) ?? []] as const);
  const length = Math.max(0, ...lists.map(([, list]) => list.length));
  for (let i = 0; i < length; i++) {
    const id = childId(parent, entity, i);
    out.add(table, row(id, (texts[out.language]?.[field] as readonly string[] | undefined)?.[i] ?? ''));
    const itemTexts = Object.fromEntries(lists.filter(([, list]) => list[i] !== undefined).map(([lang, list]) => [lang, { document: list[i] }]));
    addTranslations(out, entity, id, itemTexts, ['document']);
  }
}

/** A row of `ponte_translations` for every language but the city's, with the text a translation
 *  was made from (so that a later change of that text shows the translation is out of date). */
function addTranslations(out: TableBuilder, entity: string, id: string, texts: Texts, fields: readonly string[], columns: Record<string, string> = {}): void {
  // Languages in a fixed order: the database keeps an object's keys in an order of its own, and
  // the same directory must give the same file.
  for (const [language, t] of Object.entries(texts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (language === out.language) continue;
    const translated = language !== SOURCE_LANGUAGE && !isEasyTag(language);
    for (const field of fields) {
      const text = t[field];
      if (typeof text !== 'string' || text === '') continue;
      const from = translated ? texts[SOURCE_LANGUAGE]?.[field] : undefined;
      out.add('ponte_translations', {
        link_entity: entity,
        link_id: id,
        field: columns[field] ?? field,
        language,
        text,
        translated_from: typeof from === 'string' ? from : '',
      });
    }
  }
}


function keepPonteId(out: TableBuilder, entity: string, id: string, ponteId: string): void {
  if (id !== ponteId) out.add('ponte_ids', { link_entity: entity, link_id: id, ponte_id: ponteId });
}

const num = (n: number | undefined) => (n === undefined ? '' : String(n));

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The language HSDS's own columns are written in: the city's (es), unless the directory came
 *  from a package written in another (an English one: then English), told by the names. */
function ownLanguage(dir: Directory): string {
  const named = [...dir.organizations, ...dir.services].map((r) => r.texts as Texts).concat(dir.rights.map((r) => r.texts as Texts));
  const has = (lang: string) => named.filter((texts) => texts[lang]?.name || texts[lang]?.title).length;
  if (named.length === 0 || has(CITY_LANGUAGE) === named.length) return CITY_LANGUAGE;
  const languages = new Set(named.flatMap((texts) => Object.keys(texts)).filter((l) => !isEasyTag(l)));
  return [...languages].sort((a, b) => has(b) - has(a) || (a === CITY_LANGUAGE ? -1 : b === CITY_LANGUAGE ? 1 : 0))[0] ?? CITY_LANGUAGE;
}
