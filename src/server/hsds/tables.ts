// The shape of a directory on its way in or out: HSDS 3.0's tables (as its tabular data package
// names them) plus Ponte's extension tables, every cell a string, every row remembering where it
// came from so that an error can name the file, line and column. The CSV reader, the JSON reader
// (which flattens nested HSDS objects into these rows), the mapping to Ponte's model and the
// writers all meet here.

/** Where a row was read: a CSV file and the line its record starts on (1 = the header), or a
 *  JSON file and the path of the object inside it. */
export interface RowSource {
  file: string;
  line?: number;
  /** The row a spreadsheet shows it on, where that differs from the line (a cell with line
   *  breaks takes several lines of the file but one row of a spreadsheet). */
  row?: number;
  path?: string;
}

/** One record. Every value is a string; an empty string and a missing column mean the same. */
export interface Row {
  values: Record<string, string>;
  source: RowSource;
}

export interface Table {
  /** The file the table was read from, e.g. "services.csv" (for messages). */
  file: string;
  /** Column names in the order of the file's header (CSV), to say "column C". */
  columns: string[];
  rows: Row[];
}

/** The tables found, by table name (`services`, `ponte_translations`…). */
export type Tables = Partial<Record<TableName, Table>>;

/** HSDS 3.0 tables Ponte reads and writes, with the columns the standard defines (scalar fields
 *  only: nested arrays are other tables). A column not listed is warned about and ignored. */
export const HSDS_TABLES = {
  organizations: ['id', 'name', 'alternate_name', 'description', 'email', 'website', 'tax_status', 'tax_id', 'year_incorporated', 'legal_status', 'logo', 'uri', 'parent_organization_id'],
  services: ['id', 'organization_id', 'program_id', 'name', 'alternate_name', 'description', 'url', 'email', 'status', 'interpretation_services', 'application_process', 'fees_description', 'wait_time', 'fees', 'accreditations', 'eligibility_description', 'minimum_age', 'maximum_age', 'assured_date', 'assurer_email', 'licenses', 'alert', 'last_modified'],
  locations: ['id', 'location_type', 'url', 'organization_id', 'name', 'alternate_name', 'description', 'transportation', 'latitude', 'longitude', 'external_identifier', 'external_identifier_type'],
  addresses: ['id', 'location_id', 'attention', 'address_1', 'address_2', 'city', 'region', 'state_province', 'postal_code', 'country', 'address_type'],
  service_at_locations: ['id', 'service_id', 'location_id', 'description'],
  phones: ['id', 'location_id', 'service_id', 'organization_id', 'contact_id', 'service_at_location_id', 'number', 'extension', 'type', 'description'],
  schedules: ['id', 'service_id', 'location_id', 'service_at_location_id', 'valid_from', 'valid_to', 'dtstart', 'timezone', 'until', 'count', 'wkst', 'freq', 'interval', 'byday', 'byweekno', 'bymonthday', 'byyearday', 'description', 'opens_at', 'closes_at', 'schedule_link', 'attending_type', 'notes'],
  languages: ['id', 'service_id', 'location_id', 'phone_id', 'name', 'code', 'note'],
  required_documents: ['id', 'service_id', 'document', 'uri'],
  accessibility: ['id', 'location_id', 'description', 'details', 'url'],
  taxonomies: ['id', 'name', 'description', 'uri', 'version'],
  taxonomy_terms: ['id', 'code', 'name', 'description', 'parent_id', 'taxonomy', 'language', 'taxonomy_id', 'term_uri'],
  attributes: ['id', 'link_id', 'taxonomy_term_id', 'link_type', 'link_entity', 'value'],
} as const;

/** HSDS tables Ponte has no use for: read without complaint, not written. */
export const HSDS_UNUSED_TABLES = ['contacts', 'cost_options', 'funding', 'metadata', 'meta_table_descriptions', 'organization_identifiers', 'programs', 'service_areas'] as const;

