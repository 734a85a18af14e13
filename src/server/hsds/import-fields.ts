// Reading one cell as what Ponte needs (a yes/no, a number, an e-mail address, a web address, a
// phone number, a coordinate), saying what to write instead when it can't be read.
import * as v from 'valibot';
import type { ImportContext } from './import-context';
import type { Row } from './tables';

const emailSchema = v.pipe(v.string(), v.email());
const webSchema = v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//i));

export const cell = (row: Row, column: string) => row.values[column]?.trim() ?? '';

/** true/false (also yes/no, 1/0); '' is unknown. */
export function readBoolean(ctx: ImportContext, row: Row, column: string): boolean | undefined {
  const text = cell(row, column).toLowerCase();
  if (!text) return undefined;
  if (['true', 'yes', '1'].includes(text)) return true;
  if (['false', 'no', '0'].includes(text)) return false;
  ctx.error(row, column, `"${cell(row, column)}" is neither true nor false; write true or false.`);
  return undefined;
}

/** A whole number of at least 1, or undefined (with an error when something else is written). */
export function readCount(ctx: ImportContext, row: Row, column: string, what: string): number | undefined {
  const text = cell(row, column);
  if (!text) return undefined;
  if (/^\d+$/.test(text) && Number(text) >= 1) return Number(text);
  ctx.error(row, column, `"${text}" is not ${what}; write a whole number such as 48.`);
  return undefined;
}

/** An optional e-mail or web address: one that can't be used is left out, with a warning. */
export function readAddress(ctx: ImportContext, row: Row, column: string, kind: 'email' | 'web'): string | undefined {
  const text = cell(row, column);
  if (!text) return undefined;
  if (v.is(kind === 'email' ? emailSchema : webSchema, text)) return text;
  ctx.warn(row, column, kind === 'email' ? `"${text}" is not an e-mail address; it is left out.` : `"${text}" is not a web address starting with https:// or http://; it is left out.`);
  return undefined;
}

/** A telephone number as Ponte dials it: digits and spaces, an optional + in front. Brackets,
 *  dashes, dots and slashes people write between the digits become spaces; quotes around it
 *  (some exports keep a spreadsheet's, even HSDS's own examples) go. */
export function readPhoneNumber(ctx: ImportContext, row: Row, column: string): string | undefined {
  const text = cell(row, column);
  const number = text.replace(/^["'“”]+|["'“”]+$/g, '').replace(/[()\-./]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (/^\+?[0-9 ]{3,20}$/.test(number)) return number;
  ctx.error(row, column, `"${text}" is not a telephone number; write it with digits and spaces, like +34 985 550 130.`);
  return undefined;
}

/** A latitude or longitude; a decimal comma ("43,5462", as Spanish spreadsheets write it) is read too. */
export function readCoordinate(ctx: ImportContext, row: Row, column: 'latitude' | 'longitude'): number | undefined {
  const text = cell(row, column).replace(/^(-?\d+),(\d+)$/, '$1.$2');
  if (!text) return undefined;
  const n = Number(text);
  const limit = column === 'latitude' ? 90 : 180;
  const example = column === 'latitude' ? '43.5462' : '-5.6631';
  if (/^-?\d+(\.\d+)?$/.test(text) && Math.abs(n) <= limit) return n;
  if (/^-?\d{4,}$/.test(text)) {
    // A whole number of thousands off the globe is a damaged one, not a missing one: spreadsheets
    // set to Spanish or French read "-5.664" as minus five thousand six hundred and sixty-four.
    ctx.error(row, column, `${cell(row, column)} is no ${column} (they go from -${limit} to ${limit}). A spreadsheet set to a language that writes 1.000 for a thousand may have read the decimal point as a thousands separator: open the CSV choosing the language "English (USA)", or the column as Text, and write it as ${example}.`);
    return undefined;
  }
  ctx.warn(row, column, `can't read the ${column} "${cell(row, column)}"; write it as a number between -${limit} and ${limit}, such as ${example}. The map is left out.`);
  return undefined;
}

/** The date a YYYY-MM-DD text names, if it is a real day (not 2026-02-30). */
export function isoDate(text: string): string | undefined {
  const t = text.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === t ? t : undefined;
}

/** A date as YYYY-MM-DD, or undefined with a warning. */
export function readDate(ctx: ImportContext, row: Row, column: string): string | undefined {
  const text = cell(row, column);
  if (!text) return undefined;
  if (isoDate(text)) return text;
  ctx.warn(row, column, `can't read the date "${text}"; write it as year-month-day, like 2026-03-12 (format the column as Text so the spreadsheet keeps it so). It is left out.`);
  return undefined;
}

/** An IANA time zone name that this machine knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return /\//.test(name) || name === 'UTC';
  } catch {
    return false;
  }
}
