// The directory on the device, as a person meets it: a first visit to a deep link while the
// directory downloads (the server's page shows the card at once; a page the device must make
// itself says the download is under way, or failed), a service removed from the directory against an address never listed
// (offline too), and a directory damaged on the device that repairs itself.
import type { BrowserContext } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { axeViolations } from './support/axe';
import { cutNetwork, holdBack, newContext, restoreNetwork } from './support/browser';
import { serverAndBrowser } from './support/lab';
import { publishWithoutService } from './support/publish-directory';

const chromePath = inject('chromePath');
const SCREENSHOTS = 'tests/e2e/screenshots';
const NOT_ON_DEVICE = 'The directory is not on this device yet. Connect to the internet once to download it.';
const DIRECTORY_PAYLOAD = /\/api\/v1\/directory\?/;
const RIGHTS_CARD = 'Nobody can put you out without a judge';

/** Holds the directory download until released: the test sees the page while it is under way. */
const holdDirectoryDownload = (context: BrowserContext) => holdBack(context, DIRECTORY_PAYLOAD);

describe.skipIf(!chromePath)('the directory on the device, in Chromium', () => {
  const lab = serverAndBrowser();
  const phone = () => newContext(lab.browser, { viewport: { width: 320, height: 700 } });

  it('on a first visit to a deep link, shows it at once; a page the device makes meanwhile says the directory is downloading (not that it is missing), then shows the service', async () => {
    const context = await phone();
    const download = await holdDirectoryDownload(context);
    const app = new PonteApp(await context.newPage(), lab.server.url);
    await app.open('/rights/right-against-eviction');
    // The server's page: readable before the directory is on the device.
    await app.expectHeading(RIGHTS_CARD);
    await download.requested;
    // Another page, made by the device itself: the directory is not there yet.
    await app.page.getByRole('link', { name: 'Eviction Help Desk' }).click();
    await app.expectHeading('Getting the directory');
    await app.page.getByTestId('download-step').filter({ hasText: 'Downloading… The page will appear by itself when the download is done.' }).waitFor();
    expect(await app.page.getByRole('progressbar', { name: 'Directory download' }).count()).toBe(1);
    expect(await app.page.getByText(NOT_ON_DEVICE).count()).toBe(0);
    expect(await axeViolations(app.page, 'downloading')).toEqual([]);
    await app.page.screenshot({ path: `${SCREENSHOTS}/downloading-320.png`, fullPage: true });

    download.release();
    await app.expectHeading('Eviction Help Desk');
    await context.close();
  });

  it('says when the download failed, tries again when asked, and by itself when the connection returns', async () => {
    const context = await phone();
    await context.route(DIRECTORY_PAYLOAD, (route) => route.abort('internetdisconnected'));
    const app = new PonteApp(await context.newPage(), lab.server.url);
    await app.open('/rights/right-against-eviction');
    await app.expectHeading(RIGHTS_CARD);
    await app.status.filter({ hasText: 'The directory could not be downloaded just now.' }).waitFor();
    await app.page.getByRole('link', { name: 'Eviction Help Desk' }).click();
    await app.expectHeading('The directory could not be downloaded');
    expect(await app.status.textContent()).toBe('The directory could not be downloaded just now.');
    // "Try again" while the server still fails: asked again, failed again.
    const asked = app.page.waitForRequest(DIRECTORY_PAYLOAD);
    await app.page.getByRole('button', { name: 'Try again' }).click();
    await asked;
    await app.expectHeading('The directory could not be downloaded');

    await context.unroute(DIRECTORY_PAYLOAD);
    // The device's connection drops and returns: the app tries again by itself.
    await context.setOffline(true);
    await context.setOffline(false);
    await app.expectHeading('Eviction Help Desk');
    await context.close();
  });

  it('offline, a removed service is "no longer listed" and an address never listed is "not found"', async () => {
    const context = await phone();
    const app = new PonteApp(await context.newPage(), lab.server.url);
    await app.open('/');
    await app.waitUntilReadyOffline();
    await publishWithoutService(lab.server, 'clothes-bank');
    // The open page syncs at start: the delta removes the service while its page is open.
    await app.open('/service/clothes-bank');
    await app.expectHeading('This service is no longer listed');

    await cutNetwork(context);
    await app.page.reload();
    await app.expectHeading('This service is no longer listed');
    expect(await axeViolations(app.page, 'gone')).toEqual([]);
    await app.page.screenshot({ path: `${SCREENSHOTS}/gone-offline-320.png`, fullPage: true });
    await app.open('/service/a-service-never-listed');
    await app.expectHeading('Page not found');
    await app.page.screenshot({ path: `${SCREENSHOTS}/not-found-service-offline-320.png`, fullPage: true });
    await app.open('/rights/clothes-bank');
    await app.expectHeading('Page not found');
    await restoreNetwork(context);
    await context.close();
  });

  it('rows deleted from the device by hand come back at the next start: the service shows again', async () => {
    const context = await phone();
    const app = new PonteApp(await context.newPage(), lab.server.url);
    await app.open('/');
    await app.waitUntilReadyOffline();
    await app.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const opening = indexedDB.open('ponte');
          opening.onerror = () => reject(opening.error);
          opening.onsuccess = () => {
            const tx = opening.result.transaction(['services', 'rights'], 'readwrite');
            tx.objectStore('services').delete('night-shelter');
            tx.objectStore('rights').clear();
            tx.oncomplete = () => (opening.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await app.open('/service/night-shelter');
    await app.expectHeading('El Refugio Night Shelter');
    await app.open('/rights/right-to-register');
    await app.expectHeading('Registering at the town hall');
    await context.close();
  });
});
