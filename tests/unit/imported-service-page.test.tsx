// A city's own directory is not as complete as the demo: a helpline with no address, a place
// without coordinates, no need, no "checked on" date. Its service pages still read well: what is
// unknown is not shown (no map at 0,0, no "checked on undefined"), and an address without
// coordinates is found on the map by its words.
import { cleanup, render, screen } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import ServiceScreen from '../../src/app/screens/service';
import { db } from '../../src/data/db';
import { loadPageStrings, setupI18n } from '../../src/i18n/i18n';
import type { Service } from '../../src/shared/directory';

const base: Service = {
  id: 'helpline',
  organization_id: 'city',
  needs: [],
  languages: ['en'],
  phones: [{ number: '+44 20 7946 0000', purpose: 'helpline', sms: false }],
  schedule: { timezone: 'Europe/London', hours: [], closures: [] },
  free: true,
  response_hours: 72,
  texts: { en: { name: 'City Helpline', description: 'Advice by telephone.' } },
};
const noCoordinates: Service = {
  ...base,
  id: 'advice-centre',
  texts: { en: { name: 'Advice Centre', description: 'Advice in person.' } },
  address: { address_1: '1 High Street', postal_code: 'AB1 2CD', city: 'Townsville' },
};

beforeAll(async () => {
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} })) as unknown as typeof matchMedia;
  await setupI18n('en');
  await loadPageStrings();
  await db().services.bulkPut([base, noCoordinates, { ...base, id: 'bare', phones: [], languages: [], texts: { en: { name: 'Bare Service' } } }]);
  await db().organizations.put({ id: 'city', texts: { en: { name: 'Townsville Council', description: 'The council.' } } });
  await db().meta.put({ key: 'directory', version: 1, published_at: '2026-11-20T00:00:00Z', locales: ['en'], checked_at: 'x' });
});
afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

function openAt(path: string) {
  history.replaceState(null, '', path);
  return render(
    <LocationProvider>
      <Router>
        <Route path="/service/:id" component={ServiceScreen} />
        <Route default component={() => null} />
      </Router>
    </LocationProvider>,
  );
}

describe('the page of an imported service', () => {
  it('without an address: its phone, no address section, no map, no "checked on"', async () => {
    openAt('/service/helpline');
    expect(await screen.findByRole('heading', { level: 1, name: /City Helpline/ })).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /Call.*7946/ }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('heading', { name: 'Address' })).toBeNull();
    expect(screen.queryByRole('link', { name: /map|Directions/ })).toBeNull();
    expect(document.body.textContent).not.toMatch(/checked|undefined|NaN/i);
    // It gives no hours and does not say it works by appointment: that is not known.
    expect(screen.getAllByText('Opening hours not given: ask the service').length).toBeGreaterThan(0);
    expect(document.body.textContent).not.toContain('By appointment');
  });

  it('with nothing but a name: no empty section, no contact list, no languages heading', async () => {
    openAt('/service/bare');
    expect(await screen.findByRole('heading', { level: 1, name: /Bare Service/ })).toBeTruthy();
    const empty = [...document.querySelectorAll('section:has(> h2)')].filter((s) => !s.querySelector('h2')!.nextElementSibling?.textContent?.trim());
    expect(empty.map((s) => s.querySelector('h2')?.textContent)).toEqual([]);
    for (const heading of ['Contact', 'Languages spoken', 'Accessibility', 'What it is', 'Who it is for']) expect(screen.queryByRole('heading', { name: heading })).toBeNull();
  });

  it('with an address but no coordinates: the address, and the map finds it by its words', async () => {
    openAt('/service/advice-centre');
    expect(await screen.findByRole('heading', { name: 'Address' })).toBeTruthy();
    expect(screen.getAllByText('1 High Street').length).toBeGreaterThan(0);
    expect(screen.queryByRole('link', { name: 'Directions' })).toBeNull();
    const map = screen.getByRole('link', { name: 'Open in a map' });
    expect(map.getAttribute('href')).toBe('https://www.openstreetmap.org/search?query=1%20High%20Street%2C%20AB1%202CD%20Townsville');
    expect(document.body.textContent).not.toMatch(/undefined|NaN/);
  });
});
