// Results lists as a person reads them: one line of what each service is, whether it is open
// now, a call button; the filters of a need and of search results, with the count announced;
// and names people see on the door beside their translation. jsdom on fake-indexeddb, the demo
// directory on the device, a fixed clock (Tuesday 24 November 2026, 13:00 in Valdemar).
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ItemList, ServiceItem } from '../../src/app/components/item-lists';
import { filterServices, NO_FILTERS } from '../../src/app/components/service-filters';
import Need from '../../src/app/screens/need';
import SearchScreen from '../../src/app/screens/search';
import ServiceScreen from '../../src/app/screens/service';
import { loadDemoDirectory } from '../../src/server/hsds/demo-package';
import { db } from '../../src/data/db';
import { rebuildSearchIndex } from '../../src/data/search-index';
import { setSetting } from '../../src/data/settings';
import { loadPageStrings, setEasyRead, setupI18n, switchLanguage } from '../../src/i18n/i18n';

const demoDirectory = await loadDemoDirectory();

const TUESDAY_1PM = new Date('2026-11-24T12:00:00Z'); // 13:00 in Madrid
const service = (id: string) => demoDirectory.services.find((s) => s.id === id)!;

beforeAll(async () => {
  // jsdom has no matchMedia; the service page asks it what kind of pointer the device has.
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} })) as unknown as typeof matchMedia;
  await setupI18n('en');
  await loadPageStrings(); // as the app's screen loader does
  await db().services.bulkPut(demoDirectory.services);
  await db().organizations.bulkPut(demoDirectory.organizations);
  await db().rights.bulkPut(demoDirectory.rights);
  await db().meta.put({ key: 'directory', version: 1, published_at: '2026-11-20T00:00:00Z', locales: ['en', 'es', 'ar'], checked_at: 'x' });
});
beforeEach(() => {
  vi.useFakeTimers({ now: TUESDAY_1PM, toFake: ['Date'] });
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  localStorage.clear();
  history.replaceState(null, '', '/');
  await setEasyRead(false);
  await switchLanguage('en');
});

/** The app's router around one screen, at an address, as the app shows it. */
function openAt(path: string) {
  history.replaceState(null, '', path);
  return render(
    <LocationProvider>
      <Router>
        <Route path="/need/:id" component={Need} />
        <Route path="/service/:id" component={ServiceScreen} />
        <Route path="/search" component={SearchScreen} />
      </Router>
    </LocationProvider>,
  );
}

const listed = () => screen.queryAllByRole('listitem').filter((li) => li.classList.contains('service-item'));
const announced = () => screen.getAllByRole('status').find((s) => s.classList.contains('filter-count'))?.textContent;

describe('a service in a results list', () => {
  const housing = service('housing-advice-office');

  it('says in one line what it is, whether it is open now, and offers a call, its name the main link', () => {
    render(
      <ItemList>
        <ServiceItem service={housing} />
      </ItemList>,
    );
    const item = screen.getByRole('listitem');
    const name = within(item).getByRole('link', { name: /^Housing Advice Office/ });
    expect(name.getAttribute('href')).toBe('/service/housing-advice-office');
    // The first sentence of the description, not the whole of it.
    expect(within(item).getByText('Advice on renting, social housing, rent grants and what to do if you may lose your home.')).toBeTruthy();
    expect(item.textContent).not.toContain('housing register form');
    expect(within(item).getByText(/^Open now · closes at 2:00\sPM$/)).toBeTruthy();
    // The main line, not the appointments line; a screen reader hears which service it calls.
    const call = within(item).getByRole('link', { name: /^Call \+34\s985\s550\s101$/ });
    expect(call.getAttribute('href')).toBe('tel:+34985550101');
    expect(call.getAttribute('aria-describedby')).toBe(item.querySelector('.item-title')!.id);
    expect(call.classList.contains('button')).toBe(true); // a 44 px target (styles.css)
  });

  it('says when it opens next when closed, and calls a help line when it has no main line', () => {
    vi.setSystemTime(new Date('2026-11-27T19:00:00Z')); // Friday 20:00
    render(
      <ItemList>
        <ServiceItem service={service('mental-health-listening')} />
      </ItemList>,
    );
    expect(screen.getByText(/^Open now · closes tomorrow at 2:00\sAM$/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Call \+34\s900\s550\s370$/ }).getAttribute('href')).toBe('tel:+34900550370');
    cleanup();
    render(
      <ItemList>
        <ServiceItem service={housing} />
      </ItemList>,
    );
    expect(screen.getByText(/^Closed now · opens on Monday at 9:00\sAM$/)).toBeTruthy();
  });

  it('reads its line in easy words in easy-read mode, in the reader’s language', async () => {
    await switchLanguage('es');
    await setEasyRead(true);
    render(
      <ItemList>
        <ServiceItem service={housing} />
      </ItemList>,
    );
    expect(screen.getByText('Te ayudamos con preguntas sobre tu casa.')).toBeTruthy();
    expect(screen.queryByText(/Te explicamos el alquiler/)).toBeNull();
  });

  it('says what it is, not the question it opens with', () => {
    render(
      <ItemList>
        <ServiceItem service={service('scam-help')} />
      </ItemList>,
    );
    expect(screen.getByText('We help you block, report and protect your accounts, step by step.')).toBeTruthy();
  });

  it('on a library computer, the call button becomes a QR code to scan, not a link that leaves', () => {
    setSetting('kiosk', 'on');
    render(
      <ItemList>
        <ServiceItem service={housing} />
      </ItemList>,
    );
    expect(screen.queryByRole('link', { name: /^Call/ })).toBeNull();
    const item = screen.getByRole('listitem');
    expect(item.querySelector('details.kiosk-link summary')!.textContent).toMatch(/^Call \+34\s985\s550\s101$/);
    expect(item.querySelector('details.kiosk-link svg, details.kiosk-link img, details.kiosk-link canvas')).toBeTruthy();
  });
});

