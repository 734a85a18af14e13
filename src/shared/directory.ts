// The directory model: HSDS 3.0 field names where HSDS has the field, plus Ponte's documented
// extensions (see src/content/README.md): `texts` holds every human-readable field per language
// tag, `schedule.timezone` is an IANA zone, `response_hours` is the promised response time,
// `need_rank` orders a need's services, `violence` says how a service stands towards violence,
// `danger_kinds` names the kinds of danger it answers first (the search vocabulary's kinds).
// One valibot schema checks content at publish (server) and every payload on the device.
import * as v from 'valibot';
import { NEED_IDS } from './needs';

const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));
const clock = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM'));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'expected a lowercase id'));
/** BCP 47 tag: a language, optionally a private-use variant such as en-x-easy (easy-read). */
export const languageTag = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-x-[a-z]{2,8})?$/, 'expected a language tag'));
const needs = v.pipe(v.array(v.picklist(NEED_IDS)), v.minLength(1));
/** A service may have no need yet (an imported directory whose terms map to none): search finds it. */
const serviceNeeds = v.array(v.picklist(NEED_IDS));
const texts = <T extends v.ObjectEntries>(entries: T) =>
  v.record(languageTag, v.partial(v.object(entries)));

export const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type DayCode = (typeof DAY_CODES)[number];

const OpeningHoursSchema = v.object({
  /** HSDS `byday`: comma-separated two-letter days, e.g. "MO,TU,WE". */
  byday: v.pipe(v.string(), v.regex(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/, 'expected days like MO,TU')),
  opens_at: clock,
  /** Earlier than opens_at means the period runs past midnight. */
  closes_at: clock,
});

export const ScheduleSchema = v.object({
  /** IANA time zone; HSDS only has a fixed UTC offset, which breaks on daylight-saving days. */
  timezone: v.string(),
  always_open: v.optional(v.boolean()),
  hours: v.array(OpeningHoursSchema),
  /** Whole days closed (public holidays, summer closures), inclusive. */
  closures: v.array(v.object({ valid_from: isoDate, valid_to: isoDate })),
});

/** A website: only http(s). A `javascript:` or `data:` address is a valid URL too, and would run
 *  or show whatever it holds when a person taps "Website". */
const webAddress = v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//i, 'expected a web address starting with https:// or http://'));

export const PHONE_PURPOSES = ['main', 'appointments', 'helpline', 'emergency'] as const;
export const VIOLENCE_ROLES = ['specialist', 'unsafe_if_violence'] as const;

export const ServiceTextSchema = {
  name: v.string(),
  description: v.string(),
  eligibility_description: v.string(),
  application_process: v.string(),
  required_documents: v.array(v.string()),
  fees_description: v.string(),
  accessibility: v.string(),
};

export const ServiceSchema = v.object({
  id,
  organization_id: id,
  needs: serviceNeeds,
  /** Languages staff speak, as ISO 639-1 codes. */
  languages: v.array(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/))),
  phones: v.array(
    v.object({
      number: v.pipe(v.string(), v.regex(/^\+?[0-9 ]{3,20}$/, 'expected a phone number')),
      purpose: v.picklist(PHONE_PURPOSES),
      sms: v.boolean(),
    }),
  ),
  /** A WhatsApp number where the service answers requests (Ponte extension). */
  whatsapp: v.optional(v.pipe(v.string(), v.regex(/^\+?[0-9 ]{6,20}$/, 'expected a phone number'))),
  email: v.optional(v.pipe(v.string(), v.email())),
  url: v.optional(webAddress),
  /** Where to go; a telephone line may have none. Coordinates may be unknown (then no map). */
  address: v.optional(
    v.object({
      address_1: v.string(),
      postal_code: v.string(),
      city: v.string(),
      /** Kept for HSDS (which requires them on an address); the device does not show them. */
      state_province: v.optional(v.string()),
      country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'expected a two-letter country code'))),
      latitude: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
      longitude: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
    }),
  ),
  schedule: ScheduleSchema,
  /** Free of charge for everyone it serves (HSDS has only `fees_description`, text a device cannot filter on). */
  free: v.boolean(),
  /** Ponte extension: true when a person must book a time first (an appointment, a booking, a
   *  referral) before being seen; false when they can walk in during opening hours or simply
   *  call. HSDS keeps this only in the text of `application_process`. Optional so that payloads
   *  of servers publishing older content still pass: a service without it is "not known", and
   *  the "no appointment needed" filter lists only services that say false. */
  appointment_required: v.optional(v.boolean()),
  response_hours: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** When the information was last checked (HSDS `assured_date`); unknown for some imports. */
  assured_date: v.optional(isoDate),
  texts: texts(ServiceTextSchema),
  /** Order within a need (Ponte extension): 1 comes first; services without a rank follow, by name. */
  need_rank: v.optional(v.record(v.picklist(NEED_IDS), v.pipe(v.number(), v.integer(), v.minValue(1)))),
  /** Ponte extension for search that is safe in a crisis: `specialist` helps people facing violence
   *  or abuse (first for words about violence); `unsafe_if_violence` must never come first for
   *  them (mediation between partners when one of them is violent). */
  violence: v.optional(v.picklist(VIOLENCE_ROLES)),
  /** Ponte extension for search that is safe in a crisis: the kinds of danger this service answers
   *  ("partner", "self-harm": ids of `danger_kinds` in the search vocabulary). For words naming
   *  one of them it comes first, before the other violence specialists. */
  danger_kinds: v.optional(v.array(id)),
});

export const OrganizationSchema = v.object({
  id,
  url: v.optional(webAddress),
  email: v.optional(v.pipe(v.string(), v.email())),
  texts: texts({ name: v.string(), description: v.string() }),
});

export const RightsCardSchema = v.object({
  id,
  needs,
  service_ids: v.array(id),
  texts: texts({
    title: v.string(),
    summary: v.string(),
    who: v.string(),
    how: v.string(),
    bring: v.array(v.string()),
  }),
});

export type Schedule = v.InferOutput<typeof ScheduleSchema>;
export type Service = v.InferOutput<typeof ServiceSchema>;
export type Organization = v.InferOutput<typeof OrganizationSchema>;
export type RightsCard = v.InferOutput<typeof RightsCardSchema>;
export type PhonePurpose = (typeof PHONE_PURPOSES)[number];
export type ViolenceRole = (typeof VIOLENCE_ROLES)[number];

/** The whole directory, as the content team publishes it. */
export const DirectorySchema = v.object({
  organizations: v.array(OrganizationSchema),
  services: v.array(ServiceSchema),
  rights: v.array(RightsCardSchema),
});
export type Directory = v.InferOutput<typeof DirectorySchema>;

export const COLLECTIONS = ['organizations', 'services', 'rights'] as const;
export type Collection = (typeof COLLECTIONS)[number];
