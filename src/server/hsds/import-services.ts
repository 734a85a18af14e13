// One HSDS service and everything linked to it (phones, languages, documents, its location's
// address and accessibility, schedules, need attributes, Ponte's extension row) as a Ponte service.
import { PHONE_PURPOSES, VIOLENCE_ROLES, type PhonePurpose, type Service, type ViolenceRole } from '../../shared/directory';
import type { NeedId } from '../../shared/needs';
import type { ImportContext } from './import-context';
import { cell, isTimeZone, readAddress, readBoolean, readCoordinate, readCount, readDate, readPhoneNumber } from './import-fields';
import { readSchedule } from './schedules';
import type { Row } from './tables';

export const SERVICE_TEXT_COLUMNS = { name: 'name', description: 'description', eligibility_description: 'eligibility_description', application_process: 'application_process', fees_description: 'fees_description' };
/** A promise Ponte makes for a service whose package promises none (and says so in the report). */
export const DEFAULT_RESPONSE_HOURS = 72;

export interface ServiceSettings {
  timezone: string;
  today: string;
  /** Need of each taxonomy term id, or undefined for terms that stand for none. */
  needOfTerm: (termId: string, row: Row) => NeedId | undefined;
  /** Where the ids of services that promise no response time are collected (one warning for all). */
  unpromised: string[];
}

export function readService(ctx: ImportContext, row: Row, settings: ServiceSettings, organizationId: string): Service {
  const id = cell(row, 'id');
  const extension = ctx.linked('ponte_services', 'service_id', id);
  for (const extra of extension.slice(1)) ctx.error(extra, 'service_id', `this service has a second row in ponte_services.csv; keep one.`);
  const ext = extension[0];
  const location = serviceLocation(ctx, id);
  const texts = ctx.texts('service', row, SERVICE_TEXT_COLUMNS) as Service['texts'];
  addListTexts(ctx, texts, 'required_documents', 'required_document', ctx.linked('required_documents', 'service_id', id));
  const accessibility = location && ctx.linked('accessibility', 'location_id', cell(location, 'id'))[0];
  if (accessibility) {
    for (const [lang, t] of Object.entries(ctx.texts('accessibility', accessibility, { accessibility: 'description' }))) (texts[lang] ??= {}).accessibility = t.accessibility;
  }
  const timezone = ext && cell(ext, 'timezone');
  if (timezone && !isTimeZone(timezone)) ctx.error(ext, 'timezone', `"${timezone}" is not a time zone; use a name like Europe/Madrid.`);
  const needs = serviceNeeds(ctx, id, 'service', settings);
  if (needs.list.length === 0) ctx.warn(row, undefined, `the service "${cell(row, 'name')}" has no need: people find it only by searching. Give it an attribute (${ctx.file('attributes')}) with a taxonomy term that stands for one of Ponte's needs.`);
  const whatsapp = ext && cell(ext, 'whatsapp') ? readPhoneNumber(ctx, ext, 'whatsapp') : undefined;
  const email = readAddress(ctx, row, 'email', 'email');
  const url = readAddress(ctx, row, 'url', 'web');
  const assured = readDate(ctx, row, 'assured_date');
  const appointment = ext && readBoolean(ctx, ext, 'appointment_required');
  const violence = ext && readViolence(ctx, ext);
  const dangerKinds = ext ? cell(ext, 'danger_kinds').split(/[\s,]+/).filter(Boolean) : [];
  const address = location && readLocationAddress(ctx, location);
  const promised = ext && readCount(ctx, ext, 'response_hours', 'a number of hours');
  if (promised === undefined) settings.unpromised.push(ctx.ponteId('service', id));
  const phones = servicePhones(ctx, id, location);
  if (!phones.length && !email && !url && !address && !whatsapp) {
    ctx.warn(row, undefined, `the service "${cell(row, 'name')}" has no telephone, e-mail, website or address: people can only send it a request through Ponte. Add at least a telephone number (${ctx.file('phones')}).`);
  }
  return {
    id: ctx.ponteId('service', id),
    organization_id: organizationId,
    needs: needs.list,
    languages: serviceLanguages(ctx, id),
    phones,
    ...(whatsapp ? { whatsapp } : {}),
    ...(email ? { email } : {}),
    ...(url ? { url } : {}),
    ...(address ? { address } : {}),
    schedule: readSchedule(scheduleRows(ctx, id, location), timezone && isTimeZone(timezone) ? timezone : settings.timezone, settings.today, ctx.findings),
    free: (ext && readBoolean(ctx, ext, 'free')) ?? false,
    ...(appointment !== undefined ? { appointment_required: appointment } : {}),
    response_hours: promised ?? DEFAULT_RESPONSE_HOURS,
    ...(assured ? { assured_date: assured } : {}),
    texts,
    ...(Object.keys(needs.rank).length ? { need_rank: needs.rank } : {}),
    ...(violence ? { violence } : {}),
    ...(dangerKinds.length ? { danger_kinds: dangerKinds } : {}),
  };
}

