// Languages on the device: proposed from the device's own languages, and only the chosen
// language's interface strings (plus English, the fallback) are downloaded and cached.
import type { Request, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { cutNetwork, newContext } from './support/browser';
import { serverAndBrowser } from './support/lab';

const chromePath = inject('chromePath');
const localeOf = (request: Request) => /\/assets\/locale-([a-z]{2,3})-/.exec(request.url())?.[1];

describe.skipIf(!chromePath)('interface languages, in Chromium', () => {
  const lab = serverAndBrowser();

  it('downloads only English at first, then only the language chosen, which then works offline', async () => {
    const context = await newContext(lab.browser);
    const fetched = new Set<string>();
    context.on('request', (r) => localeOf(r) && fetched.add(localeOf(r)!));
    const app = new PonteApp(await context.newPage(), lab.server.url);
    await app.open('/');
    await app.waitUntilReadyOffline();
    expect([...fetched]).toEqual(['en']);

    await app.page.getByLabel('Language', { exact: true }).selectOption('fr');
    await app.expectHeading('Pour quoi avez-vous besoin d’aide ?');
    await expect
      .poll(() => app.page.evaluate(async () => (await (await caches.open('ponte-locales')).keys()).map((r) => new URL(r.url).pathname)))
      .toHaveLength(2); // French standard and easy-read sentences
    const cached = await app.page.evaluate(async () => (await (await caches.open('ponte-locales')).keys()).map((r) => new URL(r.url).pathname));
    expect(cached).toEqual([expect.stringMatching(/^\/assets\/locale-fr-/), expect.stringMatching(/^\/assets\/locale-fr-/)]);
    expect([...fetched].sort()).toEqual(['en', 'fr']);
    // The directory in French (and its easy-read texts) arrives too.
    await app.open('/service/night-shelter');
    await app.expectHeading('Foyer de nuit El Refugio');

    // Back to English and to French, and easy-read on and off: at once, without a reload, and
    // without downloading anything: strings and texts are all on the device already.
    // context.route sees what reaches the network, from the page or the worker; not what the
    // worker answers from its caches.
    const downloads: string[] = [];
    const record = (route: Route) => (downloads.push(route.request().url()), route.continue());
    await context.route(/\/assets\/locale-|\/api\/v1\/directory\?/, record);
    await app.page.evaluate(() => Object.assign(window, { samePage: true }));
    await app.page.locator('#language-select').selectOption('en');
    await app.expectHeading('El Refugio Night Shelter');
    await app.page.getByRole('button', { name: 'Easy read' }).click();
    await app.page.getByRole('heading', { name: 'Who is it for?' }).waitFor();
    await app.page.getByRole('button', { name: 'Easy read' }).click();
    await app.page.locator('#language-select').selectOption('fr');
    await app.expectHeading('Foyer de nuit El Refugio');
    await app.page.waitForLoadState('networkidle');
    expect(await app.page.evaluate(() => 'samePage' in window)).toBe(true);
    expect(downloads).toEqual([]);
    await context.unroute(/\/assets\/locale-|\/api\/v1\/directory\?/, record);

    await cutNetwork(context);
    await app.open('/');
    await app.expectHeading('Pour quoi avez-vous besoin d’aide ?');
    // Easy-read, offline: nothing to download, it is already on the device.
    await app.open('/service/night-shelter');
    await app.expectHeading('Foyer de nuit El Refugio');
    await app.page.getByRole('button', { name: 'Facile à lire' }).click();
    await app.page.getByRole('heading', { name: /^C’est pour qui\s\?$/ }).waitFor();
    expect(await app.page.locator('#what + p').textContent()).toMatch(/^Un lit pour la nuit\.\n/);
    await context.close();
  });

  it('proposes the device\'s language on the first visit (Ukrainian), fetching no other', async () => {
    const context = await newContext(lab.browser, { locale: 'uk-UA' });
    const fetched = new Set<string>();
    context.on('request', (r) => localeOf(r) && fetched.add(localeOf(r)!));
    const app = new PonteApp(await context.newPage(), lab.server.url);
    await app.open('/');
    await app.expectHeading('З чим вам потрібна допомога?');
    await app.page.waitForLoadState('networkidle');
    expect([...fetched].sort()).toEqual(['en', 'uk']);
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('uk');
    await context.close();
  });
});