describe('filters on a need', () => {
  // Older people on a Tuesday at 13:00: 11 services.
  const hrefs = () => listed().map((li) => li.querySelector('a')!.getAttribute('href')!.replace('/service/', ''));

  it('lists every service and says how many, before any filter', async () => {
    openAt('/need/older');
    await waitFor(() => expect(listed()).toHaveLength(11));
    expect(announced()).toBe('11 services');
    for (const box of ['Open now', 'Free of charge', 'No appointment needed']) expect((screen.getByRole('checkbox', { name: box }) as HTMLInputElement).checked).toBe(false);
  });

  it('open now: only what is open at this moment, announced', async () => {
    openAt('/need/older');
    await waitFor(() => expect(listed()).toHaveLength(11));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Open now' }));
    await waitFor(() => expect(listed()).toHaveLength(6));
    // The round-the-clock alarm line too; the phone friends (weekday afternoons) not yet.
    expect(hrefs().sort()).toEqual(['dependency-assessment', 'home-help', 'la-atalaya-centre', 'social-services-centre-centro', 'social-services-centre-sur', 'telecare']);
    expect(announced()).toBe('6 services');
  });

  it('free of charge: the lunch club and the home help with a contribution go', async () => {
    openAt('/need/older');
    await waitFor(() => expect(listed()).toHaveLength(11));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Free of charge' }));
    await waitFor(() => expect(announced()).toBe('9 services'));
    expect(hrefs()).toHaveLength(9);
    expect(hrefs()).not.toContain('la-atalaya-centre');
    expect(hrefs()).not.toContain('home-help');
  });

  it('no appointment needed: only services that say so', async () => {
    openAt('/need/older');
    await waitFor(() => expect(listed()).toHaveLength(11));
    fireEvent.click(screen.getByRole('checkbox', { name: 'No appointment needed' }));
    await waitFor(() => expect(announced()).toBe('7 services'));
    expect(hrefs().sort()).toEqual(['carers-support', 'digital-skills-course', 'emergency-social-service', 'la-atalaya-centre', 'loneliness-phone-friends', 'scam-help', 'telecare']);
  });

  it('language spoken: the languages its services declare, named in the reader’s language; none left says what to do', async () => {
    await switchLanguage('es');
    openAt('/need/older');
    await waitFor(() => expect(listed()).toHaveLength(11));
    const select = screen.getByRole('combobox', { name: 'Idioma que hablan' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Cualquier idioma', 'árabe', 'español', 'francés', 'inglés', 'rumano']);
    fireEvent.change(select, { target: { value: 'ar' } });
    await waitFor(() => expect(announced()).toBe('1 servicio'));
    expect(listed()[0]!.querySelector('a')!.getAttribute('href')).toBe('/service/digital-skills-course');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Abiertos ahora' }));
    await waitFor(() => expect(announced()).toBe('Ningún servicio cumple todo: quita un filtro.'));
    expect(listed()).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Quitar los filtros' }));
    await waitFor(() => expect(listed()).toHaveLength(11));
    expect(select.value).toBe('');
  });

  it('keeps the filters in the page’s history entry, never in its address, so Back brings them back', async () => {
    const first = openAt('/need/older');
    await waitFor(() => expect(listed()).toHaveLength(11));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Free of charge' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Language spoken' }), { target: { value: 'en' } });
    await waitFor(() => expect(announced()).toBe('4 services'));
    expect(location.pathname + location.search + location.hash).toBe('/need/older');
    first.unmount();

    // The same entry shown again (Back from a service): the same filters, the same list.
    render(
      <LocationProvider>
        <Router>
          <Route path="/need/:id" component={Need} />
          <Route path="/service/:id" component={ServiceScreen} />
        </Router>
      </LocationProvider>,
    );
    await waitFor(() => expect(announced()).toBe('4 services'));
    expect((screen.getByRole('checkbox', { name: 'Free of charge' }) as HTMLInputElement).checked).toBe(true);
  });

  it('treats a service that does not say whether it needs an appointment as not known, not as "no appointment"', () => {
    const unsaid = { ...service('telecare'), appointment_required: undefined };
    expect(filterServices([unsaid], { ...NO_FILTERS, noAppointment: true }, TUESDAY_1PM)).toEqual([]);
    expect(filterServices([unsaid], NO_FILTERS, TUESDAY_1PM)).toEqual([unsaid]);
  });
});