/** Needs of a service or rights card, from its attributes, and a rank where the value gives one. */
export function serviceNeeds(ctx: ImportContext, id: string, entity: string, settings: Pick<ServiceSettings, 'needOfTerm'>) {
  const list: NeedId[] = [];
  const rank: Partial<Record<NeedId, number>> = {};
  for (const attribute of ctx.linked('attributes', 'link_id', id)) {
    const linkEntity = cell(attribute, 'link_entity');
    if (linkEntity && linkEntity !== entity) continue;
    const need = settings.needOfTerm(cell(attribute, 'taxonomy_term_id'), attribute);
    if (!need || list.includes(need)) continue;
    list.push(need);
    const value = cell(attribute, 'value');
    if (cell(attribute, 'link_type') === 'need' && value) {
      if (/^\d+$/.test(value) && Number(value) >= 1) rank[need] = Number(value);
      else ctx.warn(attribute, 'value', `"${value}" is not a place in the need's list; write 1 for the first. It is left out.`);
    }
  }
  return { list, rank };
}

/** A list in every language (documents to bring): a language has the list when every row has it. */
export function addListTexts(ctx: ImportContext, texts: Record<string, Record<string, unknown>>, field: string, entity: string, rows: Row[]): void {
  if (rows.length === 0) return;
  const perRow = rows.map((r) => ctx.texts(entity, r, { document: 'document' }));
  const languages = new Set(perRow.flatMap((t) => Object.keys(t)));
  for (const lang of languages) {
    if (perRow.every((t) => t[lang]?.document !== undefined)) (texts[lang] ??= {})[field] = perRow.map((t) => t[lang]!.document!);
  }
}

function readViolence(ctx: ImportContext, ext: Row): ViolenceRole | undefined {
  const text = cell(ext, 'violence');
  if (!text) return undefined;
  if ((VIOLENCE_ROLES as readonly string[]).includes(text)) return text as ViolenceRole;
  ctx.error(ext, 'violence', `"${text}" is not one of ${VIOLENCE_ROLES.join(', ')}; leave it empty for a service that is neither.`);
  return undefined;
}

/** The service's location: the first of its service_at_location rows (Ponte shows one place). */
function serviceLocation(ctx: ImportContext, serviceId: string): Row | undefined {
  const links = ctx.linked('service_at_locations', 'service_id', serviceId);
  const locations = ctx.index('locations');
  for (const link of links) {
    if (!locations.has(cell(link, 'location_id'))) ctx.error(link, 'location_id', `there is no location "${cell(link, 'location_id')}" in ${ctx.file('locations')}.`);
  }
  const found = links.map((l) => locations.get(cell(l, 'location_id'))).filter((l): l is Row => !!l);
  if (found.length > 1) ctx.warn(links[1], undefined, `this service is at ${found.length} locations; Ponte shows the first one only. Make the others services of their own to show them.`);
  return found[0];
}

