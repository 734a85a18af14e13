import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/shared/directory';
import { openingStatus } from '../../src/shared/hours';

const madrid = (hours: [string, string, string][], closures: Schedule['closures'] = []): Schedule => ({
  timezone: 'Europe/Madrid',
  hours: hours.map(([byday, opens_at, closes_at]) => ({ byday, opens_at, closes_at })),
  closures,
});
// Winter in Madrid is UTC+1: 2026-11-24 is a Tuesday.
const at = (iso: string) => new Date(iso);

describe('opening status', () => {
  const split = madrid([['MO,TU,WE,TH,FR', '09:00', '14:00'], ['TU,TH', '16:30', '18:30']]);

  it('is open in the morning period and says when it closes', () => {
    expect(openingStatus(split, at('2026-11-24T09:15:00Z'))).toMatchObject({ state: 'open', closesAt: '14:00', closesOn: '2026-11-24' });
  });
  it('between split periods, opens again the same afternoon', () => {
    expect(openingStatus(split, at('2026-11-24T14:00:00Z'))).toMatchObject({ state: 'closed', opensAt: '16:30', opensOn: '2026-11-24' });
  });
  it('after the last period, opens the next morning', () => {
    expect(openingStatus(split, at('2026-11-24T18:00:00Z'))).toMatchObject({ state: 'closed', opensAt: '09:00', opensOn: '2026-11-25' });
  });
  it('on Friday evening, opens on Monday (closed days skipped)', () => {
    expect(openingStatus(split, at('2026-11-27T16:00:00Z'))).toMatchObject({ state: 'closed', opensAt: '09:00', opensOn: '2026-11-30' });
  });

  const overnight = madrid([['MO,TU,WE,TH,FR,SA,SU', '20:00', '08:30']]);
  it('overnight hours: open after midnight, closing that morning', () => {
    expect(openingStatus(overnight, at('2026-11-24T01:00:00Z'))).toMatchObject({ state: 'open', closesAt: '08:30', closesOn: '2026-11-24' });
  });
  it('overnight hours: open in the evening, closing the next morning', () => {
    expect(openingStatus(overnight, at('2026-11-24T22:00:00Z'))).toMatchObject({ state: 'open', closesAt: '08:30', closesOn: '2026-11-25' });
  });
  it('overnight hours: closed at noon, opens at 20:00', () => {
    expect(openingStatus(overnight, at('2026-11-24T11:00:00Z'))).toMatchObject({ state: 'closed', opensAt: '20:00', opensOn: '2026-11-24' });
  });
  it('a period ending at midnight (00:00) is open at 23:30', () => {
    const late = madrid([['MO,TU,WE,TH,FR,SA,SU', '09:00', '00:00']]);
    expect(openingStatus(late, at('2026-11-24T22:30:00Z'))).toMatchObject({ state: 'open', closesAt: '00:00', closesOn: '2026-11-25' });
  });

  it('a holiday closure closes the day and says until when', () => {
    const withHoliday = madrid([['MO,TU,WE,TH,FR', '09:00', '14:00']], [{ valid_from: '2026-12-08', valid_to: '2026-12-08' }]);
    expect(openingStatus(withHoliday, at('2026-12-08T10:00:00Z'))).toMatchObject({
      state: 'closed',
      closedUntil: '2026-12-08',
      opensAt: '09:00',
      opensOn: '2026-12-09',
    });
  });
  it('a closure over several weeks is skipped to the next opening', () => {
    const summer = madrid([['MO,WE', '10:00', '13:00']], [{ valid_from: '2026-11-23', valid_to: '2026-12-06' }]);
    expect(openingStatus(summer, at('2026-11-24T10:00:00Z'))).toMatchObject({ state: 'closed', opensOn: '2026-12-07', opensAt: '10:00' });
  });

  it("uses the service's time zone, not the device's", () => {
    const newYork: Schedule = { ...madrid([['TU', '09:00', '17:00']]), timezone: 'America/New_York' };
    // 13:00 UTC is 08:00 in New York (closed) but 14:00 in Madrid.
    expect(openingStatus(newYork, at('2026-11-24T13:00:00Z'))).toMatchObject({ state: 'closed', opensAt: '09:00', opensOn: '2026-11-24' });
    expect(openingStatus(newYork, at('2026-11-24T15:00:00Z'))).toMatchObject({ state: 'open', closesAt: '17:00' });
  });

  it('on the spring daylight-saving day, 08:30 UTC is 10:30 in Madrid (open)', () => {
    const sunday = madrid([['SU', '10:00', '14:00']]);
    expect(openingStatus(sunday, at('2026-03-29T08:30:00Z'))).toMatchObject({ state: 'open', closesAt: '14:00' });
  });
  it('on the autumn daylight-saving day, 12:30 UTC is 13:30 in Madrid (still open)', () => {
    const sunday = madrid([['SU', '10:00', '14:00']]);
    expect(openingStatus(sunday, at('2026-10-25T12:30:00Z'))).toMatchObject({ state: 'open' });
    expect(openingStatus(sunday, at('2026-10-25T13:30:00Z'))).toMatchObject({ state: 'closed', opensOn: '2026-11-01' });
  });

  it('round-the-clock services are always open; no hours means unknown', () => {
    expect(openingStatus({ ...madrid([]), always_open: true }, new Date())).toEqual({ state: 'always' });
    expect(openingStatus(madrid([]), new Date())).toEqual({ state: 'unknown' });
  });
});
