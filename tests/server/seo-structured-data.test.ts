// schema.org JSON-LD of the demo's services, as a search engine reads it out of the page.
import { describe, expect, it } from 'vitest';
import type { Organization, Service } from '../../src/shared/directory';
import { loadDemoDirectory } from '../../src/server/hsds/demo-package';
import { isPublicBody, jsonLdScript, rightsJsonLd, serviceJsonLd } from '../../src/server/pages/structured-data';
import { INTERFACE_LANGUAGES } from '../../src/shared/routes';

// An HTML and XML parser, as a browser and a crawler read the output. jsdom has no type
// declarations in this project: loaded by a name TypeScript does not resolve, typed by hand.
const JSDOM_MODULE = 'jsdom';
const { JSDOM } = (await import(JSDOM_MODULE)) as { JSDOM: new (text: string, options?: { contentType?: string }) => { window: Window } };

const demo = await loadDemoDirectory();
const service = (id: string) => demo.services.find((s) => s.id === id)!;
const organizationOf = (s: Service) => demo.organizations.find((o) => o.id === s.organization_id) ?? null;
const URL_OF = (id: string, lang = 'es') => `https://ponte.example.org/${lang}/service/${id}`;

type Json = Record<string, any>;

/** The JSON-LD as a crawler gets it: the <script> element of the page, its text parsed. */
function readBack(html: string): Json[] {
  const doc = new JSDOM(`<!doctype html><html><head>${html}</head><body><p>after</p></body></html>`).window.document;
  expect(doc.querySelector('p')?.textContent).toBe('after'); // nothing swallowed the rest of the page
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!));
}

const jsonLdOf = (id: string, lang = 'es') => {
  const s = service(id);
  const [data] = readBack(jsonLdScript(serviceJsonLd({ service: s, organization: organizationOf(s), lang, url: URL_OF(id, lang) })));
  return data!;
};

const EVERY_DAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((d) => `https://schema.org/${d}`);

