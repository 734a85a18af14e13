// The filters of a need, on a 320 px phone with no network: open now, free of charge, no
// appointment needed and a language spoken narrow the list on the device, the number left is
// announced, and the filtered lists pass axe in English, Arabic (right to left) and easy read.
// The page's clock is fixed (Tuesday 24 November 2026, 13:00 in Valdemar) so "open now" is known.
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { axeViolations } from './support/axe';
import { cutNetwork, newContext, restoreNetwork } from './support/browser';
import { serverAndBrowser } from './support/lab';

const chromePath = inject('chromePath');
const SCREENSHOTS = 'tests/e2e/screenshots';
const TUESDAY_1PM = new Date('2026-11-24T12:00:00Z');

describe.skipIf(!chromePath)('results filters, offline at 320 px', () => {
  const lab = serverAndBrowser();
  let context: BrowserContext;
  let app: PonteApp;

  beforeAll(async () => {
    context = await newContext(lab.browser, { viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.clock.setFixedTime(TUESDAY_1PM);
    app = new PonteApp(page, lab.server.url);
    await app.open('/');
    await app.waitUntilReadyOffline();
  });

  const services = () => app.page.locator('main .service-item');
  /** What the live region says, without the marks that isolate numbers in Arabic. */
  const announced = async () => (await app.page.locator('main .filter-count[role="status"]').textContent())?.replace(/[\u2066-\u2069]/g, '');
  const hrefs = () => services().locator('a.item-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.replace('/service/', '')).sort());
  const noSidewaysScroll = () => app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it('narrows the older people’s services with the keyboard, offline, announcing how many are left', async () => {
    await cutNetwork(context);
    await app.open('/need/older');
    await app.expectHeading('Older people');
    await expect.poll(announced).toBe('11 services');

    // Keyboard only: the checkbox is reached and pressed like any form control.
    const openNow = app.page.getByRole('checkbox', { name: 'Open now' });
    await openNow.focus();
    await app.page.keyboard.press('Space');
    await expect.poll(announced).toBe('6 services');
    expect(await hrefs()).toEqual(['dependency-assessment', 'home-help', 'la-atalaya-centre', 'social-services-centre-centro', 'social-services-centre-sur', 'telecare']);
    // Every service left says it is open (or open round the clock).
    expect(await services().locator('.hours-line.open').count()).toBe(6);

    await app.page.keyboard.press('Tab'); // to "Free of charge"
    await app.page.keyboard.press('Space');
    await expect.poll(announced).toBe('4 services');
    expect(await hrefs()).not.toContain('home-help');

    await app.page.keyboard.press('Tab'); // to "No appointment needed"
    await app.page.keyboard.press('Space');
    await expect.poll(announced).toBe('1 service');
    expect(await hrefs()).toEqual(['telecare']);

    await app.page.getByRole('combobox', { name: 'Language spoken' }).selectOption('ar');
    await expect.poll(announced).toBe('No service matches: remove a filter.');
    expect(await services().count()).toBe(0);
    expect(await noSidewaysScroll()).toBe(0);
    await app.page.screenshot({ path: `${SCREENSHOTS}/filters-none-320.png`, fullPage: true });
    await app.page.getByRole('button', { name: 'Remove the filters' }).click();
    await expect.poll(announced).toBe('11 services');

    // Back from a service brings the list back as it was filtered; the address holds no filter.
    await app.page.getByRole('checkbox', { name: 'Free of charge' }).check();
    await expect.poll(announced).toBe('9 services');
    expect(new URL(app.page.url()).search).toBe('');
    await app.openItem('Telecare Alarm');
    await app.page.goBack();
    await expect.poll(announced).toBe('9 services');
    expect(await app.page.getByRole('checkbox', { name: 'Free of charge' }).isChecked()).toBe(true);

    expect(await axeViolations(app.page, 'en filtered')).toEqual([]);
    expect(await noSidewaysScroll()).toBe(0);
    await app.page.screenshot({ path: `${SCREENSHOTS}/filters-en-320.png`, fullPage: true });
  });

  it('in Arabic and in easy read, the filtered list passes axe, with each own name marked Spanish', async () => {
    // The Arabic share of the directory comes while online; then the network goes again.
    await restoreNetwork(context);
    await app.page.evaluate(() => localStorage.setItem('ponte.language', 'ar'));
    // A new visit to the need (a new history entry): no filter from the last one.
    await app.open('/');
    await app.open('/need/older');
    await app.page.locator('html[lang="ar"]').waitFor({ state: 'attached' });
    await app.page.locator('main .service-item .item-title', { hasText: /[\u0600-\u06FF]/ }).first().waitFor({ timeout: 30_000 });
    await cutNetwork(context);
    await app.page.reload();

    await app.page.getByRole('checkbox', { name: 'المفتوحة الآن' }).check();
    await expect.poll(async () => services().count()).toBe(6);
    expect(await announced()).toMatch(/^6 خدمات$/);
    // The names on the door, in the city's language, left to right inside the Arabic page.
    const own = services().locator('.own-name bdi').first();
    expect([await own.getAttribute('lang'), await own.getAttribute('dir')]).toEqual(['es', 'ltr']);
    expect(await axeViolations(app.page, 'ar filtered')).toEqual([]);
    expect(await noSidewaysScroll()).toBe(0);
    await app.page.screenshot({ path: `${SCREENSHOTS}/filters-ar-320.png`, fullPage: true });

    await app.page.evaluate(() => localStorage.setItem('ponte.reading', 'easy'));
    await app.page.reload();
    await app.page.getByRole('checkbox', { name: 'لا تدفع شيئًا' }).check();
    await app.page.getByRole('combobox', { name: 'يتكلمون هذه اللغة' }).selectOption('en');
    // Open now, free, English spoken: the city-centre social services and the alarm line ("two services").
    await expect.poll(announced).toBe('خدمتان');
    expect(await hrefs()).toEqual(['social-services-centre-centro', 'telecare']);
    expect(await axeViolations(app.page, 'ar easy filtered')).toEqual([]);
    expect(await noSidewaysScroll()).toBe(0);
    await app.page.screenshot({ path: `${SCREENSHOTS}/filters-ar-easy-320.png`, fullPage: true });

    await app.page.evaluate(() => localStorage.setItem('ponte.language', 'en'));
    await app.page.reload();
    await app.page.getByRole('checkbox', { name: 'You can go without an appointment' }).waitFor();
    await app.page.getByRole('checkbox', { name: 'It costs nothing' }).check();
    await expect.poll(announced).toBe('2 services');
    expect(await axeViolations(app.page, 'en easy filtered')).toEqual([]);
    expect(await noSidewaysScroll()).toBe(0);
    await app.page.screenshot({ path: `${SCREENSHOTS}/filters-easy-320.png`, fullPage: true });
  });
});
