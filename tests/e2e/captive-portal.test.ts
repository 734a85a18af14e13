// A captive portal (Wi-Fi asking to log in) answers every request with "200 OK" and its own
// HTML page. The worker must never keep that page as a language file: Arabic chosen behind
// the portal works once the network is back, and an entry poisoned earlier is replaced.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { cutNetwork, newContext, restoreNetwork } from './support/browser';
import { serverAndBrowser } from './support/lab';
import { CaptivePortalProxy, PORTAL_PAGE } from './support/captive-portal';

const chromePath = inject('chromePath');
const ARABIC_HOME = 'في أي شيء تحتاج إلى مساعدة؟';
const ENGLISH_HOME = 'What do you need help with?';
/** The Arabic language files of this build: standard and easy-read sentences. */
const arabicFiles = () => readdirSync(join(inject('distDir'), 'assets')).filter((f) => /^locale-ar-.*\.js$/.test(f)).map((f) => `/assets/${f}`);

/** What the worker keeps for Arabic: each file's address and content type. */
const cachedArabic = (app: PonteApp) =>
  app.page.evaluate(async () => {
    const cache = await caches.open('ponte-locales');
    const entries = await Promise.all((await cache.keys()).map(async (r) => [new URL(r.url).pathname, (await cache.match(r))!.headers.get('Content-Type')]));
    return Object.fromEntries(entries.filter(([path]) => path!.startsWith('/assets/locale-ar-')));
  });

/** Arabic chosen: both its files, real JavaScript, are kept, and it works with no network at all. */
async function arabicKeptAndWorkingOffline(app: PonteApp, context: BrowserContext) {
  await app.page.getByLabel('Language', { exact: true }).selectOption('ar');
  await app.expectHeading(ARABIC_HOME);
  await expect.poll(() => cachedArabic(app)).toEqual(Object.fromEntries(arabicFiles().map((f) => [f, 'text/javascript; charset=utf-8'])));
  await cutNetwork(context);
  await app.page.reload();
  await app.expectHeading(ARABIC_HOME);
}

describe.skipIf(!chromePath)('behind a captive portal, in Chromium', () => {
  const lab = serverAndBrowser();
  let proxy: CaptivePortalProxy;
  beforeAll(async () => {
    proxy = new CaptivePortalProxy(() => lab.server.port);
    await proxy.start();
  });
  // A test that failed while the portal was on must not leave it on for the next.
  beforeEach(() => void (proxy.portal = false));
  afterAll(async () => {
    await proxy?.stop();
  });

  it('Arabic chosen while the portal answers works once the network is back, and then offline', async () => {
    const context = await newContext(lab.browser);
    const app = new PonteApp(await context.newPage(), proxy.url);
    await app.open('/');
    await app.waitUntilReadyOffline();

    proxy.portal = true;
    const portalAnsweredArabic = proxy.answered(/^\/assets\/locale-ar-/);
    const switchFailed = app.page.waitForEvent('pageerror');
    await app.page.getByLabel('Language', { exact: true }).selectOption('ar');
    await portalAnsweredArabic;
    await switchFailed; // the portal's page is not a language file: the switch fails, English stays
    await app.expectHeading(ENGLISH_HOME);
    expect(Object.keys(await cachedArabic(app))).toEqual([]);

    proxy.portal = false;
    await app.page.reload();
    await arabicKeptAndWorkingOffline(app, context);
    // Easy-read too.
    await app.page.getByRole('button', { name: 'قراءة سهلة' }).click();
    await app.page.getByRole('button', { name: 'قراءة سهلة', pressed: true }).waitFor();
    await context.close();
  });

  it('replaces a portal page stored as a language file by an earlier version of the worker', async () => {
    const context = await newContext(lab.browser);
    const app = new PonteApp(await context.newPage(), proxy.url);
    await app.open('/');
    await app.waitUntilReadyOffline();
    // What the worker without these checks stored behind a portal: its page under Arabic's names.
    await app.page.evaluate(
      async ({ files, page }) => {
        const cache = await caches.open('ponte-locales');
        for (const file of files) await cache.put(file, new Response(page, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
      },
      { files: arabicFiles(), page: PORTAL_PAGE },
    );
    expect(Object.values(await cachedArabic(app))).toEqual(['text/html; charset=utf-8', 'text/html; charset=utf-8']);

    await arabicKeptAndWorkingOffline(app, context);
    await restoreNetwork(context);
    await context.close();
  });
});
