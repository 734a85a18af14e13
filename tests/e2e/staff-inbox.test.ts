// The whole loop, in Chromium: a person asks a service to contact them while offline; back
// online the request is delivered; a staff member of that service's organisation finds it in
// the inbox, opens it (the details are right, shown as text), records a call that got no answer,
// then that they reached the person; the person's phone then shows what happened. Staff of
// another organisation see none of it. The pages pass axe in English and Arabic, at 320 px and
// on a desktop, and the loop works with the keyboard alone. On a phone (320×640, 360×740) the
// first request and a request's call button are on the first screen, in English, French, Arabic.
import { mkdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadDemoDirectory } from '../../src/server/hsds/demo-package';
import { PonteApp } from './page-models/ponte-app';
import { StaffInbox } from './page-models/staff-inbox';
import { axeViolations } from './support/axe';
import { cutNetwork, newContext, restoreNetwork } from './support/browser';
import { serverAndBrowser } from './support/lab';
import { signedInStaff } from './support/staff';

const demoDirectory = await loadDemoDirectory();

const SHOTS = '/tmp/ponte-e2e-shots/staff-inbox';
const SERVICE = 'youth-compass';
const ORGANIZATION = 'la-brujula-youth';
const OTHER_ORGANIZATION = 'tenants-association';
// A name that is markup: it must be shown as these letters, never as bold text.
const amina = { name: '<b>Amina</b> Haddad', phone: '+34 611 22 33 44', message: 'Tengo una carta del juzgado.\nNo la entiendo.' };
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 320, height: 740 };

const lab = serverAndBrowser();

/** The person's phone: the public app, ready offline after one visit. */
async function phone(): Promise<{ context: BrowserContext; app: PonteApp }> {
  const context = await newContext(lab.browser);
  const app = new PonteApp(await context.newPage(), lab.server.url);
  await app.open('/');
  await app.waitUntilReadyOffline();
  return { context, app };
}

async function staffMember(organization: string, email: string, viewport = DESKTOP): Promise<{ context: BrowserContext; staff: StaffInbox }> {
  const context = await newContext(lab.browser, { viewport });
  await signedInStaff(context, lab.server, organization, email);
  return { context, staff: new StaffInbox(await context.newPage(), lab.server.url) };
}

/** "Nov 26, 2026, 2:05 PM" as the staff pages write a moment in English (the context's time zone). */
const moment = (ms: number) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Madrid' }).format(new Date(ms));
/** Every minute between two instants, written so: the due time lies in one of them. */
function minutesBetween(from: number, to: number): string[] {
  const out = new Set<string>();
  for (let t = from - 60_000; t <= to + 60_000; t += 30_000) out.add(moment(t));
  return [...out];
}

