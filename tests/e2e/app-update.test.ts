// A new version of the app, end to end: the device keeps the version it has, whole and working
// offline, until the new one is complete and the person chooses to use it; the choice is never
// offered while a form holds text the person typed, which restarting would lose. Version B differs
// from A in the logo's and the toolbar's colour (support/app-versions.ts), so "which version is
// on the screen" is what a person sees, and a mix of the two would show.
import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { copyOfBuild, makeVersionB, VERSION_A_COLOUR, VERSION_B_COLOUR } from './support/app-versions';
import { cutNetwork, launchChromium, newContext, restoreNetwork } from './support/browser';
import { cachedTexts } from './support/cache-storage';
import { PonteServer } from './support/ponte-server';

const chromePath = inject('chromePath');
const PORTAL_PAGE = '<!doctype html><title>Wi-Fi</title><h1>Log in to the station Wi-Fi</h1>';
const UPDATE_READY = 'A new version of Ponte is ready.';
const VERSION_A = { logo: VERSION_A_COLOUR, toolbar: VERSION_A_COLOUR };
const VERSION_B = { logo: VERSION_B_COLOUR, toolbar: VERSION_B_COLOUR };

/** The version on the screen: the colour the logo is drawn in, and the one the app shell gives
 *  the browser's toolbar (theme-color). */
const versionShown = (page: Page) =>
  page.evaluate(async () => {
    const logo = document.querySelector<HTMLImageElement>('.brand img')!;
    await logo.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 32;
    const drawing = canvas.getContext('2d')!;
    drawing.drawImage(logo, 0, 0, 32, 32);
    // Near the top edge, in the middle: the logo's background, clear of the white bridge.
    const [r, g, b] = drawing.getImageData(16, 4, 1, 1).data;
    return {
      logo: '#' + [r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join(''),
      toolbar: document.querySelector<HTMLMetaElement>('meta[name="theme-color"]')!.content,
    };
  });

const appCaches = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('ponte-app-')).sort());


/**
 * Waits for the browser's install of the new worker (the one a visit's update check started, or
 * one this starts) and says how it ended: 'installed' (waiting its turn) or 'redundant' (failed).
 * Only for when the server has a new sw.js: otherwise no install starts.
 */
const installOfNewVersion = (page: Page) =>
  page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    if (registration.waiting) return 'installed';
    const worker =
      registration.installing ??
      (await new Promise<ServiceWorker>((resolve) => {
        registration.addEventListener('updatefound', () => resolve(registration.installing!), { once: true });
        void registration.update();
      }));
    return new Promise<string>((resolve) => {
      const ended = () => ['installed', 'activating', 'activated', 'redundant'].includes(worker.state) && resolve(worker.state);
      worker.addEventListener('statechange', ended);
      ended();
    });
  });

const hasWaitingWorker = (page: Page) => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));

/** A server on a copy of the build, which a test turns into version B between two starts (same
 *  port, so same origin for the browser, and same data folder), and a browser with one context. */
function serverOnACopyOfTheBuild() {
  const lab = {} as { build: { distDir: string; root: string }; server: PonteServer; browser: Browser; context: BrowserContext };
  beforeAll(async () => {
    lab.build = copyOfBuild(inject('distDir'));
    lab.server = new PonteServer(lab.build.distDir);
    await lab.server.start();
    lab.browser = await launchChromium(chromePath!);
    lab.context = await newContext(lab.browser);
  });
  afterAll(async () => {
    await lab.browser?.close();
    await lab.server?.dispose();
    if (lab.build) rmSync(lab.build.root, { recursive: true, force: true });
  });
  return lab;
}

