// "Open now / closes at … / opens … at …", computed on the device from the service's weekly
// hours, in the service's own time zone. Everything works on wall-clock minutes of local
// dates, so daylight-saving days need no special case: Intl tells the local time of an instant.
import { DAY_CODES, type Schedule } from './directory';

export type OpeningStatus =
  | { state: 'always' }
  | { state: 'open'; closesAt: string; closesOn: string; today: string }
  | { state: 'closed'; today: string; opensAt?: string; opensOn?: string; closedUntil?: string }
  | { state: 'unknown' };

interface Period {
  start: number; // minutes from the local day's midnight
  end: number; // may exceed 1440 when the period runs past midnight
}

const DAY = 1440;
const LOOKAHEAD_DAYS = 21;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The local date (YYYY-MM-DD) and minute of the day of an instant, in a time zone. */
export function localClock(instant: Date, timeZone: string): { date: string; minutes: number } {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, fmt);
  }
  const part = Object.fromEntries(fmt.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${part.year}-${part.month}-${part.day}`, minutes: Number(part.hour) * 60 + Number(part.minute) };
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday, matching DAY_CODES. */
export function weekdayIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

const toMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const toClock = (minutes: number) => {
  const m = ((minutes % DAY) + DAY) % DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

function closureOn(schedule: Schedule, date: string) {
  return schedule.closures.find((c) => c.valid_from <= date && date <= c.valid_to);
}

/** The periods a service is open that start on a local date, sorted. */
export function periodsOn(schedule: Schedule, date: string): Period[] {
  if (closureOn(schedule, date)) return [];
  const code = DAY_CODES[weekdayIndex(date)];
  return schedule.hours
    .filter((h) => h.byday.split(',').includes(code))
    .map((h) => {
      const start = toMinutes(h.opens_at);
      const end = toMinutes(h.closes_at);
      return { start, end: end <= start ? end + DAY : end };
    })
    .sort((a, b) => a.start - b.start);
}

export function openingStatus(schedule: Schedule, now: Date): OpeningStatus {
  if (schedule.always_open) return { state: 'always' };
  if (schedule.hours.length === 0) return { state: 'unknown' };
  const { date: today, minutes } = localClock(now, schedule.timezone);

  const yesterday = addDays(today, -1);
  const current =
    periodsOn(schedule, today).find((p) => p.start <= minutes && minutes < p.end) ??
    periodsOn(schedule, yesterday)
      .map((p) => ({ start: p.start - DAY, end: p.end - DAY }))
      .find((p) => p.start <= minutes && minutes < p.end);
  if (current) {
    return {
      state: 'open',
      today,
      closesAt: toClock(current.end),
      closesOn: addDays(today, Math.floor(current.end / DAY)),
    };
  }

  const closure = closureOn(schedule, today);
  for (let offset = 0; offset <= LOOKAHEAD_DAYS; offset++) {
    const date = addDays(today, offset);
    const next = periodsOn(schedule, date).find((p) => offset > 0 || p.start > minutes);
    if (next) {
      return { state: 'closed', today, opensAt: toClock(next.start), opensOn: date, closedUntil: closure?.valid_to };
    }
  }
  return { state: 'closed', today, closedUntil: closure?.valid_to };
}

/** The weekly timetable for display: for each day Monday…Sunday, its periods as HH:MM pairs. */
export function weeklyTimetable(schedule: Schedule): { day: number; periods: [string, string][] }[] {
  return DAY_CODES.map((code, day) => ({
    day,
    periods: schedule.hours
      .filter((h) => h.byday.split(',').includes(code))
      .sort((a, b) => a.opens_at.localeCompare(b.opens_at))
      .map((h) => [h.opens_at, h.closes_at] as [string, string]),
  }));
}
