// HSDS 3.0 tables (and Ponte's extension tables) → Ponte's directory, with every problem found
// on the way: errors (the directory can't be published as it is) and warnings (it can; something
// is left out or shown in another way). The way out is directory-to-tables.ts; a directory that
// goes out and comes back in is the same directory.
import type { Directory, Organization, RightsCard } from '../../shared/directory';
import { CITY_LANGUAGE } from '../../shared/localized';
import { isNeedId, type NeedId } from '../../shared/needs';
import { SOURCE_LANGUAGE } from './directory-to-tables';
import { checkIds, checkLinks, count, firstFew, warnMissingTranslations, warnNationalNumbers } from './import-checks';
import { ImportContext } from './import-context';
import { cell, isTimeZone } from './import-fields';
import { addListTexts, DEFAULT_RESPONSE_HOURS, readService, SERVICE_TEXT_COLUMNS, serviceNeeds } from './import-services';
import { needOfTerm } from './needs-taxonomy';
import type { Finding, Row, Tables } from './tables';

export interface ImportOptions {
  /** The city's time zone when the package does not say it (`--timezone`). */
  timezone?: string;
  /** The language of HSDS's own text columns when the package does not say it (`--language`). */
  language?: string;
  /** Today's date in the city (YYYY-MM-DD): hours that ended before it are left out. */
  today: string;
}

const SETTINGS = ['language', 'timezone', 'translations_from'] as const;
const RIGHTS_TEXT_COLUMNS = { title: 'title', summary: 'summary', who: 'who', how: 'how' };

export function tablesToDirectory(tables: Tables, options: ImportOptions): { directory: Directory; findings: Finding[] } {
  const settings = readSettings(tables, options);
  const ctx = new ImportContext(tables, settings.language, settings.translationsFrom);
  ctx.findings.push(...settings.findings);
  const organizations = ctx.index('organizations');
  const services = ctx.index('services');
  const rights = ctx.index('ponte_rights_cards');
  ctx.readTranslations(
    new Map([
      ['organization', { ids: organizations, columns: new Set(['name', 'description']) }],
      ['service', { ids: services, columns: new Set(Object.values(SERVICE_TEXT_COLUMNS)) }],
      ['accessibility', { ids: ctx.index('accessibility'), columns: new Set(['description']) }],
      ['required_document', { ids: ctx.index('required_documents'), columns: new Set(['document']) }],
      ['ponte_rights_card', { ids: rights, columns: new Set(Object.values(RIGHTS_TEXT_COLUMNS)) }],
      ['ponte_rights_card_document', { ids: ctx.index('ponte_rights_card_documents'), columns: new Set(['document']) }],
    ]),
  );
  const needOf = termNeeds(ctx);
  // A zone given but misspelt has its own error; this one is for a package that gives none.
  if (!settings.timezoneGiven && ctx.rows('schedules').length > 0) {
    ctx.error(undefined, undefined, `The package gives opening hours but not the city's time zone: add a row "timezone,Europe/Madrid" (your city's zone) to ponte_settings.csv, or import with --timezone Europe/Madrid.`);
  }
  const timezone = settings.timezone ?? 'UTC';

  const directory: Directory = { organizations: [], services: [], rights: [] };
  // The row each record was read from, so that a clash of page addresses can point at it.
  const rowOf = new Map<object, Row>();
  for (const row of organizations.values()) {
    const organization = readOrganization(ctx, row);
    rowOf.set(organization, row);
    directory.organizations.push(organization);
  }
  const published = new Map<string, string>();
  const unpromised: string[] = [];
  for (const row of services.values()) {
    if (!isActive(ctx, row)) continue;
    const org = organizations.get(cell(row, 'organization_id'));
    if (!org) {
      ctx.error(row, 'organization_id', cell(row, 'organization_id') ? `there is no organization "${cell(row, 'organization_id')}" in ${ctx.file('organizations')}.` : 'the service names no organization; write the id of its organization.');
      continue;
    }
    if (!cell(row, 'name')) ctx.error(row, 'name', 'the name is empty; every service needs a name.');
    const service = readService(ctx, row, { timezone, today: options.today, needOfTerm: needOf, unpromised }, ctx.ponteId('organization', cell(org, 'id')));
    published.set(cell(row, 'id'), service.id);
    rowOf.set(service, row);
    directory.services.push(service);
  }
  if (unpromised.length) ctx.warn(undefined, undefined, `${count(unpromised.length, 'service promises', 'services promise')} no response time (response_hours in ${ctx.file('ponte_services')}): Ponte tells people they answer within ${DEFAULT_RESPONSE_HOURS} hours. Add the time each service promises: ${firstFew(unpromised)}.`);
  for (const row of rights.values()) {
    const card = readRightsCard(ctx, row, published, needOf);
    if (card) {
      rowOf.set(card, row);
      directory.rights.push(card);
    }
  }
  // An empty or wrong file must not become a published directory without any service: publishing
  // it would take every service off every phone.
  if (directory.services.length === 0) ctx.error(undefined, undefined, `There is no active service in ${ctx.file('services')}; a directory needs at least one. Is this the right file?`);
  checkLinks(ctx);
  warnMissingTranslations(ctx, directory);
  warnNationalNumbers(ctx, directory);
  checkIds(ctx, directory, rowOf);
  return { directory, findings: ctx.findings };
}