describe('serviceJsonLd', () => {
  it('names the service, its provider, telephone, address, place and hours, in the page language', () => {
    const data = jsonLdOf('night-shelter', 'en');
    const shelter = service('night-shelter');
    expect(data['@context']).toBe('https://schema.org');
    // El Refugio Municipal Shelter: its name says it is the city's own.
    expect(data['@type']).toBe('GovernmentService');
    expect(data.name).toBe(shelter.texts.en!.name);
    expect(data.description).toBe(shelter.texts.en!.description);
    expect(data.url).toBe(URL_OF('night-shelter', 'en'));
    expect(data.provider).toMatchObject({ '@type': 'GovernmentOrganization', name: 'El Refugio Municipal Shelter' });
    expect(data.areaServed).toEqual({ '@type': 'City', name: 'Valdemar' });
    expect(data.audience.audienceType).toBe(shelter.texts.en!.eligibility_description);
    expect(data.offers).toEqual({ '@type': 'Offer', price: 0 });

    const channel = data.availableChannel;
    expect(channel['@type']).toBe('ServiceChannel');
    expect(channel.availableLanguage).toEqual(['es', 'en', 'fr', 'ar']);
    expect(channel.servicePhone).toMatchObject({ '@type': 'ContactPoint', telephone: '+34985550130' });
    expect(channel.serviceLocation.address).toEqual({
      '@type': 'PostalAddress',
      streetAddress: 'Camino del Faro 2',
      postalCode: '33403',
      addressLocality: 'Valdemar',
      addressRegion: 'Asturias',
      addressCountry: 'ES',
    });
    expect(channel.serviceLocation.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 43.5389, longitude: -5.6519 });
    expect(channel.serviceLocation.isAccessibleForFree).toBe(true);

    // Every night from 20:00 to 08:30 the next morning (closes < opens: past midnight), and its
    // closed days as date ranges.
    expect(data.hoursAvailable[0]).toEqual({ '@type': 'OpeningHoursSpecification', dayOfWeek: EVERY_DAY, opens: '20:00', closes: '08:30' });
    expect(data.hoursAvailable).toContainEqual({ '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: '2026-12-25', validThrough: '2026-12-25' });
  });

  it('writes the texts of the page language, falling back like the app (never easy read)', () => {
    const shelter = service('night-shelter');
    expect(jsonLdOf('night-shelter', 'es').name).toBe(shelter.texts.es!.name);
    expect(jsonLdOf('night-shelter', 'ar').name).toBe(shelter.texts.ar!.name);
    expect(jsonLdOf('night-shelter', 'uk').description).toBe(shelter.texts.uk!.description);
    const withoutFrench = { ...shelter, texts: { es: shelter.texts.es!, en: shelter.texts.en! } };
    expect(serviceJsonLd({ service: withoutFrench, organization: null, lang: 'fr', url: 'x' }).name).toBe(shelter.texts.es!.name);
  });

  it('gives each day group of a weekly timetable its hours', () => {
    const data = jsonLdOf('food-bank-distribution', 'en');
    const hours = service('food-bank-distribution').schedule.hours;
    const weekly = data.hoursAvailable.filter((h: Json) => h.dayOfWeek);
    expect(weekly).toHaveLength(hours.length);
    for (const [i, h] of hours.entries()) {
      expect(weekly[i].opens).toBe(h.opens_at);
      expect(weekly[i].closes).toBe(h.closes_at);
      expect(weekly[i].dayOfWeek).toHaveLength(h.byday.split(',').length);
    }
  });

  it('says a line open day and night is open every day from 00:00 to 23:59', () => {
    const data = jsonLdOf('violence-24h-line', 'en');
    expect(data.hoursAvailable[0]).toEqual({ '@type': 'OpeningHoursSpecification', dayOfWeek: EVERY_DAY, opens: '00:00', closes: '23:59' });
    // No main line: the helpline is the number to call, and says it is one.
    const helpline = service('violence-24h-line').phones.find((p) => p.purpose === 'helpline')!;
    expect(data.availableChannel.servicePhone).toMatchObject({ telephone: helpline.number.replaceAll(' ', ''), contactType: 'helpline' });
  });

  it('describes a helpline without an address by its phone and hours only', () => {
    const line: Service = { ...service('telecare') };
    delete line.address;
    const data = readBack(jsonLdScript(serviceJsonLd({ service: line, organization: organizationOf(line), lang: 'en', url: URL_OF('telecare', 'en') })))[0]!;
    expect(data.name).toBe(line.texts.en!.name);
    expect(data.areaServed).toBeUndefined();
    expect(data.availableChannel.serviceLocation).toBeUndefined();
    expect(data.availableChannel.servicePhone.telephone).toBe(line.phones[0]!.number.replaceAll(' ', ''));
    expect(data.hoursAvailable[0].closes).toBe('23:59');
  });

  it('leaves out hours a service has not given', () => {
    const data = jsonLdOf('family-mediation', 'en');
    expect(data.hoursAvailable).toBeUndefined();
  });

  it('parses for every demo service in every language, naming it and its telephone', () => {
    let government = 0;
    for (const s of demo.services) {
      for (const lang of INTERFACE_LANGUAGES) {
        const data = JSON.parse(JSON.stringify(serviceJsonLd({ service: s, organization: organizationOf(s), lang, url: URL_OF(s.id, lang) })));
        expect(data.name, `${s.id} ${lang}`).toBeTruthy();
        expect(data.availableChannel.servicePhone.telephone).toMatch(/^\+?\d{3,20}$/);
        if (lang === 'en' && data['@type'] === 'GovernmentService') government++;
      }
    }
    // The services of the five organisations whose names say "municipal" (see isPublicBody).
    expect(government).toBeGreaterThan(0);
    expect(government).toBeLessThan(demo.services.length);
  });
});

describe('isPublicBody', () => {
  const org = (name: string, url?: string, description = ''): Organization => ({ id: 'x', url, texts: { es: { name, description } } });

  it('counts a name that says municipal or city council, in any language', () => {
    expect(isPublicBody(org('Servicios Sociales Municipales de Valdemar'))).toBe(true);
    expect(isPublicBody(org('Ayuntamiento de Valdemar'))).toBe(true);
    expect(isPublicBody(org('Valdemar Municipal Housing Agency'))).toBe(true);
    expect(isPublicBody(org('Centre communal municipal'))).toBe(true);
    expect(isPublicBody(org('Câmara Municipal de Valdemar'))).toBe(true);
  });

  it('counts a website on a domain only public bodies may have', () => {
    expect(isPublicBody(org('Oficina de Empleo', 'https://sede.sepe.gob.es/'))).toBe(true);
    expect(isPublicBody(org('Jobcentre', 'https://www.gov.uk/contact-jobcentre-plus'))).toBe(true);
    expect(isPublicBody(org('CAF', 'https://www.caf.gouv.fr/'))).toBe(true);
    expect(isPublicBody(org('Benefits', 'https://www.benefits.gov/'))).toBe(true);
  });

  it('counts nothing else: a contractor of the council, a word inside another, no organisation', () => {
    expect(isPublicBody(org('Cooperativa Cuidados del Norte', 'https://cuidadosnorte.valdemar.example/', 'Contratada por el Ayuntamiento.'))).toBe(false);
    expect(isPublicBody(org('Municipality Watchers Club'))).toBe(false);
    expect(isPublicBody(org('Governance Lab', 'https://gov.example.org/'))).toBe(false);
    expect(isPublicBody(null)).toBe(false);
    const foodBank = demo.organizations.find((o) => o.id === 'food-bank')!;
    expect(isPublicBody(foodBank)).toBe(false);
    expect(jsonLdOf('food-bank-distribution')['@type']).toBe('Service');
  });
});

describe('jsonLdScript', () => {
  it('cannot be ended early by a text holding </script> or a comment', () => {
    const hostile = '</script><script>alert(1)</script><!-- & </SCRIPT >';
    const s = service('night-shelter');
    const evil: Service = { ...s, texts: { ...s.texts, en: { ...s.texts.en!, name: hostile, description: `x\u2028y\u2029z` } } };
    const html = jsonLdScript(serviceJsonLd({ service: evil, organization: organizationOf(s), lang: 'en', url: URL_OF('night-shelter', 'en') }));
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toContain('<!--');
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    const [data, ...more] = readBack(html);
    expect(more).toHaveLength(0);
    expect(data!.name).toBe(hostile);
    expect(data!.description).toBe('x\u2028y\u2029z');
  });
});

describe('rightsJsonLd', () => {
  it('describes a rights card as a web page in its language, mentioning the services that help', () => {
    const card = demo.rights[0]!;
    const data = rightsJsonLd({ card, lang: 'en', url: `https://ponte.example.org/en/rights/${card.id}`, services: [{ name: 'Tenants', url: 'https://ponte.example.org/en/service/tenants' }] });
    expect(data).toMatchObject({ '@type': 'WebPage', name: card.texts.en!.title, description: card.texts.en!.summary, inLanguage: 'en' });
    expect(data.mentions).toEqual([{ '@type': 'Service', name: 'Tenants', url: 'https://ponte.example.org/en/service/tenants' }]);
    expect(rightsJsonLd({ card, lang: 'es', url: 'x' }).mentions).toBeUndefined();
  });
});