describe('filters on search results', () => {
  beforeAll(async () => {
    await rebuildSearchIndex(db());
  });

  it('filter the services found and announce how many are left; the words stay out of the address', async () => {
    openAt('/search');
    const field = await screen.findByRole('searchbox');
    fireEvent.input(field, { target: { value: 'food' } });
    await waitFor(() => expect(screen.getByText(/^\d+ results?$/)).toBeTruthy(), { timeout: 3000 });
    const before = listed().length;
    expect(before).toBeGreaterThan(2);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Open now' }));
    await waitFor(() => expect(screen.getByText(/^\d+ services?$/)).toBeTruthy());
    const open = listed().map((li) => li.querySelector('a')!.getAttribute('href'));
    expect(open).toContain('/service/san-martin-meals');
    expect(open).not.toContain('/service/food-bank-distribution'); // Tuesday: closed
    expect(screen.queryAllByRole('listitem').filter((li) => li.classList.contains('rights-item'))).toHaveLength(0);
    expect(location.href).not.toContain('food');
  });
});

describe('names people see on the door', () => {
  it('in Arabic, the organisation’s own name beside its transliteration, isolated and marked Spanish', async () => {
    await switchLanguage('ar');
    openAt('/service/newcomers-welcome');
    await waitFor(() => expect(document.querySelector('.subtitle')?.textContent).toBe('بإدارة أكوخيدا فالديمار (Acogida Valdemar)'));
    const subtitle = document.querySelector('.subtitle')!;
    const own = subtitle.querySelector('[lang="es"]')!;
    expect(own.textContent).toBe('Acogida Valdemar');
    // Isolated left to right, brackets included, so a line break inside keeps "(Acogida" "Valdemar)".
    expect(own.closest('bdi')!.getAttribute('dir')).toBe('ltr');
    expect(own.closest('bdi')!.textContent).toBe('(Acogida Valdemar)');
    expect(subtitle.querySelector('bdi:not([dir])')!.textContent).toBe('أكوخيدا فالديمار');
    // The service's own name under its translated title.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('مكتب استقبال القادمين الجدد');
    const ownTitle = document.querySelector('.page-own-name bdi')!;
    expect(ownTitle.textContent).toBe('Punto de Acogida para Recién Llegados');
    expect([ownTitle.getAttribute('lang'), ownTitle.getAttribute('dir')]).toEqual(['es', 'ltr']);
  });

  it('in a results list in Arabic, the own name under the translated one, inside the link', async () => {
    await switchLanguage('ar');
    render(
      <ItemList>
        <ServiceItem service={service('san-martin-meals')} />
      </ItemList>,
    );
    const link = screen.getByRole('link', { name: /مطعم/ });
    const own = link.querySelector('.own-name bdi')!;
    expect(own.textContent).toBe('Comedor Social San Martín');
    expect([own.getAttribute('lang'), own.getAttribute('dir')]).toEqual(['es', 'ltr']);
  });

  it('in Spanish, the city’s language, the name is not repeated', async () => {
    await switchLanguage('es');
    openAt('/service/newcomers-welcome');
    await waitFor(() => expect(document.querySelector('.subtitle')?.textContent).toBe('Lo gestiona Acogida Valdemar'));
    expect(document.querySelector('.own-name, .own-name-inline')).toBeNull();
    cleanup();
    render(
      <ItemList>
        <ServiceItem service={service('san-martin-meals')} />
      </ItemList>,
    );
    expect(document.querySelector('.own-name')).toBeNull();
  });

  it('nor when a translation keeps the same name (French “Acogida Valdemar”)', async () => {
    await switchLanguage('fr');
    openAt('/service/newcomers-welcome');
    await waitFor(() => expect(document.querySelector('.subtitle')?.textContent).toBe('Géré par Acogida Valdemar'));
    expect(document.querySelector('.own-name-inline')).toBeNull();
  });
});
