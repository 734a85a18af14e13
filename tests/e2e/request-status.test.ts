// The person sees what happened, without an account: staff act on a request in their inbox while
// the phone is offline, and My requests shows it once the connection is back. "Report a mistake"
// sent with the network really cut leaves by itself when it returns. Axe on both, in easy read
// and in Arabic.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { axeViolations } from './support/axe';
import { cutNetwork, newContext, restoreNetwork } from './support/browser';
import { serverAndBrowser } from './support/lab';
import { signedInStaff } from './support/staff';

const amina = { name: 'Amina Haddad', phone: '+34 611 22 33 44' };
// The Eviction Help Desk is run by the tenants' association.
const SERVICE = 'eviction-support';
const ORGANIZATION = 'tenants-association';

describe.skipIf(!inject('chromePath'))('following a request and reporting a mistake, in Chromium', () => {
  const lab = serverAndBrowser();

  async function phone(): Promise<{ context: BrowserContext; app: PonteApp }> {
    const context = await newContext(lab.browser);
    const app = new PonteApp(await context.newPage(), lab.server.url);
    await app.open('/');
    await app.waitUntilReadyOffline();
    return { context, app };
  }

  /** A staff member of the organisation, signed in through an invitation, acting as the inbox does. */
  async function staffOf(organization: string) {
    const context = await newContext(lab.browser);
    await signedInStaff(context, lab.server, organization, `staff-${Date.now()}@example.org`);
    const session = await (await context.request.get(`${lab.server.url}/api/v1/staff/session`)).json();
    const headers = { Origin: lab.server.url, 'X-CSRF-Token': session.csrf_token as string };
    return {
      context,
      act: async (requestId: string, action: string, data: unknown = {}) => {
        const res = await context.request.post(`${lab.server.url}/api/v1/staff/requests/${requestId}/${action}`, { headers, data });
        expect(res.status(), `${action}: ${await res.text()}`).toBe(200);
      },
      reports: async () => (await (await context.request.get(`${lab.server.url}/api/v1/staff/reports?state=open`)).json()).items as { id: string; reason: string; details: string }[],
    };
  }

  /** Axe on what the page shows, in easy read and in Arabic too (reloaded with those settings). */
  async function axeInEveryReading(page: Page, label: string, ready: () => Promise<void>): Promise<string[]> {
    const found = await axeViolations(page, label);
    for (const [name, settings] of [['easy read', { reading: 'easy' }], ['Arabic', { language: 'ar' }]] as const) {
      await page.evaluate((s) => Object.entries(s).forEach(([k, v]) => localStorage.setItem(`ponte.${k}`, v)), settings);
      await page.reload();
      await ready();
      found.push(...(await axeViolations(page, `${label} (${name})`)));
      await page.evaluate(() => ['reading', 'language'].forEach((k) => localStorage.removeItem(`ponte.${k}`)));
    }
    await page.reload();
    await ready();
    return found;
  }

  it('staff open, try to call and reach the person while the phone is offline; back online, My requests says so', async () => {
    const { context, app } = await phone();
    const id = await app.askToBeContacted(SERVICE, amina);
    await app.waitForRequest(id, 'delivered');
    const item = app.page.locator(`[data-request-id="${id}"]`);

    await cutNetwork(context);
    const staff = await staffOf(ORGANIZATION);
    await staff.act(id, 'open');
    await staff.act(id, 'attempt', { method: 'call' });
    await staff.act(id, 'contacted');
    expect(await item.getByText('They reached you on').count()).toBe(0); // the phone has not heard yet

    await restoreNetwork(context);
    await item.getByText(/^They reached you on/).waitFor({ timeout: 30_000 });
    const lines = await item.locator('[data-testid="request-progress"] li').allTextContents();
    expect(lines).toHaveLength(3);
    // Dates as the interface language writes them (English: "November 26, 2026", "9:43 PM").
    expect(lines[0]).toMatch(/^Opened by the service on \w+ \d{1,2}, \d{4}\.$/);
    expect(lines[1]).toMatch(/^They tried to call you on \w+ \d{1,2}, \d{4} at \d{1,2}:\d{2}\s[AP]M\.$/);
    // Nothing personal came back with the answer, and the person can still withdraw it.
    expect(await app.rawIndexedDb()).not.toContain(amina.name);
    await item.getByRole('button', { name: 'Withdraw this request' }).waitFor();

    const violations = await axeInEveryReading(app.page, 'My requests with what happened', () => item.locator('[data-testid="request-progress"] li').first().waitFor());
    expect(violations).toEqual([]);

    // Withdrawn: confirmed in words, and then it says so.
    await item.getByRole('button', { name: 'Withdraw this request' }).click();
    await item.getByText('The service will no longer see your details').waitFor();
    await item.getByRole('button', { name: 'Yes, withdraw it' }).click();
    await item.getByText(/^You withdrew this request on/).waitFor();
    expect(await item.getByRole('button', { name: 'Withdraw this request' }).count()).toBe(0);
    await staff.context.close();
    await context.close();
  });

  it('a report sent with the network cut waits, then leaves by itself when the connection returns', async () => {
    const { context, app } = await phone();
    const staff = await staffOf(ORGANIZATION);
    await app.open(`/service/${SERVICE}`);
    const form = app.page.getByTestId('report-mistake');
    const openForm = async () => {
      await form.getByText(/./).first().waitFor();
      if (!(await form.evaluate((d) => (d as HTMLDetailsElement).open))) await form.locator('summary').click();
      await form.locator('input[type="radio"]').first().waitFor();
    };
    await openForm();
    // Send with nothing chosen: it says what to do, and the form keeps axe's approval.
    await form.getByRole('button', { name: 'Send the report' }).click();
    await form.getByText('Choose what is wrong.').waitFor();
    expect(await axeInEveryReading(app.page, 'Report a mistake', openForm)).toEqual([]);

    await cutNetwork(context);
    await form.getByLabel('The opening hours are wrong').check();
    await form.getByLabel('Tell us more (optional)').fill('Closed on Friday afternoons since November.');
    await form.getByRole('button', { name: 'Send the report' }).click();
    await form.getByText(/^Thank you\. Your report leaves by itself/).waitFor();

    await app.page.getByRole('link', { name: /Requests/ }).first().click();
    await app.expectHeading('My requests');
    const report = app.page.locator('.report');
    await report.getByText('Report about Eviction Help Desk').waitFor();
    await report.getByText('Waiting to be sent').waitFor();
    const id = (await report.getAttribute('data-request-id'))!;
    expect((await staff.reports()).map((r) => r.id)).not.toContain(id);

    await restoreNetwork(context);
    await report.getByText('Sent. Thank you.').waitFor({ timeout: 30_000 });
    expect(await staff.reports()).toContainEqual(expect.objectContaining({ id, reason: 'hours', details: 'Closed on Friday afternoons since November.' }));
    await staff.context.close();
    await context.close();
  });
});