/** Whether all of `target` is inside the window as it is scrolled now (on a fresh page: the first screen). */
async function inSight(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const height = page.viewportSize()!.height;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

describe('the staff inbox, in Chromium', () => {
  let reference = '';
  let requestId = '';

  it('a request sent offline reaches its organisation\'s inbox; staff open it, try, reach the person; the phone shows it', async () => {
    const person = await phone();
    await cutNetwork(person.context);
    const sentFrom = Date.now();
    requestId = await person.app.askToBeContacted(SERVICE, amina);
    await person.app.waitForRequest(requestId, 'waiting');
    await restoreNetwork(person.context);
    await person.app.waitForRequest(requestId, 'delivered');
    const deliveredBy = Date.now();
    reference = (await person.app.page.locator(`[data-request-id="${requestId}"] .reference`).textContent())!;

    const { context, staff } = await staffMember(ORGANIZATION, 'marta@labrujula.example');
    await staff.openInbox();
    expect(await staff.counts()).toMatchObject({ New: 1, Opened: 0, Contacted: 0, Late: 0 });
    const row = await staff.tableRow(reference);
    // In the page's language (English here); the city's own name may follow it in brackets.
    expect(row.Service).toMatch(/^La Brújula Youth Compass\b/);
    expect(row.State).toBe('New');
    // When it came, in words and as a moment ("this minute Nov 26, 2026, 9:42 PM").
    expect(row.Received).toMatch(/^(this minute|\d+ minutes? ago) /);
    expect(minutesBetween(sentFrom, deliveredBy).some((time) => row.Received.endsWith(time)), row.Received).toBe(true);
    const hours = demoDirectory.services.find((s) => s.id === SERVICE)!.response_hours;
    const due = minutesBetween(sentFrom + hours * 3_600_000, deliveredBy + hours * 3_600_000);
    expect(due.some((time) => row['Answer due'].startsWith(time)), `${row['Answer due']} is none of ${due.join(' | ')}`).toBe(true);
    expect(row['Answer due']).not.toMatch(/Late|Due within/);
    await shot(staff.page, 'inbox-desktop-en');

    await staff.openRequest(reference);
    // The markup in the name is shown as letters: no <b> element was made from it.
    expect(await staff.detail('Name')).toBe(amina.name);
    expect(await staff.page.locator('.request-details b').count()).toBe(0);
    expect(await staff.detail('Phone')).toBe(amina.phone);
    expect(await staff.detail('Message')).toBe(amina.message);
    expect(await staff.page.locator('.request-message').evaluate((e) => getComputedStyle(e).whiteSpace)).toBe('pre-wrap');
    expect(await staff.detail('How to reach them')).toBe('Phone call');
    expect(await staff.detail('When')).toBe('morning');
    // One tap to call, the way the person asked for; no other way offered.
    expect(await staff.page.getByRole('link', { name: 'Call +34 611 22 33 44' }).getAttribute('href')).toBe('tel:+34611223344');
    expect(await staff.page.locator('.contact-actions a').count()).toBe(1);
    expect(await staff.state.textContent()).toBe('Opened');

    await staff.triedNoAnswer('Phone call');
    expect(await staff.attempts()).toEqual([expect.stringMatching(/^Phone call, .+: no answer$/)]);
    await staff.reachedThem();
    expect(await staff.state.textContent()).toBe('Contacted');
    await shot(staff.page, 'request-desktop-en');

    await staff.openInbox();
    expect(await staff.counts()).toMatchObject({ New: 0, Opened: 0, Contacted: 1 });
    expect((await staff.tableRow(reference)).State).toBe('Contacted');

    // The export: a file downloaded from the page, with the request and its details in it.
    await staff.page.getByText('The export is recorded in the audit log and holds people’s personal details', { exact: false }).waitFor();
    const [download] = await Promise.all([staff.page.waitForEvent('download'), staff.page.getByRole('button', { name: 'Export as CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^ponte-requests-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain(reference);
    expect(csv).toContain('Haddad');
    await staff.page.getByRole('status').filter({ hasText: 'The file is downloaded.' }).waitFor();

    // The phone, reopened online, asks what became of its request and says it in words.
    await person.app.open('/requests');
    const progress = person.app.page.locator(`[data-request-id="${requestId}"] [data-testid="request-progress"]`);
    await progress.getByText(/^They tried to call you on /).waitFor({ timeout: 30_000 });
    await progress.getByText(/^They reached you on /).waitFor();
    await person.context.close();
    await context.close();
  });

  it('a request the person withdrew says so, its details erased, and offers nothing to do', async () => {
    const person = await phone();
    const id = await person.app.askToBeContacted(SERVICE, { name: 'Nadia Benali', phone: '+34 633 44 55 66' });
    await person.app.waitForRequest(id, 'delivered');
    const item = person.app.page.locator(`[data-request-id="${id}"]`);
    await item.getByRole('button', { name: 'Withdraw this request' }).click();
    await item.getByRole('button', { name: 'Yes, withdraw it' }).click();
    await item.getByText(/^You withdrew this request on /).waitFor({ timeout: 30_000 });
    await person.context.close();

    const { context, staff } = await staffMember(ORGANIZATION, 'pablo@labrujula.example');
    await staff.open(`/staff/requests/${id}`);
    await staff.page.locator('.request-erased').waitFor();
    expect(await staff.state.textContent()).toBe('Closed: Withdrawn by the person');
    await staff.page.getByText(/^The person withdrew this request on .+\.$/).waitFor();
    expect(await staff.page.locator('.request-erased').textContent()).toMatch(/^The details were erased on .+, when the person withdrew the request\.$/);
    expect(await staff.page.getByText('Nadia Benali').count()).toBe(0);
    expect(await staff.page.getByRole('button').filter({ hasText: /I tried|I reached|Close the request|Save/ }).count()).toBe(0);
    expect(await axeViolations(staff.page, 'withdrawn request')).toEqual([]);
    await shot(staff.page, 'withdrawn-desktop-en');
    await context.close();
  });

  it('staff of another organisation see none of it: an empty inbox, and "not found" at its address', async () => {
    const { context, staff } = await staffMember(OTHER_ORGANIZATION, 'luis@inquilinos.example');
    await staff.openInbox();
    await staff.page.getByText('No requests yet.', { exact: false }).waitFor();
    expect(await staff.page.locator('.inbox-table tbody tr').count()).toBe(0);
    expect(await staff.page.getByText(reference).count()).toBe(0);
    await staff.open(`/staff/requests/${requestId}`);
    await staff.page.getByRole('alert').filter({ hasText: /^Not found\./ }).waitFor();
    expect(await staff.page.getByText(amina.phone).count()).toBe(0);
    await context.close();
  });

  it('with the keyboard alone: from the inbox to a request, a failed call, then reached', async () => {
    const person = await phone();
    const id = await person.app.askToBeContacted(SERVICE, { name: 'Yusuf Demir', phone: '+34 622 33 44 55' });
    await person.app.waitForRequest(id, 'delivered');
    const ref = (await person.app.page.locator(`[data-request-id="${id}"] .reference`).textContent())!;
    await person.context.close();

    const { context, staff } = await staffMember(ORGANIZATION, 'ines@labrujula.example');
    await staff.openInbox();
    const page = staff.page;
    // What has focus, in words: a control's label, or its own text.
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null;
        return (element?.labels?.[0] ?? element)?.innerText?.trim() ?? '';
      });
    /** Presses Tab until what has focus reads `text`; fails after `limit` presses. */
    async function tabTo(text: string | RegExp, limit = 60) {
      for (let n = 0; n < limit; n++) {
        await page.keyboard.press('Tab');
        const now = await focused();
        if (typeof text === 'string' ? now === text : text.test(now)) return;
      }
      throw new Error(`"${text}" was not reached with Tab.`);
    }
    await tabTo(ref);
    await page.keyboard.press('Enter');
    await staff.expectHeading(`Request ${ref}`);
    await tabTo('Phone call');
    await page.keyboard.press('Space');
    await tabTo('I tried, no answer');
    await page.keyboard.press('Enter');
    await page.locator('.request-attempts li').first().waitFor();
    await tabTo('I reached them');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Marked as reached.' }).waitFor();
    expect(await staff.state.textContent()).toBe('Contacted');

    // A note for colleagues, kept (sealed) by the server: still there when the page is opened again.
    await page.getByLabel('Note for your colleagues (the person never sees it)').fill('Called back on Tuesday; needs a lawyer.');
    expect(await page.locator('#note-counter').textContent()).toBe('461 characters left of 500');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'The note is saved.' }).waitFor();
    await page.reload();
    await staff.expectHeading(`Request ${ref}`);
    expect(await page.getByLabel('Note for your colleagues (the person never sees it)').inputValue()).toBe('Called back on Tuesday; needs a lawyer.');

    // Closing asks how it ended, then for a confirmation; a closed request offers nothing more.
    await page.getByRole('button', { name: 'Close the request' }).click();
    await page.getByText('Choose how it ended.').waitFor();
    await page.getByRole('radio', { name: 'Helped', exact: true }).check();
    await page.getByRole('button', { name: 'Close the request' }).click();
    await page.getByRole('heading', { name: 'Close this request as “Helped”?' }).waitFor();
    expect(await axeViolations(page, 'close confirmation')).toEqual([]);
    await shot(page, 'close-confirmation-desktop-en');
    await page.getByRole('button', { name: 'Yes, close it' }).click();
    await page.getByText(/^This request is closed \(Helped\) since .+\. Nothing more can change\.$/).waitFor();
    expect(await staff.state.textContent()).toBe('Closed: Helped');
    expect(await page.getByRole('button', { name: /I tried|I reached|Close the request/ }).count()).toBe(0);
    await shot(page, 'closed-desktop-en');
    await context.close();
  });

  it('the inbox, a request, reports and figures pass axe in English and Arabic, at 320 px and on a desktop', async () => {
    // A mistake report from the app, so the reports page has one to show.
    const report = await lab.browser.newContext();
    const sent = await report.request.post(`${lab.server.url}/api/v1/reports`, {
      headers: { 'Idempotency-Key': crypto.randomUUID() },
      data: { service_id: SERVICE, reason: 'hours', details: 'Closed on Tuesday afternoons now. <i>Since May</i>', created_at: new Date().toISOString() },
    });
    expect(sent.status()).toBe(201);
    await report.close();

    const { context, staff } = await staffMember(ORGANIZATION, 'axe@labrujula.example');
    const page = staff.page;
    const violations: string[] = [];
    for (const lang of ['en', 'ar']) {
      await page.goto(`${lab.server.url}/staff`);
      await page.evaluate((l) => localStorage.setItem('ponte.language', l), lang);
      for (const [size, viewport] of [['desktop', DESKTOP], ['320', PHONE]] as const) {
        await page.setViewportSize(viewport);
        const pages: [string, string, string][] = [
          ['inbox', '/staff', '#inbox-results'],
          ['request', `/staff/requests/${requestId}`, '.request-details'],
          ['reports', '/staff/reports', '.report-card'],
          ['figures', '/staff/figures', '.figures-table, .figures-cards li'],
        ];
        for (const [name, path, ready] of pages) {
          await page.goto(lab.server.url + path);
          await page.locator(ready).locator('visible=true').first().waitFor({ timeout: 15_000 });
          expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
          // Nothing wider than the screen: no sideways scrolling at 320 px.
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
          if (name === 'reports') {
            // The report's text is shown as typed, markup included, never as markup.
            expect(await page.locator('.report-details').textContent()).toBe('Closed on Tuesday afternoons now. <i>Since May</i>');
            expect(await page.locator('.report-details i').count()).toBe(0);
          }
          violations.push(...(await axeViolations(page, `${name} ${lang} ${size}`)));
          await shot(page, `${name}-${size}-${lang}`);
        }
      }
    }
    expect(violations).toEqual([]);

    // "Mark as fixed" moves the report from the ones to check to the fixed ones.
    await page.evaluate(() => localStorage.setItem('ponte.language', 'en'));
    await page.goto(`${lab.server.url}/staff/reports`);
    await page.getByRole('button', { name: 'Mark as fixed La Brújula Youth Compass' }).click();
    const fixedSaid = page.getByRole('status').filter({ hasText: 'Marked as fixed: La Brújula Youth Compass.' });
    await fixedSaid.waitFor();
    // Said where focus went (the list's heading), in sight on a phone, not below the list.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reports-list');
    expect(page.viewportSize()).toEqual(PHONE);
    expect(await inSight(page, fixedSaid)).toBe(true);
    expect(await page.locator('.report-card').count()).toBe(0);
    await page.getByText('No reports to check.').waitFor();
    await page.getByRole('link', { name: 'Fixed', exact: true }).click();
    await page.locator('.report-card').filter({ hasText: 'The opening hours are wrong' }).getByText(/Fixed on /).waitFor();
    await context.close();
  });

  it('on a phone (320×640, 360×740), in English, French and Arabic, the first request and the call button are on the first screen', async () => {
    const { context, staff } = await staffMember(ORGANIZATION, 'phone@labrujula.example', { width: 320, height: 640 });
    const page = staff.page;
    await staff.open();
    for (const lang of ['en', 'fr', 'ar']) {
      await page.evaluate((l) => localStorage.setItem('ponte.language', l), lang);
      for (const viewport of [{ width: 320, height: 640 }, { width: 360, height: 740 }]) {
        await page.setViewportSize(viewport);
        const size = `${viewport.width}x${viewport.height}`;
        // The counts and the filters leave room for the requests: the newest one's reference is
        // on the screen the page opens on, with nothing scrolled.
        await staff.open('/staff');
        const first = page.locator('.inbox-card .reference-link').first();
        await first.waitFor();
        expect(await inSight(page, first), `the first request at ${size} in ${lang}`).toBe(true);
        await shot(page, `inbox-first-screen-${size}-${lang}`);
        // A request: the person's name, number and the one-tap call before the metadata.
        await staff.open(`/staff/requests/${requestId}`);
        const call = page.locator('.contact-actions a');
        await call.waitFor();
        expect(await inSight(page, page.locator('.person-name')), `the name at ${size} in ${lang}`).toBe(true);
        expect(await inSight(page, call), `the call button at ${size} in ${lang}`).toBe(true);
        await shot(page, `request-first-screen-${size}-${lang}`);
      }
    }
    await context.close();
  });
});
