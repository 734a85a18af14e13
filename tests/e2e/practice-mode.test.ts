// Practice mode at a workshop, in Chromium: every state of a request shown (waiting with the
// network really cut, server busy, refused, delivered) and not one practice request at the
// server, as its own request log proves. A real request made before practice is not touched.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { axeViolations } from './support/axe';
import { cutNetwork, launchChromium, newContext, restoreNetwork } from './support/browser';
import { PonteServer } from './support/ponte-server';
import { RequestLog } from './support/request-log';

const chromePath = inject('chromePath');
const trainee = { name: 'Carmen Ruiz', phone: '+34 622 33 44 55' };

describe.skipIf(!chromePath)('practice mode, in Chromium', () => {
  let browser: Browser;
  let server: PonteServer;
  let log: RequestLog;
  beforeAll(async () => {
    server = new PonteServer(inject('distDir'));
    await server.start();
    log = new RequestLog(() => server.port);
    await log.start();
    browser = await launchChromium(chromePath!);
  });
  afterAll(async () => {
    await browser?.close();
    await log?.stop();
    await server?.dispose();
  });

  const banner = (app: PonteApp) => app.page.getByTestId('practice-banner');
  async function chooseAnswer(app: PonteApp, label: string) {
    const menu = banner(app).locator('details');
    if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await banner(app).getByText('Practice options').click();
    await banner(app).getByLabel(label).check();
  }
  const requestItem = (app: PonteApp, id: string) => app.page.locator(`[data-request-id="${id}"]`);

  // First: the test below stops the server at its end.
  it('on a library computer (kiosk), a practice request is not handed over as if a service had it', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => localStorage.setItem('ponte.kiosk', 'on'));
    const app = new PonteApp(await context.newPage(), log.url);
    await app.open('/?practice=1');
    await app.waitUntilReadyOffline();
    await banner(app).getByText('Practice: nothing is sent').waitFor();
    const id = await app.askToBeContacted('newcomers-welcome', trainee);
    await app.waitForRequest(id, 'delivered');
    // Its pretend reference must not go to the person's own phone by the hand-off QR code.
    await requestItem(app, id).getByText('Practice: “delivered”. Nothing was sent to the service.').waitFor();
    expect(await app.page.getByTestId('hand-off').count()).toBe(0);
    await context.close();
    expect(log.contactRequests()).toEqual([]);
  });

  it('goes through every state, never reaches the server, and leaving removes only the practice requests', async () => {
    const context: BrowserContext = await newContext(browser);
    const app = new PonteApp(await context.newPage(), log.url);
    await app.open('/');
    await app.waitUntilReadyOffline();

    // A real request, made before practice, waits for the connection.
    await cutNetwork(context);
    const real = await app.askToBeContacted('youth-compass', trainee);
    await app.waitForRequest(real, 'waiting');

    // The trainer's QR code: any address with ?practice=1. The switch leaves the address.
    await app.open('/need/food?practice=1');
    await banner(app).getByText('Practice: nothing is sent').waitFor();
    expect(new URL(app.page.url()).search).toBe('');
    // The form says so beside Send too: a phone left in practice must not deceive anyone.
    await app.open('/service/eviction-support/ask');
    await app.page.getByText('Practice mode is on: this request will not be sent, and nobody will contact you.').waitFor();

    // Offline, with the network really cut: the practice request waits like any other.
    const offline = await app.askToBeContacted('eviction-support', trainee);
    await app.waitForRequest(offline, 'waiting');
    await requestItem(app, offline).getByText('Practice', { exact: true }).waitFor();
    expect(await requestItem(app, real).getByText('Practice', { exact: true }).count()).toBe(0);
    await app.page.getByRole('button', { name: 'Send now' }).click();
    await app.page.getByRole('status').filter({ hasText: 'You are offline. Your requests will be sent by themselves when the connection is back.' }).waitFor();

    // The connection comes back while the trainee is on another screen: both leave by themselves,
    // the real one to the server, the practice one nowhere; the notice says which is which.
    await requestItem(app, offline).getByRole('link').click();
    await app.expectHeading(/Eviction/);
    await restoreNetwork(context);
    const notice = app.page.getByTestId('delivered-notice');
    await notice.getByText(/^Practice: your request to .* was “delivered” \(nothing was sent\)\. Reference [A-Z2-9]{3}-[A-Z2-9]{3}\./).waitFor();
    await notice.getByText(/^Your request to La Brújula Youth Compass was delivered\. Reference [A-Z2-9]{3}-[A-Z2-9]{3}\./).waitFor();
    await app.page.getByRole('button', { name: 'Close' }).click();
    expect(await notice.textContent()).toBe('');

    // Server busy: it waits, and "Send now" says why.
    await chooseAnswer(app, 'The server is busy');
    await banner(app).getByText('Requests now: The server is busy').waitFor();
    const busy = await app.askToBeContacted('free-legal-guidance', trainee);
    await requestItem(app, busy).getByText("Waiting: the service's server could not take it yet.", { exact: false }).waitFor();
    await app.page.getByRole('button', { name: 'Send now' }).click();
    await app.page.getByRole('status').filter({ hasText: "The service's server cannot take them yet." }).waitFor();
    // The server "comes back": what waits leaves at once.
    await chooseAnswer(app, 'It is delivered');
    await app.waitForRequest(busy, 'delivered');

    // Refused, with a reason the trainee can act on.
    await chooseAnswer(app, 'It is refused');
    const refused = await app.askToBeContacted('addiction-support', trainee);
    await app.waitForRequest(refused, 'refused');
    await requestItem(app, refused).getByText('Not accepted. Some details were not accepted: Your phone number.').waitFor();

    // Delivered, with a reference marked as practice.
    await chooseAnswer(app, 'It is delivered');
    const delivered = await app.askToBeContacted('newcomers-welcome', trainee);
    await app.waitForRequest(delivered, 'delivered');
    await requestItem(app, delivered).getByText('Practice: “delivered”. Nothing was sent to the service.').waitFor();
    expect(await requestItem(app, delivered).getByText('Practice reference').textContent()).toMatch(/^Practice reference: [A-Z2-9]{3}-[A-Z2-9]{3}$/);

    // The banner and its open menu pass axe, in English, in Arabic (right to left) and in easy read.
    await chooseAnswer(app, 'It is delivered');
    expect(await axeViolations(app.page, 'practice banner')).toEqual([]);
    await app.page.evaluate(() => localStorage.setItem('ponte.language', 'ar'));
    await app.page.reload();
    await banner(app).getByText('تدريب: لا يُرسَل أي شيء').waitFor();
    await banner(app).getByText('خيارات التدريب').click();
    expect(await axeViolations(app.page, 'practice banner ar')).toEqual([]);
    await app.page.evaluate(() => {
      localStorage.setItem('ponte.language', 'en');
      localStorage.setItem('ponte.reading', 'easy');
    });
    await app.page.reload();
    await banner(app).getByText('Only practice: nothing is sent').waitFor();
    await banner(app).getByText('Practice options').click();
    expect(await axeViolations(app.page, 'practice banner easy')).toEqual([]);

    // Leaving practice: its requests go, the real one stays; the banner goes.
    await banner(app).getByRole('button', { name: 'Leave practice' }).click();
    await banner(app).waitFor({ state: 'detached' });
    await app.open('/requests');
    await requestItem(app, real).waitFor();
    expect(Object.keys(await app.requestStates())).toEqual([real]);
    expect(JSON.parse(await app.rawIndexedDb())['ponte/outbox']).toHaveLength(1);

    // The settings turn it on and off too, and say so.
    await app.page.evaluate(() => localStorage.removeItem('ponte.reading'));
    await app.open('/settings');
    await app.page.getByRole('button', { name: 'Start practice' }).click();
    await app.page.getByRole('status').filter({ hasText: 'Practice mode is on. Nothing will be sent.' }).waitFor();
    await banner(app).getByText('Practice: nothing is sent').waitFor();
    expect(await axeViolations(app.page, 'settings in practice')).toEqual([]);
    await app.page.getByRole('main').getByRole('button', { name: 'Leave practice' }).click();
    await banner(app).waitFor({ state: 'detached' });
    await context.close();

    // What reached the server: the real request, and nothing else.
    expect(log.contactRequests()).toEqual([real]);
    await server.stop();
    expect((await server.storedRequests()).map((r) => r.id)).toEqual([real]);
  });
});
