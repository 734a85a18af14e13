import { describe, expect, it } from 'vitest';
import { formatClock, formatDistance, weekdayName } from '../../src/i18n/format';

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
});
