// Contact requests end to end: never lost, never sent twice, never readable on the device.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { axeViolations } from './support/axe';
import { cutNetwork, launchChromium, newContext, restoreNetwork } from './support/browser';
import { FaultProxy } from './support/fault-proxy';
import { PonteServer } from './support/ponte-server';

const chromePath = inject('chromePath');
const amina = { name: 'Amina Haddad', phone: '+34 611 22 33 44', message: 'Tengo una carta del juzgado y no la entiendo.' };

describe.skipIf(!chromePath)('contact requests, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromePath!);
  });
  afterAll(() => browser?.close());

  async function onlineOnce(server: PonteServer, url = server.url): Promise<{ context: BrowserContext; app: PonteApp }> {
    const context = await newContext(browser);
    const app = new PonteApp(await context.newPage(), url);
    await app.open('/');
    await app.waitUntilReadyOffline();
    return { context, app };
  }

  /** A fresh server, one online visit, then the network cut and a request left waiting. */
  async function waitingRequestOffline(serviceId: string, { stopServer = false } = {}) {
    const server = new PonteServer(inject('distDir'));
    await server.start();
    const { context, app } = await onlineOnce(server);
    if (stopServer) await server.stop();
    await cutNetwork(context);
    const id = await app.askToBeContacted(serviceId, amina);
    await app.waitForRequest(id, 'waiting');
    return { server, context, app, id };
  }

  it('sent offline, it waits (sealed); the app closed and reopened online, it is delivered once', async () => {
    const { server, context, app, id } = await waitingRequestOffline('eviction-support', { stopServer: true });
    await app.page.getByText('Waiting: it will be sent by itself when you are back online.').waitFor();
    expect(await app.page.getByTestId('outbox-badge').textContent()).toContain('1 waiting');
    expect(Object.keys(await app.requestStates())).toEqual([id]);

    // Nothing personal is readable in the device's storage.
    const stored = await app.rawIndexedDb();
    expect(stored).toContain(id);
    for (const secret of [amina.name, amina.phone, amina.message, '611 22 33 44']) expect(stored).not.toContain(secret);

    await app.page.close();
    await server.start();
    await restoreNetwork(context);
    const reopened = new PonteApp(await context.newPage(), server.url);
    await reopened.open('/requests');
    await reopened.waitForRequest(id, 'delivered');
    const reference = await reopened.page.locator('.reference').textContent();
    expect(reference).toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);
    expect(await reopened.page.getByText('They promise to answer within 2 days.').count()).toBe(1);
    await context.close();

    await server.stop();
    expect(await server.storedRequests()).toEqual([{ id, reference, service_id: 'eviction-support' }]);
    await server.dispose();
  });

  it('with the page left open, it leaves by itself when only the connection returns', async () => {
    const { server, context, app, id } = await waitingRequestOffline('youth-compass');
    await restoreNetwork(context);
    await app.waitForRequest(id, 'delivered');
    expect(await app.page.getByTestId('outbox-badge').count()).toBe(0);
    await context.close();
    await server.stop();
    expect((await server.storedRequests()).map((r) => r.id)).toEqual([id]);
    await server.dispose();
  });

  it('delivered while the person is on another screen: a notice says so there, in a live region, without taking focus', async () => {
    const { server, context, app, id } = await waitingRequestOffline('youth-compass');
    // "Send now" offline says what will happen instead of seeming to do nothing.
    await app.page.getByRole('button', { name: 'Send now' }).click();
    await app.page.getByRole('status').filter({ hasText: 'You are offline. Your requests will be sent by themselves when the connection is back.' }).waitFor();

    await app.page.locator(`[data-request-id="${id}"] .item-link`).click();
    await app.expectHeading('La Brújula Youth Compass');
    const notice = app.page.getByTestId('delivered-notice');
    // The live region is in the page, empty, before anything is said in it.
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await notice.textContent()).toBe('');
    await app.page.getByRole('link', { name: 'Ask them to contact me' }).focus();

    await restoreNetwork(context);
    await notice.getByText(/^Your request to La Brújula Youth Compass was delivered\. Reference [A-Z2-9]{3}-[A-Z2-9]{3}\./).waitFor();
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('Ask them to contact me');
    expect(await axeViolations(app.page, 'delivered notice')).toEqual([]);
    const said = await notice.textContent();
    await app.page.getByRole('button', { name: 'Close' }).click();
    expect(await notice.textContent()).toBe('');

    await app.open('/requests');
    await app.waitForRequest(id, 'delivered');
    expect(said).toContain(await app.page.locator('.reference').textContent());
    await context.close();
    await server.dispose();
  });

  it('the form asks only how they can reach you; going there yourself leads to the address, and reading the privacy page keeps what was typed', async () => {
    const server = new PonteServer(inject('distDir'));
    await server.start();
    const { context, app } = await onlineOnce(server);
    await app.open('/service/youth-compass/ask');
    await app.expectHeading('Ask to be contacted');
    const methods = await app.page.locator('#field-method input[type="radio"]').evaluateAll((inputs) => inputs.map((i) => (i.closest('label') as HTMLElement).innerText.trim()));
    expect(methods).toEqual(['Phone call', 'SMS', 'WhatsApp', 'E-mail']);

    await app.page.getByLabel('Your name').fill(amina.name);
    await app.page.getByLabel('Your phone number').fill(amina.phone);
    await app.page.getByRole('link', { name: 'How Ponte uses your details' }).click();
    await app.page.waitForURL(/\/privacy$/);
    await app.page.goBack();
    await app.expectHeading('Ask to be contacted');
    expect(await app.page.getByLabel('Your name').inputValue()).toBe(amina.name);
    expect(await app.page.getByLabel('Your phone number').inputValue()).toBe(amina.phone);

    await app.page.getByRole('link', { name: 'Would you rather go there yourself? See their address and opening hours.' }).click();
    await app.expectHeading('La Brújula Youth Compass');
    await context.close();
    await server.dispose();
  });

  it('a waiting request can be cancelled and never leaves', async () => {
    const { server, context, app } = await waitingRequestOffline('youth-compass');
    await app.page.getByRole('button', { name: 'Cancel this request' }).click();
    await app.page.getByText('You have not asked any service to contact you yet.', { exact: false }).waitFor();
    await restoreNetwork(context);
    // A later request delivered proves the sender has run since the connection returned: that
    // run sends every request still waiting, so the cancelled one would have left with it.
    const later = await app.askToBeContacted('eviction-support', amina);
    await app.waitForRequest(later, 'delivered');
    await context.close();
    await server.stop();
    expect((await server.storedRequests()).map((r) => r.id)).toEqual([later]);
    await server.dispose();
  });

  it('fault run: 50 requests through a proxy spoiling 30% of exchanges, with reloads → exactly 50 stored, all delivered', { timeout: 300_000 }, async () => {
    const server = new PonteServer(inject('distDir'));
    await server.start();
    const proxy = new FaultProxy(() => server.port, 0.3);
    await proxy.start();
    const { context, app } = await onlineOnce(server, proxy.url);
    const services = ['eviction-support', 'youth-compass', 'free-legal-guidance', 'addiction-support', 'newcomers-welcome'];
    const ids: string[] = [];
    for (let n = 0; n < 50; n++) {
      ids.push(await app.askToBeContacted(services[n % services.length], { name: `Person ${n}`, phone: `+34 600 000 ${String(n).padStart(3, '0')}` }));
      if (n % 10 === 9) await app.page.reload(); // the person leaves and comes back mid-sending
    }
    await app.open('/requests');
    await expect
      .poll(async () => Object.values(await app.requestStates()).filter((s) => s === 'delivered').length, { timeout: 240_000, interval: 1000 })
      .toBe(50);
    const states = await app.requestStates();
    expect(Object.keys(states).sort()).toEqual([...ids].sort());
    expect(Object.values(states).every((s) => s === 'delivered')).toBe(true);
    const references = await app.page.locator('.reference').allTextContents();
    await context.close();
    await proxy.stop();
    await server.stop();

    const stored = await server.storedRequests();
    expect(stored.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(stored.map((r) => r.reference).sort()).toEqual([...references].sort());
    const others = proxy.faults['drop-before'] + proxy.faults.fail + proxy.faults.delay;
    expect(proxy.faults['drop-after']).toBeGreaterThanOrEqual(8);
    expect(Math.abs(proxy.faults['drop-after'] - others)).toBeLessThanOrEqual(1);
    console.info(`Fault run: ${JSON.stringify(proxy.faults)}, ${proxy.passed} passed through.`);
    await server.dispose();
  });
});
