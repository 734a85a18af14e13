import { describe, expect, it } from 'vitest';
import { formatClock, formatDateRange, formatDistance, formatList, weekdayName } from '../../src/i18n/format';

describe('formatting through Intl', () => {
  it('writes distances in metres below a kilometre and kilometres above, never "1,000 m"', () => {
    expect(formatDistance(0.04, 'en')).toBe('0 m');
    expect(formatDistance(0.34, 'en')).toBe('300 m');
    expect(formatDistance(0.96, 'en')).toBe('1 km');
    expect(formatDistance(2.345, 'en')).toBe('2.3 km');
    expect(formatDistance(2.345, 'es')).toBe('2,3 km');
  });
  it('writes times and weekday names as each language does', () => {
    expect(formatClock('14:00', 'es')).toBe('14:00');
    expect(formatClock('14:00', 'en')).toMatch(/^2:00\sPM$/);
    expect(weekdayName(0, 'en')).toBe('Monday');
    expect(weekdayName(6, 'es')).toBe('domingo');
  });
  it('keeps a time on one line: "2:00 PM" and "2:00 م" hold no breaking space', () => {
    expect(formatClock('14:00', 'en')).toBe('2:00\u00a0PM');
    expect(formatClock('14:00', 'ar')).not.toMatch(/[ \u2009]/);
  });
  it('writes lists and date ranges as each language does', () => {
    expect(formatList(['Spanish', 'English', 'French'], 'en')).toBe('Spanish, English, and French');
    expect(formatList(['الإسبانية', 'الإنجليزية'], 'ar')).toBe('الإسبانية والإنجليزية');
    expect(formatDateRange('2026-12-08', '2026-12-08', 'en')).toBe('December 8, 2026');
    expect(formatDateRange('2026-12-24', '2027-01-06', 'es')).toMatch(/^24 de diciembre de 2026\s–\s6 de enero de 2027$/);
  });
});

describe('languages named in their own words', () => {
  it('names each interface language as Intl does, without asking Intl', async () => {
    const { ownName } = await import('../../src/app/components/language-picker');
    const { INTERFACE_LANGUAGES } = await import('../../src/shared/routes');
    for (const code of INTERFACE_LANGUAGES) {
      const intl = (new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code).replace(/^./, (c) => c.toLocaleUpperCase(code));
      expect(ownName(code), code).toBe(intl);
    }
    expect(ownName('ro')).toBe('Română'); // any other language: Intl's own
  });
});
