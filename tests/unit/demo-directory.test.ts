// The demo directory keeps its promises: a realistic city, every need, both languages, hours of every kind.
import { describe, expect, it } from 'vitest';
import { demoDirectory } from '../../src/content';
import { ServiceTextSchema } from '../../src/shared/directory';
import { NEED_IDS } from '../../src/shared/needs';
import { checkDirectory } from '../../src/server/directory-store';

const { services, organizations, rights } = demoDirectory;

describe('the demo directory', () => {
  it('passes the same checks as any publish', () => {
    expect(() => checkDirectory(demoDirectory)).not.toThrow();
  });

  it('has at least 60 services from at least 30 organisations, and 20 rights cards', () => {
    expect(services.length).toBeGreaterThanOrEqual(60);
    expect(new Set(services.map((s) => s.organization_id)).size).toBeGreaterThanOrEqual(30);
    expect(rights.length).toBeGreaterThanOrEqual(20);
    expect(organizations.length).toBeGreaterThanOrEqual(30);
  });

  it.each(NEED_IDS)('covers the need "%s" with services and a rights card', (need) => {
    expect(services.filter((s) => s.needs.includes(need)).length).toBeGreaterThanOrEqual(4);
    expect(rights.some((r) => r.needs.includes(need))).toBe(true);
  });

  it('has every text in English and Spanish, none left empty', () => {
    for (const s of services) {
      for (const lang of ['en', 'es']) {
        for (const field of Object.keys(ServiceTextSchema)) {
          expect(s.texts[lang]?.[field as keyof typeof ServiceTextSchema], `${s.id} ${lang} ${field}`).toBeTruthy();
        }
      }
      expect(s.texts.en.description, `${s.id}: the Spanish text must be a translation`).not.toBe(s.texts.es.description);
    }
    for (const r of rights) for (const lang of ['en', 'es']) expect(r.texts[lang]?.summary, r.id).toBeTruthy();
  });

  it('has hours of every kind: split, overnight, weekends, closed days, closures, round the clock, by appointment', () => {
    const schedules = services.map((s) => s.schedule);
    const days = (sch: (typeof schedules)[number]) => sch.hours.flatMap((h) => h.byday.split(','));
    expect(schedules.some((s) => s.hours.filter((h) => h.byday.includes('TU')).length >= 2)).toBe(true); // split
    expect(schedules.some((s) => s.hours.some((h) => h.closes_at < h.opens_at))).toBe(true); // overnight
    expect(schedules.some((s) => days(s).includes('SA') || days(s).includes('SU'))).toBe(true);
    expect(schedules.some((s) => s.hours.length > 0 && new Set(days(s)).size < 5)).toBe(true); // closed weekdays
    expect(schedules.some((s) => s.closures.some((c) => c.valid_from !== c.valid_to))).toBe(true); // long closures
    expect(schedules.some((s) => s.always_open)).toBe(true);
    expect(schedules.some((s) => !s.always_open && s.hours.length === 0)).toBe(true);
  });

  it('has several phones, languages spoken and promised response times', () => {
    expect(services.some((s) => s.phones.length >= 2)).toBe(true);
    expect(services.filter((s) => s.phones.some((p) => p.sms)).length).toBeGreaterThan(20);
    expect(new Set(services.flatMap((s) => s.languages)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(services.map((s) => s.response_hours)).size).toBeGreaterThanOrEqual(4);
  });
});
