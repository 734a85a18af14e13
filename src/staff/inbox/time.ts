// Times on the staff pages, in the interface language through Intl: "3 hours ago" beside
// "26 Nov 2026, 14:05", so a busy person sees at once how old a request is and can still read
// the exact time.
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 hours ago", "in 2 days", "now": the largest unit that is at least one. */
export function relativeTime(iso: string, now: Date, lang: string): string {
  const difference = new Date(iso).getTime() - now.getTime();
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(difference) >= size) return format.format(Math.trunc(difference / size), unit);
  }
  return format.format(0, 'minute');
}

/** "26 Nov 2026, 14:05" in the person's time zone. */
export const absoluteTime = (iso: string, lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** "26 November 2026". */
export const longDate = (iso: string, lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso));

/** A duration in hours in words: "45 minutes", "5.5 hours", "3 days". */
export function durationInWords(hours: number, lang: string): string {
  const unit = (value: number, name: 'minute' | 'hour' | 'day') =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'long', maximumFractionDigits: 1 }).format(value);
  if (hours < 1) return unit(Math.round(hours * 60), 'minute');
  if (hours < 48) return unit(hours, 'hour');
  return unit(hours / 24, 'day');
}

export const percentInWords = (pct: number, lang: string) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(pct / 100);
