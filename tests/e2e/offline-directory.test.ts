// The foundation, end to end: first visit online, then no network at all for page and worker.
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { cutNetwork, newContext, restoreNetwork } from './support/browser';
import { serverAndBrowser } from './support/lab';

const chromePath = inject('chromePath');

describe.skipIf(!chromePath)('the directory offline, in Chromium', () => {
  let context: BrowserContext;
  const lab = serverAndBrowser();
  let app: PonteApp;

  beforeAll(async () => {
    context = await newContext(lab.browser);
    app = new PonteApp(await context.newPage(), lab.server.url);
  });

  it('downloads the app and the directory on the first visit and says it is ready offline', async () => {
    await app.open('/');
    await app.expectHeading('What do you need help with?');
    await app.waitUntilReadyOffline();
    const workers = context.serviceWorkers();
    expect(workers.length).toBe(1);
  });

  it('with the server stopped and the network cut, the whole app still works after a reload', async () => {
    await lab.server.stop();
    await cutNetwork(context);
    await app.page.reload();
    await app.expectHeading('What do you need help with?');
    await expect.poll(() => app.status.textContent()).toContain('You are offline');

    await app.chooseNeed('Housing');
    expect(await app.itemTitles()).toContain('Housing Advice Office');

    await app.openItem('Housing Advice Office');
    await app.page.getByText('Run by Valdemar Municipal Housing Agency').filter({ visible: true }).waitFor();
    expect(await app.page.locator('.hours-summary').textContent()).toMatch(/Open now|Closed now/);
    expect(await app.page.getByRole('link', { name: 'Call +34 985 550 101' }).getAttribute('href')).toBe('tel:+34985550101');
    // A desktop browser (this context has no touch screen) gets directions on a web map.
    expect(await app.page.getByRole('link', { name: 'Directions' }).getAttribute('href')).toContain('43.5462%2C-5.6631');
    expect(await app.section('Opening hours').locator('tr').count()).toBe(7);
    expect(await app.section('Languages spoken').textContent()).toContain('French');
    await app.save();

    await app.page.goBack();
    await app.openItem('Help to pay the rent');
    expect(await app.section('Who has this right').textContent()).toContain('Tenants registered in Valdemar');
    await app.section('Services that help').locator('.item-title', { hasText: 'Rent Grant' }).waitFor();

    await app.search('vivenda');
    await expect.poll(() => app.resultTitles()).toContain('Housing Advice Office');
    await app.page.getByLabel('Search services and rights').fill('sin papeles');
    await expect.poll(() => app.resultTitles()).not.toEqual([]);

    expect(await app.savedTitles()).toEqual(['Housing Advice Office']);
  });

  it('opens a deep link never visited before, offline, and says when an address leads to no service', async () => {
    const fresh = new PonteApp(await context.newPage(), lab.server.url);
    await fresh.open('/service/night-shelter');
    await fresh.expectHeading('El Refugio Night Shelter');
    expect(await fresh.section('Opening hours').textContent()).toMatch(/8:00\sPM to 8:30\sAM/);
    // Never listed: "not found" (a removed one is "no longer listed": directory-on-device.test.ts).
    await fresh.open('/service/a-service-that-closed');
    await fresh.expectHeading('Page not found');
    expect(await fresh.page.getByRole('link', { name: 'Back to the home page' }).count()).toBe(1);
    await fresh.page.close();
  });

  it('when the network returns, the open page shows a published change, having fetched only the delta', async () => {
    await app.open('/service/food-bank-distribution');
    await app.expectHeading('Food Bank Distribution Point');
    expect(await app.section('What it is').textContent()).not.toContain('open until 20:00 on Fridays');

    expect(await lab.server.publishDemoChange()).toMatch(/Published directory version 2/);
    await lab.server.start();
    const directoryResponses: { url: string; bytes: number }[] = [];
    app.page.on('response', async (response) => {
      if (!response.url().includes('/api/v1/directory?')) return;
      directoryResponses.push({ url: response.url(), bytes: (await response.request().sizes()).responseBodySize });
    });
    await restoreNetwork(context);

    await expect.poll(() => app.section('What it is').textContent(), { timeout: 20_000 }).toContain('open until 20:00 on Fridays');
    expect(await app.section('Opening hours').textContent()).toMatch(/4:00\sPM to 8:00\sPM/);

    expect(directoryResponses.map((r) => new URL(r.url).search)).toEqual(['?since=1&locales=en,es']);
    const snapshot = await fetch(`${lab.server.url}/api/v1/directory?locales=en,es`, { headers: { 'Accept-Encoding': 'br' } });
    const snapshotBytes = (await snapshot.arrayBuffer()).byteLength;
    expect(directoryResponses[0].bytes).toBeGreaterThan(0);
    expect(directoryResponses[0].bytes).toBeLessThan(snapshotBytes / 5);
  });
});