/** Ponte's extension tables (see src/content/README.md), one file each beside HSDS's own. */
export const PONTE_TABLES = {
  /** key, value: `language` (the language of HSDS's own text columns, e.g. es), `timezone`
   *  (IANA, e.g. Europe/Madrid), `translations_from` (the language translators translate from). */
  ponte_settings: ['key', 'value'],
  /** What Ponte adds to a service. `danger_kinds` is space-separated; booleans are true/false. */
  ponte_services: ['service_id', 'response_hours', 'free', 'appointment_required', 'whatsapp', 'violence', 'danger_kinds', 'timezone'],
  /** A phone's purpose: main, appointments, helpline or emergency. */
  ponte_phones: ['phone_id', 'purpose'],
  /** Which of Ponte's needs a taxonomy term stands for (terms named like a need map by themselves). */
  ponte_need_terms: ['taxonomy_term_id', 'need'],
  /** Rights cards, in the package's language; their needs are attributes like a service's. */
  ponte_rights_cards: ['id', 'title', 'summary', 'who', 'how'],
  /** The services that help with a rights card, in the order shown. */
  ponte_rights_card_services: ['id', 'rights_card_id', 'service_id'],
  /** What to bring for a rights card, in the order shown. */
  ponte_rights_card_documents: ['id', 'rights_card_id', 'document'],
  /** Every text in another language: the table and row it belongs to, the column, the language
   *  (easy read is `<lang>-x-easy`) and the text; `translated_from` is the text it was translated
   *  from (in `translations_from`), so that a translation of a text that has since changed is known. */
  ponte_translations: ['link_entity', 'link_id', 'field', 'language', 'text', 'translated_from'],
  /** Ponte's own id of a record whose HSDS id is a UUID made from it: its page address
   *  (/service/<ponte_id>), kept so that printed links and QR codes keep working. */
  ponte_ids: ['link_entity', 'link_id', 'ponte_id'],
} as const;

export type HsdsTableName = keyof typeof HSDS_TABLES;
export type PonteTableName = keyof typeof PONTE_TABLES;
export type TableName = HsdsTableName | PonteTableName | (typeof HSDS_UNUSED_TABLES)[number];

export const TABLE_COLUMNS: Record<HsdsTableName | PonteTableName, readonly string[]> = { ...HSDS_TABLES, ...PONTE_TABLES };

/** The file of each table in a tabular data package: HSDS's own names (the standard calls the
 *  service_at_location file `service_at_location.csv`), Ponte's `ponte_*.csv`. */
export const fileOf = (table: TableName): string => (table === 'service_at_locations' ? 'service_at_location.csv' : `${table}.csv`);

/** A finding of the import: an error blocks publishing, a warning does not. */
export interface Finding {
  severity: 'error' | 'warning';
  /** Where: the row's source, and the column when one is at fault. */
  source?: RowSource;
  column?: string;
  /** What is wrong and what to do, in a sentence. */
  message: string;
}

/** Columns a file must have (a missing one is an error naming it): the standard's required
 *  fields for tabular data, and the keys of Ponte's tables. HSDS requires `status` too; a file
 *  without that column is read as all active, since many spreadsheets leave it out. */
export const REQUIRED_COLUMNS: Partial<Record<TableName, readonly string[]>> = {
  organizations: ['id', 'name'],
  services: ['id', 'organization_id', 'name'],
  locations: ['id'],
  addresses: ['id', 'location_id', 'address_1'],
  service_at_locations: ['id', 'service_id', 'location_id'],
  phones: ['id', 'number'],
  schedules: ['id'],
  languages: ['id'],
  required_documents: ['id', 'service_id', 'document'],
  accessibility: ['id', 'location_id'],
  taxonomies: ['id', 'name'],
  taxonomy_terms: ['id', 'name'],
  attributes: ['id', 'link_id', 'taxonomy_term_id'],
  ponte_settings: ['key', 'value'],
  ponte_services: ['service_id'],
  ponte_phones: ['phone_id', 'purpose'],
  ponte_need_terms: ['taxonomy_term_id', 'need'],
  ponte_rights_cards: ['id', 'title'],
  ponte_rights_card_services: ['rights_card_id', 'service_id'],
  ponte_rights_card_documents: ['rights_card_id', 'document'],
  ponte_translations: ['link_entity', 'link_id', 'field', 'language', 'text'],
  ponte_ids: ['link_entity', 'link_id', 'ponte_id'],
};

/** Rows of a table by the value of one of their columns (a service's phones: phones by
 *  service_id), grouped once per table and column on first use. Empty values link nothing. */
export class RowLinks {
  private readonly groups = new Map<string, Map<string, Row[]>>();
  constructor(private readonly rowsOf: (table: TableName) => Row[]) {}

  get(table: TableName, column: string, value: string): Row[] {
    const key = `${table}.${column}`;
    let groups = this.groups.get(key);
    if (!groups) {
      groups = new Map();
      for (const row of this.rowsOf(table)) {
        const v = row.values[column]?.trim();
        if (v) (groups.get(v) ?? groups.set(v, []).get(v)!).push(row);
      }
      this.groups.set(key, groups);
    }
    return groups.get(value) ?? [];
  }
}
