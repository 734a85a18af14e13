// What every part of the import shares: the tables indexed by id, Ponte's id of each record,
// the translations by record, and the findings with the place they point at.
import { languageTag } from '../../shared/directory';
import * as v from 'valibot';
import { ponteIdFrom } from './ids';
import { fileOf, RowLinks, type Finding, type Row, type TableName, type Tables } from './tables';

const PONTE_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

export class ImportContext {
  readonly findings: Finding[] = [];
  private readonly byId = new Map<TableName, Map<string, Row>>();
  private readonly ponteIds = new Map<string, string>();
  /** entity/link_id → language → field → text */
  private readonly translations = new Map<string, Map<string, Map<string, string>>>();

  constructor(
    readonly tables: Tables,
    /** The language of HSDS's own text columns. */
    readonly language: string,
    /** The language translations are made from (their `translated_from`). */
    readonly sourceLanguage: string,
  ) {
    this.readPonteIds();
  }

  error(row: Row | undefined, column: string | undefined, message: string): void {
    this.findings.push({ severity: 'error', ...(row ? { source: row.source } : {}), ...(column ? { column } : {}), message });
  }
  warn(row: Row | undefined, column: string | undefined, message: string): void {
    this.findings.push({ severity: 'warning', ...(row ? { source: row.source } : {}), ...(column ? { column } : {}), message });
  }

  /** The file a table was read from, for messages; a table the JSON did not have is in no file. */
  file(table: TableName): string {
    const json = Object.values(this.tables).some((t) => t.file.endsWith('.json'));
    return this.tables[table]?.file ?? (json ? 'the file' : fileOf(table));
  }
  rows(table: TableName): Row[] {
    return this.tables[table]?.rows ?? [];
  }

  /** The rows of a table by id; an empty or repeated id is an error, and the repeat is left out. */
  index(table: TableName): Map<string, Row> {
    let map = this.byId.get(table);
    if (map) return map;
    map = new Map();
    for (const row of this.rows(table)) {
      const id = row.values.id?.trim() ?? '';
      if (!id) this.error(row, 'id', 'the id is empty; give every row an id of its own.');
      else if (map.has(id)) this.error(row, 'id', `the id "${id}" is used twice in ${this.file(table)} (first ${where(map.get(id)!)}); give each row an id of its own.`);
      else map.set(id, row);
    }
    this.byId.set(table, map);
    return map;
  }

  /** The rows of `table` whose `column` holds `id`, in file order. */
  linked(table: TableName, column: string, id: string): Row[] {
    return this.links.get(table, column, id);
  }
  private readonly links = new RowLinks((table) => this.rows(table));

  /** Ponte's id (the page address) of a record: from `ponte_ids`, else made from its HSDS id. */
  ponteId(entity: string, hsds: string): string {
    return this.ponteIds.get(`${entity}/${hsds}`) ?? ponteIdFrom(hsds);
  }

  private readPonteIds(): void {
    for (const row of this.rows('ponte_ids')) {
      const { link_entity: entity = '', link_id: id = '', ponte_id: ponte = '' } = row.values;
      if (!PONTE_ID.test(ponte.trim())) this.error(row, 'ponte_id', `"${ponte}" can't be a page address; use lowercase letters, digits and hyphens, like night-shelter.`);
      else this.ponteIds.set(`${entity.trim()}/${id.trim()}`, ponte.trim());
    }
  }

  /** The texts of a record in every language: HSDS's own columns in the package's language, the
   *  rest from `ponte_translations`. `fields` maps Ponte's field to the column it is read from. */
  texts(entity: string, row: Row, fields: Record<string, string>): Record<string, Record<string, string>> {
    const out: Record<string, Record<string, string>> = {};
    const own: Record<string, string> = {};
    for (const [field, column] of Object.entries(fields)) {
      const text = row.values[column]?.trim();
      if (text) own[field] = text;
    }
    if (Object.keys(own).length) out[this.language] = own;
    const translated = this.translations.get(`${entity}/${row.values.id?.trim()}`);
    for (const [language, byColumn] of translated ?? []) {
      for (const [field, column] of Object.entries(fields)) {
        const text = byColumn.get(column);
        if (text !== undefined) (out[language] ??= {})[field] = text;
      }
    }
    return out;
  }

