// The CSV export of an organisation's requests: UTF-8 with a byte-order mark (so spreadsheets
// read accents and Arabic right), CRLF line ends and RFC 4180 quoting. A cell a spreadsheet would
// run as a formula (starting with = + - @, a tab or a carriage return: OWASP's "CSV injection")
// gets a leading apostrophe, so it is shown as text. The details are the person's own words, so
// a name like =HYPERLINK("http://evil","Click") must never become a live link on a staff PC.
import type { ContactDetails } from '../../shared/contact-request';
import type { StaffRequestRow } from '../contact-requests';
import { dueAt, iso } from './request-view';

// Also after leading spaces: some spreadsheets trim them and then read the formula.
const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;

/**
 * Neutralises a cell. Phone numbers in international form start with "+" ("+34 611 22 33 44"):
 * they are neutralised too, and read "'+34 611 22 33 44". A phone is free text from the person, so
 * "+" followed by anything could be a formula (+HYPERLINK(…) works in some spreadsheets, and
 * +34+611 is arithmetic); the apostrophe costs staff nothing (it is what a spreadsheet shows for
 * text typed with a leading "+") and keeps the leading "+" and zeros instead of a number.
 */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * RFC 4180, every cell quoted (quotes doubled). Spreadsheets set to Spanish, French or Portuguese
 * split a .csv file on ";" rather than ",": an unquoted "hola;=1+1" would become two cells there,
 * the second a live formula. Inside quotes, every spreadsheet keeps it one cell of text.
 */
export function csvCell(cell: string): string {
  return `"${neutralise(cell).replaceAll('"', '""')}"`;
}

export function toCsv(rows: string[][]): string {
  return '\uFEFF' + rows.map((cells) => cells.map(csvCell).join(',') + '\r\n').join('');
}

export const EXPORT_COLUMNS = ['reference', 'service', 'received', 'due', 'state', 'outcome', 'first contact', 'closed', 'name', 'method', 'phone', 'email', 'language', 'message'];

export function exportCsv(opened: { row: StaffRequestRow; details: ContactDetails | null }[], serviceName: (id: string) => string): string {
  const rows = opened.map(({ row, details }) => [
    row.reference,
    serviceName(row.service_id),
    iso(row.received_at)!,
    dueAt(row).toISOString(),
    row.state,
    row.outcome ?? '',
    iso(row.first_contact_at) ?? '',
    iso(row.closed_at) ?? '',
    // Empty where erased (retention, withdrawal).
    details?.name ?? '',
    details?.method ?? '',
    details?.phone ?? '',
    details?.email ?? '',
    details?.language ?? '',
    details?.message ?? '',
  ]);
  return toCsv([EXPORT_COLUMNS, ...rows]);
}