describe.skipIf(!chromePath)('a new version of the app, in Chromium', () => {
  const lab = serverOnACopyOfTheBuild();
  let app: PonteApp;
  let versionACache: string;

  beforeAll(async () => {
    app = new PonteApp(await lab.context.newPage(), lab.server.url);
  });

  /** The home screen and a need's list work: the app's code, styles and strings are all there. */
  async function expectAppWorks(page: PonteApp) {
    await page.open('/');
    await page.expectHeading('What do you need help with?');
    await page.chooseNeed('Housing');
    expect(await page.itemTitles()).toContain('Housing Advice Office');
  }

  it('installs version A on the first visit, which then works with the network cut', async () => {
    await app.open('/');
    await app.waitUntilReadyOffline();
    expect(await versionShown(app.page)).toEqual(VERSION_A);
    const caches = await appCaches(app.page);
    expect(caches).toHaveLength(1);
    versionACache = caches[0]!;

    await cutNetwork(lab.context);
    await app.page.reload();
    await expect.poll(() => app.status.textContent()).toContain('You are offline');
    await expectAppWorks(app);
    expect(await versionShown(app.page)).toEqual(VERSION_A);
    await restoreNetwork(lab.context);
  });

  it('does not take version B from a network that answers one of its files with a web page: A stays, no update offered', async () => {
    await lab.server.stop();
    makeVersionB(lab.build.distDir);
    await lab.server.start();
    // A captive portal, or a proxy gone wrong, answers the new logo with "200 OK" and its page.
    await lab.context.route(`${lab.server.url}/icon.svg`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: PORTAL_PAGE }));

    await app.open('/');
    await app.expectHeading('What do you need help with?');
    expect(await installOfNewVersion(app.page)).toBe('redundant');
    expect(await hasWaitingWorker(app.page)).toBe(false);
    expect(await app.page.getByText(UPDATE_READY).count()).toBe(0);
    expect(await versionShown(app.page)).toEqual(VERSION_A);
    expect(await appCaches(app.page)).toContain(versionACache);
    expect(await cachedTexts(app.page)).not.toContain(PORTAL_PAGE);

    // Version A, whole, still works with no network at all. The network goes before the portal
    // does: an update check still queued (a busy machine) must not meet the real files between.
    await cutNetwork(lab.context);
    await lab.context.unroute(`${lab.server.url}/icon.svg`);
    await app.page.reload();
    await expectAppWorks(app);
    expect(await versionShown(app.page)).toEqual(VERSION_A);
    expect(await hasWaitingWorker(app.page)).toBe(false);
    expect(await app.page.getByText(UPDATE_READY).count()).toBe(0);
    await restoreNetwork(lab.context);
  });

  it('with the real files, offers version B at the next visit and keeps A, whole, until the person chooses B', async () => {
    await app.open('/');
    await app.page.getByText(UPDATE_READY).waitFor();
    expect(await installOfNewVersion(app.page)).toBe('installed');
    expect(await appCaches(app.page)).toHaveLength(2);
    // The old worker keeps control: the page is all version A, logo and app shell alike.
    expect(await versionShown(app.page)).toEqual(VERSION_A);
    await expectAppWorks(app);
    expect(await versionShown(app.page)).toEqual(VERSION_A);

    // Offline meanwhile: still version A, and the offer stands.
    await cutNetwork(lab.context);
    await app.page.reload();
    await expectAppWorks(app);
    expect(await versionShown(app.page)).toEqual(VERSION_A);
    await app.page.getByText(UPDATE_READY).waitFor();
    await restoreNetwork(lab.context);
  });

  it('"Restart Ponte" reloads into version B, which works offline, and another tab still on A keeps working', async () => {
    // Another tab, opened before the switch: it runs version A's code.
    const otherTab = new PonteApp(await lab.context.newPage(), lab.server.url);
    await otherTab.open('/');
    await otherTab.expectHeading('What do you need help with?');
    expect(await versionShown(otherTab.page)).toEqual(VERSION_A);

    await app.open('/');
    const reloaded = app.page.waitForEvent('load');
    await app.page.getByRole('button', { name: 'Restart Ponte' }).click();
    await reloaded;
    await app.expectHeading('What do you need help with?');
    expect(await versionShown(app.page)).toEqual(VERSION_B);
    expect(await app.page.getByText(UPDATE_READY).count()).toBe(0);
    // The new worker keeps A's files only for tabs still running A (the next version removes them).
    await expect.poll(() => app.page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    expect(await appCaches(app.page)).toHaveLength(2);
    expect(await appCaches(app.page)).toContain(versionACache);

    await cutNetwork(lab.context);
    // The other tab, offline, opens a screen whose code version A names, not B: it still comes.
    await otherTab.page.getByRole('link', { name: 'Housing', exact: true }).click();
    await otherTab.expectHeading('Housing');
    await otherTab.page.close();
    await app.page.reload();
    await expect.poll(() => app.status.textContent()).toContain('You are offline');
    await expectAppWorks(app);
    expect(await versionShown(app.page)).toEqual(VERSION_B);
    await restoreNetwork(lab.context);
  });
});

describe.skipIf(!chromePath)('a new version arriving while a form holds typed text, in Chromium', () => {
  const lab = serverOnACopyOfTheBuild();

  it('waits until the text is sent or cleared (no offer, no restart, focus left alone), then restarts into it', async () => {
    const app = new PonteApp(await lab.context.newPage(), lab.server.url);
    await app.open('/');
    await app.waitUntilReadyOffline();
    await app.open('/service/eviction-support/ask');
    await app.expectHeading('Ask to be contacted');
    const name = app.page.getByLabel('Your name');
    await name.fill('Rosa');
    // Anything that reloads the page would forget this.
    await app.page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    // Version B arrives while the person is typing.
    await lab.server.stop();
    makeVersionB(lab.build.distDir);
    await lab.server.start();
    expect(await installOfNewVersion(app.page)).toBe('installed');
    await app.page.locator('[data-update="held"]').waitFor({ state: 'attached' });
    const restart = app.page.getByRole('button', { name: 'Restart Ponte' });
    expect(await restart.count()).toBe(0);
    expect(await app.page.getByText(UPDATE_READY).count()).toBe(0);
    expect(await name.inputValue()).toBe('Rosa');
    expect(await app.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

    // The field emptied: the offer appears, announced, and the focus stays in the field.
    await name.fill('');
    await restart.waitFor();
    expect(await name.evaluate((field) => field === document.activeElement)).toBe(true);
    // Typed again, it waits again; the request sent, it is offered.
    await name.fill('Rosa Méndez');
    await restart.waitFor({ state: 'detached' });
    await app.page.getByLabel('Your phone number').fill('+34 622 10 20 30');
    await app.page.getByLabel('Morning').check();
    await app.page.getByLabel(/^I agree/).check();
    await app.page.getByRole('button', { name: 'Send' }).click();
    await app.expectHeading('My requests');
    await app.page.getByText(UPDATE_READY).waitFor();
    expect(await versionShown(app.page)).toEqual(VERSION_A);

    // My requests asks the server at once what became of the request just delivered, and shows
    // when it last asked: that answer re-renders the page. Clicked only once it has come.
    await app.page.getByTestId('request-progress').locator('.hint').waitFor();
    const reloaded = app.page.waitForEvent('load');
    await restart.click();
    await reloaded;
    await app.expectHeading('My requests');
    expect(await versionShown(app.page)).toEqual(VERSION_B);
    expect(await app.page.getByText(UPDATE_READY).count()).toBe(0);
  });
});
