// A captive portal (Wi-Fi asking to log in) answers every request with "200 OK" and its own
// HTML page. Every language's strings come with the worker's install (where a portal's page is
// refused: precache-portal.test.ts), so behind a portal every language still switches, from the
// device, and nothing is asked of the portal for it; a portal's page that an earlier version of
// the worker stored as a language file (in its language cache) is never used.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { cutNetwork, newContext } from './support/browser';
import { serverAndBrowser } from './support/lab';
import { CaptivePortalProxy, PORTAL_PAGE } from './support/captive-portal';

const chromePath = inject('chromePath');
const ARABIC_HOME = 'في أي شيء تحتاج إلى مساعدة؟';
/** The Arabic language file of this build (its standard and easy-read sentences). */
const arabicFiles = () => readdirSync(join(inject('distDir'), 'assets')).filter((f) => /^locale-ar-.*\.js$/.test(f)).map((f) => `/assets/${f}`);

/** The header's language picker, behind its "Menu" where the screen is narrow. */
async function pickLanguage(page: Page, lang: string) {
  const select = page.locator('#language-select');
  if (!(await select.isVisible())) await page.locator('.header-menu-button').click();
  await select.selectOption(lang);
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

  it('Arabic chosen behind the portal comes from the device, easy read too, across a reload: nothing is asked of the portal for it', async () => {
    const context = await newContext(lab.browser);
    const app = new PonteApp(await context.newPage(), proxy.url);
    await app.open('/');
    await app.waitUntilReadyOffline();

    const answeredByPortal: string[] = [];
    proxy.on('portal', (path) => answeredByPortal.push(path));
    proxy.portal = true;
    await pickLanguage(app.page, 'ar');
    await app.expectHeading(ARABIC_HOME);
    await app.page.getByRole('button', { name: 'قراءة سهلة' }).click();
    await app.page.getByRole('button', { name: 'قراءة سهلة', pressed: true }).waitFor();
    await app.page.reload();
    await app.expectHeading(ARABIC_HOME);
    expect(answeredByPortal.filter((path) => path.startsWith('/assets/'))).toEqual([]);
    await context.close();
  });

  it('never answers with a portal page an earlier version of the worker stored as a language file', async () => {
    const context = await newContext(lab.browser);
    const app = new PonteApp(await context.newPage(), proxy.url);
    await app.open('/');
    await app.waitUntilReadyOffline();
    // What a worker without checks stored behind a portal: its page under Arabic's name.
    await app.page.evaluate(
      async ({ files, page }) => {
        const cache = await caches.open('ponte-locales');
        for (const file of files) await cache.put(file, new Response(page, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
      },
      { files: arabicFiles(), page: PORTAL_PAGE },
    );
    await cutNetwork(context);
    await pickLanguage(app.page, 'ar');
    await app.expectHeading(ARABIC_HOME);
    await app.page.reload();
    await app.expectHeading(ARABIC_HOME);
    await context.close();
  });
});
