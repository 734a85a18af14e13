// Tables → an HSDS 3.0 tabular data package: datapackage.json and one CSV per non-empty table, as
// a city's content editor opens them in Excel or LibreOffice and a translator edits them. The bytes
// depend only on the tables (fixed table and column order, no dates), so exporting the same
// directory twice gives the same files and a version control diff shows only what changed.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileOf, HSDS_TABLES, PONTE_TABLES, TABLE_COLUMNS, type HsdsTableName, type PonteTableName, type Tables } from './tables';

/** Tables in the order they are written and listed: HSDS's own, then Ponte's extension. */
const WRITTEN_TABLES = [...Object.keys(HSDS_TABLES), ...Object.keys(PONTE_TABLES)] as (HsdsTableName | PonteTableName)[];

/** What each extension table holds, for the person who opens datapackage.json to find out. */
const PONTE_DESCRIPTIONS: Record<PonteTableName, string> = {
  ponte_settings: "Settings of the directory: `language` (the language of HSDS's own text columns), `timezone` (IANA) and `translations_from` (the language translators translate from).",
  ponte_services: 'What Ponte adds to a service: promised response hours, free, appointment required, WhatsApp, violence and danger kinds (space-separated), time zone.',
  ponte_phones: "A phone's purpose: main, appointments, helpline or emergency.",
  ponte_need_terms: "Which of Ponte's needs a taxonomy term stands for.",
  ponte_rights_cards: "Rights cards (what a person is entitled to and how to ask for it), in the directory's language.",
  ponte_rights_card_services: 'The services that help with a rights card, in the order shown.',
  ponte_rights_card_documents: 'What to bring for a rights card, in the order shown.',
  ponte_translations: 'Every text in another language: the table (link_entity), row (link_id) and column (field) it translates, the language (easy read is `<lang>-x-easy`), the text, and the text it was translated from.',
  ponte_ids: "Ponte's own id of a record whose HSDS id is made from it: its page address (/service/<ponte_id>), kept so that printed links and QR codes keep working.",
};

/** What a column of Ponte's tables holds, where its name alone does not say it: datapackage.json
 *  is where a translator or an editor looks it up. */
const PONTE_FIELD_DESCRIPTIONS: Record<string, string> = {
  'ponte_translations.link_entity': 'The kind of record the text belongs to: organization, service, accessibility, required_document, ponte_rights_card or ponte_rights_card_document.',
  'ponte_translations.link_id': "The id of that record (its HSDS id; a service's page name, like night-shelter, works too).",
  'ponte_translations.field': 'The column of that record the text translates, e.g. name or description.',
  'ponte_translations.language': 'The language of the text: fr, ar, uk…; easy read is the language followed by -x-easy (es-x-easy).',
  'ponte_translations.text': 'The text in that language. In easy read, one sentence a line.',
  'ponte_translations.translated_from': 'The text this was translated from (the English one, or the city\'s own when there is no English), copied as it was. When that text changes, the translation is reported as out of date and the city\'s language is shown until it is translated again. Empty for easy read.',
  'ponte_services.response_hours': 'The time, in hours, the service promises to answer a contact request within.',
  'ponte_services.free': 'true when the service costs nothing for anyone it serves, else false.',
  'ponte_services.appointment_required': 'true when a time must be booked first; false when people can walk in or simply call; empty when not known.',
  'ponte_services.whatsapp': 'A WhatsApp number where the service answers, like +34 611 550 120.',
  'ponte_services.violence': 'specialist: it helps people facing violence or abuse; unsafe_if_violence: it must never come first for words about violence (mediation); empty otherwise.',
  'ponte_services.danger_kinds': 'The kinds of danger the service answers first, space-separated: partner, self-harm, children, hate.',
  'ponte_services.timezone': "The service's time zone, only when it is not the city's (ponte_settings timezone).",
  'ponte_phones.purpose': 'main, appointments, helpline or emergency.',
  'ponte_need_terms.need': "One of Ponte's needs: housing, food, money, work, health, legal, family, older, disability, migrants, safety, digital.",
  'ponte_ids.ponte_id': "Ponte's own id of the record: the name in its page address, printed on posters and QR codes. Never change it once published.",
};

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a `'` in front, and
 *  so does one that already starts with quotes before such a sign, so that reading removes exactly
 *  one (csv-read.ts) and every value comes back as it was. Numbers like -5.66 stay numbers. */
export function neutralise(cell: string): string {
  return /^'*[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: a cell is quoted when it holds a separator (`,`, or the `;` and tab other software
 *  may take for one), a quote or a line break, or starts or ends with a space a reader might trim. */
export function csvCell(value: string): string {
  const cell = neutralise(value);
  return /[,;\t"\r\n]|^ | $/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The file's text: BOM (so that Excel reads accents as UTF-8), header, rows, CR LF line ends. */
export function csvText(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  const lines = [columns.join(',')];
  for (const values of rows) lines.push(columns.map((column) => csvCell(values[column] ?? '')).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function writeCsvPackage(folder: string, tables: Tables): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const written: string[] = [];
  const resources: object[] = [];
  for (const name of WRITTEN_TABLES) {
    const rows = tables[name]?.rows ?? [];
    if (rows.length === 0) continue; // an empty table is no file: the package lists only what it has
    const columns = TABLE_COLUMNS[name];
    const file = fileOf(name);
    await writeFile(join(folder, file), csvText(columns, rows.map((row) => row.values)));
    written.push(join(folder, file));
    resources.push({
      name,
      path: file,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      ...(name in PONTE_DESCRIPTIONS ? { description: PONTE_DESCRIPTIONS[name as PonteTableName] } : {}),
      schema: {
        fields: columns.map((column) => {
          const description = PONTE_FIELD_DESCRIPTIONS[`${name}.${column}`];
          return { name: column, type: 'string', ...(description ? { description } : {}) };
        }),
      },
    });
  }
  const datapackage = { name: 'ponte-directory', profile: 'tabular-data-package', resources };
  await writeFile(join(folder, 'datapackage.json'), `${JSON.stringify(datapackage, null, 2)}\n`);
  written.push(join(folder, 'datapackage.json'));
  return written;
}
