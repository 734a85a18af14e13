// schema.org JSON-LD for search engines: what a service is, who runs it, where and when it can be
// reached, by phone or at its door. Only schema.org's own properties, each on a type that has it:
// a Service has no telephone, address or languages of its own in schema.org, its *channel* has
// (ServiceChannel: servicePhone, serviceLocation, availableLanguage), so that is where they go
// and a validator reads them. Texts are in the page's language (standard, never easy read: a
// search result quotes it to everyone).
import { DAY_CODES, type DayCode, type Organization, type RightsCard, type Service } from '../../shared/directory';
import { text } from '../../shared/localized';

const DAY_NAMES: Record<DayCode, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};
const dayOfWeek = (code: DayCode) => `https://schema.org/${DAY_NAMES[code]}`;

/**
 * Whether an organisation is a public body, for GovernmentService / GovernmentOrganization.
 * The directory has no field that says so (HSDS's legal_status is not kept), so the rule uses
 * what the organisation says of itself, and only where it can hardly be wrong:
 * - its website is on a domain only public administrations can register (gob.es, gov.uk,
 *   gouv.fr, .gov, europa.eu…), or
 * - its name, in any language, calls it municipal or the city council ("Servicios Sociales
 *   Municipales", "Valdemar Municipal Housing Agency", "Ayuntamiento de…").
 * A description saying "contracted by the City Council" does not count (names only), and
 * anything in doubt is a plain Service: schema.org's Service is true of every service, while
 * GovernmentService is a claim a search engine shows.
 */
export function isPublicBody(organization: Organization | null): boolean {
  if (!organization) return false;
  if (organization.url && isPublicSectorHost(new URL(organization.url).hostname)) return true;
  return Object.values(organization.texts).some((t) => t.name !== undefined && PUBLIC_NAME.test(t.name));
}

const PUBLIC_NAME =
  /(^|[^\p{L}])(municipal|municipales|municipale|municipaux|municipais|ayuntamiento|concello|ajuntament|udaletxea|city council|town council|county council|town hall|mairie|câmara municipal|prefeitura|міська рада|البلدية)($|[^\p{L}])/iu;

/** Second-level labels reserved to public administrations under a country's domain (gob.es,
 *  gov.uk, gouv.fr, govt.nz, gv.at…), and whole domains that are (.gov, europa.eu, admin.ch). */
const PUBLIC_LABELS = new Set(['gob', 'gov', 'gouv', 'govt', 'gv']);
const PUBLIC_DOMAINS = ['gov', 'europa.eu', 'admin.ch', 'gc.ca'];

