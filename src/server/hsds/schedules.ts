// Opening hours both ways. Ponte keeps weekly periods, whole-day closures and "always open", in
// the city's IANA time zone; HSDS keeps `schedule` rows. Weekly rows (`freq` WEEKLY or empty,
// `byday`, `opens_at`, `closes_at`) are hours; a row with only `valid_from` and `valid_to` is a
// closure; every day from 00:00 to 23:59 (or 24:00) is always open. What cannot be read is left
// out with a warning: the service then shows "ask for hours" rather than wrong hours.
import { DAY_CODES, type Schedule } from '../../shared/directory';
import { isoDate } from './import-fields';
import type { Finding, Row } from './tables';

type Hours = Schedule['hours'][number];
type Closure = Schedule['closures'][number];
const EVERY_DAY = DAY_CODES.join(',');

export const hoursRow = (id: string, serviceId: string, h: Hours) => ({ id, service_id: serviceId, freq: 'WEEKLY', byday: h.byday, opens_at: h.opens_at, closes_at: h.closes_at });
export const closureRow = (id: string, serviceId: string, c: Closure) => ({ id, service_id: serviceId, valid_from: c.valid_from, valid_to: c.valid_to, description: 'Closed' });
export const alwaysOpenRow = (id: string, serviceId: string) => ({ id, service_id: serviceId, freq: 'WEEKLY', byday: EVERY_DAY, opens_at: '00:00', closes_at: '23:59', description: 'Open 24 hours' });

/** "9:00", "09:00:00", "09:00Z", "09:00+01:00" → "09:00"; "24:00" → "00:00" (midnight, as a closing time). */
export function readClock(text: string): string | undefined {
  const m = /^(\d{1,2})[:.](\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i.exec(text.trim());
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours === 24 && minutes === 0) return '00:00';
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${m[2]}`;
}


function readDays(text: string): string | undefined {
  if (!text.trim()) return EVERY_DAY;
  const days = text.toUpperCase().split(',').map((d) => d.trim());
  return days.every((d) => (DAY_CODES as readonly string[]).includes(d)) ? days.join(',') : undefined;
}

/** A service's schedule from its rows (those of the service, else of its location), as of `today`. */
export function readSchedule(rows: Row[], timezone: string, today: string, findings: Finding[]): Schedule {
  const schedule: Schedule = { timezone, hours: [], closures: [] };
  const warn = (row: Row, column: string, message: string) => findings.push({ severity: 'warning', source: row.source, column, message });
  for (const row of rows) {
    const v = row.values;
    const from = v.valid_from?.trim() ?? '';
    const to = v.valid_to?.trim() ?? '';
    if (!v.opens_at?.trim() && !v.closes_at?.trim() && !v.byday?.trim() && (from || to)) {
      const closure = { valid_from: isoDate(from || to), valid_to: isoDate(to || from) };
      if (!closure.valid_from || !closure.valid_to) warn(row, from ? 'valid_from' : 'valid_to', `can't read the dates "${from}"–"${to}" of this closure; write them as 2026-12-25. It is left out.`);
      else if (closure.valid_to < closure.valid_from) warn(row, 'valid_to', `the closure ends (${to}) before it starts (${from}); it is left out.`);
      else schedule.closures.push(closure as Closure);
      continue;
    }
    const freq = (v.freq ?? '').trim().toUpperCase();
    if (freq && freq !== 'WEEKLY') {
      warn(row, 'freq', `Ponte shows weekly hours only; these ${freq.toLowerCase()} hours are left out. Say them in the service's description.`);
      continue;
    }
    const byday = readDays(v.byday ?? '');
    const opens = readClock(v.opens_at ?? '');
    const closes = readClock(v.closes_at ?? '');
    if (!byday) {
      warn(row, 'byday', `can't read the days "${v.byday}"; write them like MO,TU,WE (MO TU WE TH FR SA SU). These hours are left out.`);
      continue;
    }
    if (!opens || !closes) {
      const column = opens ? 'closes_at' : 'opens_at';
      warn(row, column, `can't read the time "${v[column] ?? ''}"; write it like 09:00 or 17:30. These hours are left out.`);
      continue;
    }
    // Ponte keeps one week of hours: hours for a season are taken while they apply, and said.
    const validTo = isoDate(to);
    const validFrom = isoDate(from);
    if (validTo && validTo < today) {
      warn(row, 'valid_to', `these hours ended on ${validTo}; they are left out.`);
      continue;
    }
    if (validFrom && validFrom > today) {
      warn(row, 'valid_from', `these hours start on ${validFrom}; they are left out until then. Import again on that day to show them.`);
      continue;
    }
    if (validTo) warn(row, 'valid_to', `these hours end on ${validTo}, but Ponte shows one week of hours all year: import again after that day so that they are no longer shown.`);
    if (byday === EVERY_DAY && opens === '00:00' && (closes === '23:59' || closes === '00:00')) schedule.always_open = true;
    else schedule.hours.push({ byday, opens_at: opens, closes_at: closes });
  }
  return schedule;
}
