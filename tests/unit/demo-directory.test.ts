// The demo directory keeps its promises: a realistic city, every need, both languages, hours of every kind.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { loadDemoDirectory } from '../../src/server/hsds/demo-package';
import { ServiceSchema, ServiceTextSchema } from '../../src/shared/directory';
import { NEED_IDS } from '../../src/shared/needs';
import { checkDirectory } from '../../src/server/directory-store';
import { vocabularies } from '../../src/content/vocabulary';

const demoDirectory = await loadDemoDirectory();

const { services, organizations, rights } = demoDirectory;

describe('the demo directory', () => {
  it('passes the same checks as any publish', () => {
    expect(() => checkDirectory(demoDirectory)).not.toThrow();
  });

  it('refuses to publish a website that is not http(s): a javascript: link would run when tapped', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'JaVaScRiPt:alert(1)']) {
      const withService = { ...demoDirectory, services: demoDirectory.services.map((s, i) => (i === 0 ? { ...s, url } : s)) };
      expect(() => checkDirectory(withService), url).toThrow(/https:\/\//);
      const withOrganization = { ...demoDirectory, organizations: demoDirectory.organizations.map((o, i) => (i === 0 ? { ...o, url } : o)) };
      expect(() => checkDirectory(withOrganization), url).toThrow(/https:\/\//);
    }
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

  it('orders the safety need with the 24-hour violence line first, and marks who helps with violence and who must not come first', () => {
    const ranked = services.filter((s) => s.need_rank?.safety).sort((a, b) => a.need_rank!.safety! - b.need_rank!.safety!);
    expect(ranked[0]?.id).toBe('violence-24h-line');
    expect(ranked[0]?.schedule.always_open).toBe(true);
    expect(ranked.every((s) => s.needs.includes('safety'))).toBe(true);
    expect(new Set(ranked.map((s) => s.need_rank!.safety)).size).toBe(ranked.length); // no two share a place
    expect(services.filter((s) => s.violence === 'specialist').map((s) => s.id)).toEqual(
      expect.arrayContaining(['violence-24h-line', 'womens-centre-advice', 'child-protection-line']),
    );
    expect(services.find((s) => s.id === 'family-mediation')?.violence).toBe('unsafe_if_violence');
    // The safety need shows the emergency number: one of its services gives it.
    expect(services.filter((s) => s.needs.includes('safety')).flatMap((s) => s.phones).filter((p) => p.purpose === 'emergency').map((p) => p.number)).toContain('112');
  });

  it('answers every kind of danger the search vocabulary names, and names no other', () => {
    const named = new Set(Object.values(vocabularies).flatMap((file) => Object.keys(file.danger_kinds ?? {})));
    const answered = new Set(services.flatMap((s) => s.danger_kinds ?? []));
    expect([...answered].sort()).toEqual([...named].sort());
    const answering = (kind: string) => services.filter((s) => s.danger_kinds?.includes(kind)).map((s) => s.id).sort();
    expect(answering('partner')).toEqual(['violence-24h-line', 'womens-centre-advice']);
    expect(answering('self-harm')).toEqual(['mental-health-listening']);
    expect(answering('children')).toEqual(['child-protection-line']);
    expect(answering('hate')).toEqual(['hate-crime-support']);
    // None of them is unsafe where there is violence.
    expect(services.filter((s) => s.danger_kinds && s.violence === 'unsafe_if_violence')).toEqual([]);
  });

  it('keeps its extension fields readable by devices that do not know them yet (valibot drops unknown keys)', () => {
    const olderDevice = v.omit(ServiceSchema, ['need_rank', 'violence', 'danger_kinds']);
    const line = services.find((s) => s.id === 'violence-24h-line')!;
    const read = v.safeParse(olderDevice, line);
    expect(read.success).toBe(true);
    expect(read.output).not.toHaveProperty('need_rank');
    expect(read.output).not.toHaveProperty('danger_kinds');
  });

  it('says for every service whether it is free and whether it needs an appointment, as its texts say', () => {
    // What the results filters rely on ("free of charge", "no appointment needed").
    for (const s of services) {
      expect(typeof s.free, s.id).toBe('boolean');
      expect(typeof s.appointment_required, `${s.id}: appointment_required`).toBe('boolean');
      // Free means nothing to pay for anyone: a fee text other than "Free of charge." is not free.
      expect(s.free, `${s.id}: ${s.texts.en.fees_description}`).toBe(s.texts.en.fees_description === 'Free of charge.');
      const how = s.texts.en.application_process!;
      // Walking in, or coming "without an appointment", is never "appointment needed"…
      if (/\b(just come|drop in|walk in|without an appointment|come to the door|or come in)\b|^come (in|during|on)\b/i.test(how)) expect(s.appointment_required, `${s.id}: ${how}`).toBe(false);
      // …and booking with nothing else offered always is.
      else if (/\b(book|referr?al|ahead)\b/i.test(how)) expect(s.appointment_required, `${s.id}: ${how}`).toBe(true);
      // A service without opening hours reads "By appointment": it must say so.
      if (!s.schedule.always_open && s.schedule.hours.length === 0) expect(s.appointment_required, s.id).toBe(true);
    }
    // Both answers are common, so each filter leaves a real choice.
    expect(services.filter((s) => s.appointment_required).length).toBeGreaterThan(10);
    expect(services.filter((s) => s.appointment_required === false).length).toBeGreaterThan(30);
    expect(services.filter((s) => !s.free).map((s) => s.id).sort()).toEqual(['home-help', 'la-atalaya-centre']);
  });

  it('keeps a payload without appointment_required readable (an older server): the service just does not say', () => {
    const { appointment_required: _, ...older } = services[0]!;
    expect(v.safeParse(ServiceSchema, older).success).toBe(true);
    expect(v.safeParse(ServiceSchema, { ...older, appointment_required: 'no' }).success).toBe(false);
  });

  it('refuses a rank that is not a positive whole number, a rank in an unknown need, an unknown stance on violence, or kinds of danger that are not ids', () => {
    const line = services.find((s) => s.id === 'violence-24h-line')!;
    expect(v.safeParse(ServiceSchema, { ...line, need_rank: { safety: 0 } }).success).toBe(false);
    expect(v.safeParse(ServiceSchema, { ...line, need_rank: { shelter: 1 } }).success).toBe(false);
    expect(v.safeParse(ServiceSchema, { ...line, violence: 'maybe' }).success).toBe(false);
    expect(v.safeParse(ServiceSchema, { ...line, danger_kinds: 'partner' }).success).toBe(false);
    expect(v.safeParse(ServiceSchema, { ...line, danger_kinds: ['Self harm'] }).success).toBe(false);
    expect(v.safeParse(ServiceSchema, { ...line, need_rank: { safety: 2, family: 1 } }).success).toBe(true);
  });
});
