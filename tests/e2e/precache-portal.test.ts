// A captive portal (station or hotel Wi-Fi before logging in) answers every request with
// "200 OK" and its own HTML page. Met while the worker installs, that page must not become the
// app: the install fails, and the next visit with a real connection installs the real app.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { cutNetwork, newContext, restoreNetwork } from './support/browser';
import { cachedTexts } from './support/cache-storage';
import { serverAndBrowser } from './support/lab';

const chromePath = inject('chromePath');
const PORTAL_PAGE = '<!doctype html><title>Wi-Fi</title><h1>Log in to the station Wi-Fi</h1>';

/** How the worker this page registers ends its install: 'activated', or 'redundant' when it failed. */
const recordInstall = () => {
  const register = ServiceWorkerContainer.prototype.register;
  (window as unknown as { installed: Promise<string> }).installed = new Promise((resolve) => {
    ServiceWorkerContainer.prototype.register = async function (...args) {
      const registration = await register.apply(this, args);
      const worker = registration.installing;
      if (!worker) resolve(registration.active ? 'activated' : 'none');
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'activated' || worker.state === 'redundant') resolve(worker.state);
      });
      return registration;
    };
  });
};
const installOutcome = (page: Page) => page.evaluate(() => (window as unknown as { installed: Promise<string> }).installed);


describe.skipIf(!chromePath)("the worker's precache behind a captive portal, in Chromium", () => {
  let context: BrowserContext;
  const lab = serverAndBrowser();
  let app: PonteApp;

  beforeAll(async () => {
    context = await newContext(lab.browser);
    await context.addInitScript(recordInstall);
    app = new PonteApp(await context.newPage(), lab.server.url);
  });

  it('fails the install rather than keep the portal page as the app', async () => {
    // The page and the worker's script got through (a portal's page as sw.js would only make the
    // browser refuse to register it); everything the worker then asks for meets the portal.
    await context.route('**/*', (route) => {
      const request = route.request();
      const portal = request.serviceWorker() && new URL(request.url()).pathname !== '/sw.js';
      return portal ? route.fulfill({ status: 200, contentType: 'text/html', body: PORTAL_PAGE }) : route.fallback();
    });
    await app.open('/');
    await app.expectHeading('What do you need help with?');
    expect(await installOutcome(app.page)).toBe('redundant');
    expect(await cachedTexts(app.page)).not.toContain(PORTAL_PAGE);
    await context.unrouteAll({ behavior: 'ignoreErrors' });
  });

  it('at the next visit with a real connection, installs the real app, which then works offline', async () => {
    await app.page.reload();
    expect(await installOutcome(app.page)).toBe('activated');
    await app.waitUntilReadyOffline();
    expect(await cachedTexts(app.page)).not.toContain(PORTAL_PAGE);

    await cutNetwork(context);
    await app.page.reload();
    await app.expectHeading('What do you need help with?');
    await app.chooseNeed('Housing');
    expect(await app.itemTitles()).toContain('Housing Advice Office');
    await restoreNetwork(context);
  });
});