function readLocationAddress(ctx: ImportContext, location: Row): Service['address'] {
  const addresses = ctx.linked('addresses', 'location_id', cell(location, 'id'));
  const a = addresses.find((r) => cell(r, 'address_type') === 'physical') ?? addresses[0];
  if (!a) return undefined;
  const latitude = readCoordinate(ctx, location, 'latitude');
  const longitude = readCoordinate(ctx, location, 'longitude');
  if (latitude === undefined || longitude === undefined) {
    if (!cell(location, 'latitude') && !cell(location, 'longitude')) ctx.warn(location, 'latitude', 'this location has no coordinates (latitude, longitude): its services show no map and are not sorted by distance.');
  }
  const country = cell(a, 'country').toUpperCase();
  if (country && !/^[A-Z]{2}$/.test(country)) ctx.warn(a, 'country', `"${cell(a, 'country')}" is not a two-letter country code such as ES; it is left out.`);
  const street = [cell(a, 'address_1'), cell(a, 'address_2')].filter(Boolean).join(', ');
  return {
    address_1: street,
    postal_code: cell(a, 'postal_code'),
    city: cell(a, 'city'),
    ...(cell(a, 'state_province') ? { state_province: cell(a, 'state_province') } : {}),
    ...(/^[A-Z]{2}$/.test(country) ? { country } : {}),
    ...(latitude !== undefined && longitude !== undefined ? { latitude, longitude } : {}),
  };
}

function serviceLanguages(ctx: ImportContext, serviceId: string): string[] {
  const codes: string[] = [];
  for (const row of ctx.linked('languages', 'service_id', serviceId)) {
    // en-GB, pt_BR: the language is what staff speak; Ponte names languages, not countries.
    const code = cell(row, 'code').toLowerCase().split(/[-_]/)[0]!;
    if (!code) continue;
    if (!/^[a-z]{2,3}$/.test(code)) ctx.warn(row, 'code', `"${cell(row, 'code')}" is not a language code (ISO 639-1 such as ar, or 639-3 such as ary); it is left out.`);
    else if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** Voice lines in order, each marked `sms` when a text line has the same number. */
function servicePhones(ctx: ImportContext, serviceId: string, location: Row | undefined): Service['phones'] {
  let rows = ctx.linked('phones', 'service_id', serviceId);
  if (rows.length === 0 && location) rows = ctx.linked('phones', 'location_id', cell(location, 'id'));
  const phones: Service['phones'] = [];
  const texting = new Set<string>();
  for (const row of rows) {
    const type = cell(row, 'type').toLowerCase();
    if (type === 'fax' || type === 'pager') continue;
    const number = readPhoneNumber(ctx, row, 'number');
    if (!number) continue;
    if (type === 'text') {
      texting.add(number.replace(/ /g, ''));
      continue;
    }
    // The same number twice (once as the service's, once as its location's) is one line to call.
    if (phones.some((p) => p.number.replace(/ /g, '') === number.replace(/ /g, ''))) continue;
    phones.push({ number, purpose: phonePurpose(ctx, ctx.linked('ponte_phones', 'phone_id', cell(row, 'id'))[0]), sms: false });
  }
  for (const p of phones) p.sms = texting.has(p.number.replace(/ /g, ''));
  return phones;
}

function phonePurpose(ctx: ImportContext, row: Row | undefined): PhonePurpose {
  const purpose = row ? cell(row, 'purpose') : '';
  if (!purpose) return 'main';
  if ((PHONE_PURPOSES as readonly string[]).includes(purpose)) return purpose as PhonePurpose;
  ctx.error(row, 'purpose', `"${purpose}" is not one of ${PHONE_PURPOSES.join(', ')}.`);
  return 'main';
}

/** A service's schedule rows: its own, else its service-at-location's, else its location's. */
function scheduleRows(ctx: ImportContext, serviceId: string, location: Row | undefined): Row[] {
  const own = ctx.linked('schedules', 'service_id', serviceId);
  if (own.length || !location) return own;
  const link = ctx.linked('service_at_locations', 'service_id', serviceId)[0];
  const atLocation = link ? ctx.linked('schedules', 'service_at_location_id', cell(link, 'id')) : [];
  return atLocation.length ? atLocation : ctx.linked('schedules', 'location_id', cell(location, 'id'));
}