function isPublicSectorHost(host: string): boolean {
  const labels = host.toLowerCase().split('.');
  if (PUBLIC_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`))) return true;
  // gob.es, www.gov.uk: the label just below a two-letter country domain.
  const country = labels.at(-1)!;
  return country.length === 2 && labels.length >= 2 && PUBLIC_LABELS.has(labels.at(-2)!);
}

/** The number to call first: the main line, else the helpline, else the one for appointments. */
function mainPhone(service: Service) {
  const order = ['main', 'helpline', 'appointments', 'emergency'];
  return [...service.phones].sort((a, b) => order.indexOf(a.purpose) - order.indexOf(b.purpose))[0];
}

/** Numbers as schema.org's examples write them: digits and a leading +, no spaces. */
const telephone = (number: string) => number.replace(/\s+/g, '');

type Json = Record<string, unknown>;

/** Weekly hours; closures as the days they are closed (opens = closes = 00:00, schema.org's and
 *  search engines' way to say "closed" for a date range). A period ending before it opens runs
 *  past midnight, as schema.org reads closes < opens too. */
export function openingHours(schedule: Service['schedule']): Json[] {
  const weekly: Json[] = schedule.always_open
    ? [{ '@type': 'OpeningHoursSpecification', dayOfWeek: DAY_CODES.map(dayOfWeek), opens: '00:00', closes: '23:59' }]
    : schedule.hours.map((h) => ({
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: (h.byday.split(',') as DayCode[]).map(dayOfWeek),
        opens: h.opens_at,
        closes: h.closes_at,
      }));
  if (weekly.length === 0) return [];
  const closed = schedule.closures.map((c) => ({
    '@type': 'OpeningHoursSpecification',
    opens: '00:00',
    closes: '00:00',
    validFrom: c.valid_from,
    validThrough: c.valid_to,
  }));
  return [...weekly, ...closed];
}

function provider(organization: Organization, lang: string): Json {
  return compact({
    '@type': isPublicBody(organization) ? 'GovernmentOrganization' : 'Organization',
    name: text(organization.texts, 'name', lang),
    url: organization.url,
    email: organization.email,
  });
}

/** The service as schema.org's GovernmentService (run by a public body, see isPublicBody) or Service. */
export function serviceJsonLd(args: { service: Service; organization: Organization | null; lang: string; url: string }): Record<string, unknown> {
  const { service, organization, lang, url } = args;
  const t = (field: 'name' | 'description' | 'eligibility_description') => text(service.texts, field, lang);
  const phone = mainPhone(service);
  const sms = service.phones.find((p) => p.sms);
  const address = service.address;
  const hours = openingHours(service.schedule);
  const languages = service.languages.length ? service.languages : undefined;

  const location =
    address &&
    compact({
      '@type': 'Place',
      address: compact({
        '@type': 'PostalAddress',
        streetAddress: address.address_1,
        postalCode: address.postal_code,
        addressLocality: address.city,
        addressRegion: address.state_province,
        addressCountry: address.country,
      }),
      geo:
        address.latitude !== undefined && address.longitude !== undefined
          ? { '@type': 'GeoCoordinates', latitude: address.latitude, longitude: address.longitude }
          : undefined,
      isAccessibleForFree: service.free || undefined,
    });

  const channel = compact({
    '@type': 'ServiceChannel',
    name: t('name'),
    availableLanguage: languages,
    servicePhone:
      phone &&
      compact({
        '@type': 'ContactPoint',
        telephone: telephone(phone.number),
        // What the number is for, when it is not simply the service's own line.
        contactType: phone.purpose === 'main' ? undefined : phone.purpose,
      }),
    serviceSmsNumber: sms && { '@type': 'ContactPoint', telephone: telephone(sms.number) },
    serviceLocation: location,
    serviceUrl: service.url,
  });

  // The hours are said once, on the service: the same on its phone line and at its door (a page
  // carries this block in every first visit's HTML, so nothing is repeated).
  return compact({
    '@context': 'https://schema.org',
    '@type': isPublicBody(organization) ? 'GovernmentService' : 'Service',
    '@id': url,
    name: t('name'),
    description: t('description') || undefined,
    url,
    provider: organization ? provider(organization, lang) : undefined,
    areaServed: address ? { '@type': 'City', name: address.city } : undefined,
    audience: t('eligibility_description') ? { '@type': 'Audience', audienceType: t('eligibility_description') } : undefined,
    availableChannel: channel,
    hoursAvailable: hours.length ? hours : undefined,
    // Free for everyone it serves: an offer at no price (Service has no isAccessibleForFree).
    offers: service.free ? { '@type': 'Offer', price: 0 } : undefined,
  });
}

/** A rights card's page: a WebPage about the right, naming the services that help claim it. */
export function rightsJsonLd(args: { card: RightsCard; lang: string; url: string; services?: { name: string; url: string }[] }): Record<string, unknown> {
  const { card, lang, url, services = [] } = args;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': url,
    url,
    name: text(card.texts, 'title', lang),
    description: text(card.texts, 'summary', lang) || undefined,
    inLanguage: lang,
    mentions: services.length ? services.map((s) => ({ '@type': 'Service', name: s.name, url: s.url })) : undefined,
  });
}

/** Without the keys whose value is undefined: JSON.stringify drops them anyway, tests compare less. */
function compact(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/**
 * The JSON-LD block for the page's <head>. A data block (type application/ld+json) is never run,
 * so the site's Content-Security-Policy without 'unsafe-inline' does not block it (checked in
 * Chromium 156: an inline script beside it is refused and reported, the block is not). Its text
 * must still never end the element early: every "<" is written \u003c (the same string to a
 * JSON reader), so neither "</script>" nor "<!--" can appear; U+2028/U+2029 likewise, for
 * readers that take the block as JavaScript.
 */
export function jsonLdScript(data: object): string {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/ld+json">${json}</script>`;
}