function readSettings(tables: Tables, options: ImportOptions) {
  const findings: Finding[] = [];
  const values = new Map<string, { value: string; row: Row }>();
  for (const row of tables.ponte_settings?.rows ?? []) {
    const key = cell(row, 'key');
    if (!(SETTINGS as readonly string[]).includes(key)) findings.push({ severity: 'warning', source: row.source, column: 'key', message: `"${key}" is not a setting Ponte knows (${SETTINGS.join(', ')}); it is ignored.` });
    else values.set(key, { value: cell(row, 'value'), row });
  }
  const timezone = values.get('timezone')?.value || options.timezone;
  if (timezone && !isTimeZone(timezone)) {
    const row = values.get('timezone')?.row;
    findings.push({ severity: 'error', ...(row ? { source: row.source, column: 'value' } : {}), message: `"${timezone}" is not a time zone; use a name like Europe/Madrid or Europe/Lisbon.` });
  }
  const language = values.get('language')?.value || options.language || CITY_LANGUAGE;
  if (!/^[a-z]{2,3}$/.test(language)) findings.push({ severity: 'error', message: `"${language}" is not a language code for the package's own texts; use one like es or en.` });
  return { timezone: timezone && isTimeZone(timezone) ? timezone : undefined, timezoneGiven: !!timezone, language, translationsFrom: values.get('translations_from')?.value || SOURCE_LANGUAGE, findings };
}

function isActive(ctx: ImportContext, row: Row): boolean {
  const status = cell(row, 'status').toLowerCase();
  if (!status || status === 'active') return true;
  if (status === 'temporarily closed') {
    ctx.warn(row, 'status', 'the service is temporarily closed; Ponte lists it as open. Add its closure dates in schedules.csv, or say so in its description.');
    return true;
  }
  if (status === 'inactive' || status === 'defunct') {
    ctx.warn(row, 'status', `the service is ${status}; it is not published.`);
    return false;
  }
  ctx.error(row, 'status', `"${cell(row, 'status')}" is not a status; write active, inactive, defunct or temporarily closed.`);
  return false;
}

function readOrganization(ctx: ImportContext, row: Row): Organization {
  if (!cell(row, 'name')) ctx.error(row, 'name', 'the name is empty; every organization needs a name.');
  const email = cell(row, 'email');
  const website = cell(row, 'website');
  return {
    id: ctx.ponteId('organization', cell(row, 'id')),
    ...(website ? { url: website } : {}),
    ...(email ? { email } : {}),
    texts: ctx.texts('organization', row, { name: 'name', description: 'description' }) as Organization['texts'],
  };
}

function readRightsCard(ctx: ImportContext, row: Row, services: Map<string, string>, needOf: (id: string, row: Row) => NeedId | undefined): RightsCard | undefined {
  const id = cell(row, 'id');
  const needs = serviceNeeds(ctx, id, 'ponte_rights_card', { needOfTerm: needOf }).list;
  if (needs.length === 0) ctx.error(row, 'id', `the rights card "${cell(row, 'title')}" has no need; link it in attributes.csv (link_entity ponte_rights_card) to a need.`);
  const serviceIds: string[] = [];
  for (const link of ctx.linked('ponte_rights_card_services', 'rights_card_id', id)) {
    const service = services.get(cell(link, 'service_id'));
    if (service) serviceIds.push(service);
    else if (ctx.index('services').has(cell(link, 'service_id'))) ctx.warn(link, 'service_id', 'this service is not published; the card does not list it.');
    else ctx.error(link, 'service_id', `there is no service "${cell(link, 'service_id')}" in ${ctx.file('services')}.`);
  }
  const texts = ctx.texts('ponte_rights_card', row, RIGHTS_TEXT_COLUMNS) as RightsCard['texts'];
  addListTexts(ctx, texts, 'bring', 'ponte_rights_card_document', ctx.linked('ponte_rights_card_documents', 'rights_card_id', id));
  return needs.length ? { id: ctx.ponteId('ponte_rights_card', id), needs, service_ids: serviceIds, texts } : undefined;
}

/** The need each taxonomy term stands for: the package's own mapping first, then names. */
function termNeeds(ctx: ImportContext): (termId: string, row: Row) => NeedId | undefined {
  const terms = ctx.index('taxonomy_terms');
  const mapped = new Map<string, NeedId>();
  for (const row of ctx.rows('ponte_need_terms')) {
    const need = cell(row, 'need');
    if (!isNeedId(need)) ctx.error(row, 'need', `"${need}" is not one of Ponte's needs; use one of housing, food, money, work, health, legal, family, older, disability, migrants, safety, digital.`);
    else if (!terms.has(cell(row, 'taxonomy_term_id'))) ctx.error(row, 'taxonomy_term_id', `there is no taxonomy term "${cell(row, 'taxonomy_term_id')}" in ${ctx.file('taxonomy_terms')}.`);
    else mapped.set(cell(row, 'taxonomy_term_id'), need);
  }
  const unmapped = new Set<string>();
  return (termId, attribute) => {
    const term = terms.get(termId);
    if (!term) {
      ctx.error(attribute, 'taxonomy_term_id', `there is no taxonomy term "${termId}" in ${ctx.file('taxonomy_terms')}.`);
      return undefined;
    }
    const need = mapped.get(termId) ?? needOfTerm({ id: termId, code: cell(term, 'code'), name: cell(term, 'name') });
    if (!need && !unmapped.has(termId)) {
      unmapped.add(termId);
      ctx.warn(term, 'name', `the term "${cell(term, 'name')}" stands for none of Ponte's needs; to list its services under one, add a row to ponte_need_terms.csv (taxonomy_term_id, need).`);
    }
    return need;
  };
}
