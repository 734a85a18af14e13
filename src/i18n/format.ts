// Dates, times, distances and language names through Intl, in the interface language.
// Intl's objects are slow to make (a list of services makes hundreds of calls): each one is
// made once per language and options, and kept.
const made = new Map<string, unknown>();
/** The Intl object for these arguments, made on first use. */
export function intl<T>(kind: string, make: () => T, ...key: unknown[]): T {
  const id = kind + JSON.stringify(key);
  let value = made.get(id) as T | undefined;
  if (value === undefined) made.set(id, (value = make()));
  return value;
}

const cache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: string, options: Intl.DateTimeFormatOptions) {
  const key = lang + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' })));
  return f;
}
const utcDate = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

/** "24 November 2026" from "2026-11-24". */
export const formatDate = (isoDate: string, lang: string) => dateFormat(lang, { dateStyle: 'long' }).format(utcDate(isoDate));
/** "December 24, 2026 – January 6, 2027", or one date when both are the same, as the language writes ranges. */
export const formatDateRange = (from: string, to: string, lang: string) =>
  from === to ? formatDate(from, lang) : dateFormat(lang, { dateStyle: 'long' }).formatRange(utcDate(from), utcDate(to));
/** "Monday" from "2026-11-23". */
export const formatWeekday = (isoDate: string, lang: string) => dateFormat(lang, { weekday: 'long' }).format(utcDate(isoDate));
/** Monday..Sunday by index 0..6. 2026-11-23 is a Monday. */
export const weekdayName = (index: number, lang: string) =>
  formatWeekday(`2026-11-${String(23 + index).padStart(2, '0')}`, lang);
/** One unit on screen ("1:00 PM", "+34 985 550 140"): it breaks across lines only when it cannot
 *  fit (the body's overflow-wrap), never at its spaces. */
export const unbroken = (text: string) => text.replace(/\s+/g, '\u00a0');
/** A phone number as tel: and sms: links take it: digits (and +) only. */
export const dialable = (number: string) => number.replace(/\s+/g, '');
/** "14:00" or "2:00 PM" from "14:00", as the language writes times, never split across lines. */
export const formatClock = (clock: string, lang: string) =>
  unbroken(dateFormat(lang, { hour: 'numeric', minute: '2-digit' }).format(new Date(`2026-01-01T${clock}:00Z`)));
/** A moment (ISO timestamp) in the device's own time zone. */
export const formatMoment = (iso: string, lang: string) =>
  intl('moment', () => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }), lang).format(new Date(iso));

/** The day of a moment ("3 December 2026"), in the device's own time zone (or `timeZone`). */
export const formatDay = (iso: string, lang: string, timeZone?: string) =>
  intl('day', () => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone }), lang, timeZone).format(new Date(iso));
/** The time of a moment ("10:15", "10:15 AM"), in the device's own time zone (or `timeZone`). */
export const formatTimeOf = (iso: string, lang: string, timeZone?: string) =>
  unbroken(intl('time', () => new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone }), lang, timeZone).format(new Date(iso)));

/** Under a kilometre to the nearest 100 m ("300 m"), then kilometres ("1.4 km"). */
export function formatDistance(km: number, lang: string): string {
  const metres = Math.round(km * 10) * 100;
  return metres < 1000
    ? new Intl.NumberFormat(lang, { style: 'unit', unit: 'meter' }).format(metres)
    : new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(km);
}

/** "Spanish, English and French", with the language's own commas and "and" ("،" and "و" in Arabic). */
/** A size in kilobytes as the reader's language writes it ("84 kB", "84 كيلوبايت"). */
export const formatKilobytes = (bytes: number, lang: string) =>
  new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(bytes / 1000);
/** A size as the reader's language writes it: kilobytes under a megabyte ("840 kB"), then
 *  megabytes with one decimal ("3.4 MB", "2.5 ميغابايت"). Arabic's short form is initials
 *  ("م.ب") few people read: the word is written out there. */
export const formatSize = (bytes: number, lang: string) =>
  bytes < 1e6
    ? formatKilobytes(bytes, lang)
    : new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', unitDisplay: lang.split('-')[0] === 'ar' ? 'long' : 'short', maximumFractionDigits: 1 }).format(bytes / 1e6);

/** Compares two texts as the language sorts them (one collator per language, not one per pair). */
export const compareIn = (lang: string) => intl('collator', () => new Intl.Collator(lang), lang).compare;

export const formatList = (items: string[], lang: string) => intl('list', () => new Intl.ListFormat(lang, { type: 'conjunction' }), lang).format(items);

/** A language's name in the interface language ("Arabic", "árabe"). */
export function languageName(code: string, lang: string): string {
  try {
    return intl('names', () => new Intl.DisplayNames([lang], { type: 'language' }), lang).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Makes the language's collator, language names, list format and dates, each in a task of its
 *  own: made the first time a list or a date is drawn, they would make that one task long (each
 *  takes tens of milliseconds on a slow phone; the first date format is the engine loading its
 *  calendar data: the status bar's "Updated …" took 60 ms at 4× CPU). */
export async function prepareIntl(lang: string, nextTask: () => Promise<void>): Promise<void> {
  const now = new Date().toISOString();
  for (const make of [() => compareIn(lang), () => languageName(lang, lang), () => formatList([], lang), () => formatMoment(now, lang)]) {
    make();
    await nextTask();
  }
}