  /** Reads `ponte_translations` once every record is known (`known`: entity → its HSDS ids and
   *  columns), so a translation of nothing, a repeat or an out-of-date one can be named. First
   *  every row is tied to its record (by HSDS id, or by page address as a translator may write
   *  it), then the source language's texts are known, then each translation is checked. */
  readTranslations(known: Map<string, { ids: Map<string, Row>; columns: Set<string> }>): void {
    const rows = this.translationRows(known);
    const sources = new Map(rows.filter((t) => t.language === this.sourceLanguage).map((t) => [`${t.entity}/${t.id}/${t.field}`, t.text]));
    const seen = new Map<string, Row>();
    for (const t of rows) {
      const { row, entity, id, field, language, text, from, target } = t;
      if (!known.get(entity)!.columns.has(field)) {
        this.error(row, 'field', `a ${entity} has no text "${field}"; use one of ${[...known.get(entity)!.columns].join(', ')}.`);
        continue;
      }
      if (!v.is(languageTag, language)) {
        this.error(row, 'language', `"${language}" is not a language code; use a code like fr, or fr-x-easy for easy read.`);
        continue;
      }
      const what = `${entity} ${this.ponteId(entity, id)}, ${field}, ${language}`;
      if (language === this.language) {
        this.warn(row, 'language', `${what}: the city's own language belongs in ${this.file(TABLE_OF[entity] ?? 'services')} itself (column ${field}); this row is ignored.`);
        continue;
      }
      const key = `${entity}/${id}/${field}/${language}`;
      if (seen.has(key)) {
        this.error(row, 'language', `this text is translated twice into ${language} (first ${where(seen.get(key)!)}); keep one.`);
        continue;
      }
      seen.set(key, row);
      if (!text) continue;
      // A translation is made from the source language's text (English), or from the city's own
      // when there is none: it is out of date when neither is still the text it was made from.
      const own = target.values[field]?.trim();
      const source = sources.get(`${entity}/${id}/${field}`);
      if (from && from !== source && from !== own) {
        this.warn(row, 'translated_from', source || own
          ? `${what}: out of date: the text it was translated from has changed since. Translate it again from the ${source ? `${languageName(this.sourceLanguage)} text` : "city's own text"} and copy that text into translated_from. Until then the city's language is shown.`
          : `${what}: there is no text to translate from any more; it is left out.`);
        continue;
      }
      const byLanguage = this.translations.get(`${entity}/${id}`) ?? this.translations.set(`${entity}/${id}`, new Map()).get(`${entity}/${id}`)!;
      (byLanguage.get(language) ?? byLanguage.set(language, new Map()).get(language)!).set(field, text);
    }
  }

  /** Every translation row with the HSDS id of its record; rows of no known record are said and left out. */
  private translationRows(known: Map<string, { ids: Map<string, Row>; columns: Set<string> }>) {
    const byPageAddress = new Map<string, Map<string, string>>();
    const out = [];
    for (const row of this.rows('ponte_translations')) {
      const [entity, given, field, language, text, from] = TRANSLATION_COLUMNS.map((column) => row.values[column]?.trim() ?? '');
      const record = known.get(entity!);
      if (!record) {
        this.error(row, 'link_entity', `"${entity}" is not a kind of record with texts; use one of ${[...known.keys()].join(', ')}.`);
        continue;
      }
      // A translator may well write the name of the page (night-shelter) rather than its UUID.
      let addresses = byPageAddress.get(entity!);
      if (!addresses) byPageAddress.set(entity!, (addresses = new Map([...record.ids.keys()].map((hsds) => [this.ponteId(entity!, hsds), hsds]))));
      const id = record.ids.has(given!) ? given! : (addresses.get(given!) ?? given!);
      const target = record.ids.get(id);
      if (!target) this.warn(row, 'link_id', `there is no ${entity} "${given}"; this translation is left out.`);
      else out.push({ row, entity: entity!, id, field: field!, language: language!, text: text!, from: from!, target });
    }
    return out;
  }
}

/** The table whose own columns hold a kind of record's texts in the city's language. */
const TABLE_OF: Record<string, TableName> = {
  organization: 'organizations',
  service: 'services',
  accessibility: 'accessibility',
  required_document: 'required_documents',
  ponte_rights_card: 'ponte_rights_cards',
  ponte_rights_card_document: 'ponte_rights_card_documents',
};

const TRANSLATION_COLUMNS = ['link_entity', 'link_id', 'field', 'language', 'text', 'translated_from'] as const;

export const where = (row: Row) => (row.source.line ? `on line ${row.source.line}${row.source.row && row.source.row !== row.source.line ? ` (row ${row.source.row})` : ''}` : row.source.path ? `at ${row.source.path}` : 'above');

/** "English" for en: messages are read by people, not by parsers. */
function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames('en', { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
