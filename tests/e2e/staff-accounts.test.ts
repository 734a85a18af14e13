// The staff pages' accounts, in Chromium against the real server: the first administrator,
// invited from the command line, makes a passkey (Chromium's virtual authenticator), signs out
// and in with it, and invites a member of an organisation's staff, who sets a password from the
// link and signs in with the keyboard alone. Five wrong passwords lock signing in, saying until
// when. Thirty minutes without activity: a warning two minutes before, "Stay signed in", then
// signed out with the reason said (the page's clock is moved, nothing waits). Axe on every
// screen in English and Arabic; screenshots at 320 px and desktop width.
import { mkdirSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffAccount, linkIn, withVirtualAuthenticator } from './page-models/staff-account';
import { axeViolations } from './support/axe';
import { newContext } from './support/browser';
import { serverAndBrowser } from './support/lab';

const SCREENSHOTS = 'tests/e2e/screenshots';
const ADMIN = 'admin@city.example';
const STAFF = 'ana@social.example';
const STAFF_PASSWORD = 'river lantern autumn 42';
// The staff pages name organisations in their own language (the city's name is Servicios Sociales Municipales de Valdemar).
const ORG_NAME = 'Valdemar City Social Services';
const ORG_NAME_AR = 'الخدمات الاجتماعية البلدية في فالديمار';
const DESKTOP = { width: 1280, height: 800 };

const lab = serverAndBrowser();
const contexts: BrowserContext[] = [];
beforeAll(() => void mkdirSync(SCREENSHOTS, { recursive: true }));
afterAll(async () => {
  for (const context of contexts) await context.close();
});

async function open(options: { viewport?: { width: number; height: number }; passkeys?: boolean } = {}): Promise<StaffAccount> {
  const context = await newContext(lab.browser, { viewport: options.viewport ?? DESKTOP });
  contexts.push(context);
  const page = await context.newPage();
  if (options.passkeys) await withVirtualAuthenticator(context, page);
  return new StaffAccount(page);
}

/** Axe, in English and in Arabic (right to left), and a screenshot at 320 px and desktop width of each. */
async function checkScreen(account: StaffAccount, name: string, heading: { en: string | RegExp; ar: string | RegExp }): Promise<string[]> {
  const { page } = account;
  const found: string[] = [];
  for (const [lang, label] of [['ar', 'العربية'], ['en', 'English']] as const) {
    await account.chooseLanguage(label);
    await account.expectHeading(heading[lang]);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);
    found.push(...(await axeViolations(page, `${name} (${lang})`)));
    const viewport = page.viewportSize()!;
    await page.setViewportSize({ width: 320, height: 700 });
    // Nothing wider than the phone: a page that scrolls sideways hides its words.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} (${lang}) at 320 px`).toBeLessThanOrEqual(320);
    await page.screenshot({ path: `${SCREENSHOTS}/staff-${lang}-${name}-320.png`, fullPage: true });
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: `${SCREENSHOTS}/staff-${lang}-${name}-desktop.png`, fullPage: true });
    await page.setViewportSize(viewport);
  }
  return found;
}

describe('staff accounts', () => {
  let admin: StaffAccount;
  let staffLink: string;

  it('an administrator invited from the command line makes a passkey, signs out, and signs in with it', async () => {
    const output = await lab.server.staff('add-admin', '--email', ADMIN);
    admin = await open({ passkeys: true });
    const { page } = admin;
    await page.goto(linkIn(output));
    await admin.expectHeading('Accept your invitation');
    // The token left the address at once: not in the history, a bookmark or a screenshot.
    expect(await page.evaluate(() => location.href)).toBe(`${lab.server.url}/staff/invitation`);
    await page.getByText(`${ADMIN} is invited as a city administrator.`).waitFor();
    const violations = await checkScreen(admin, 'invitation', { en: 'Accept your invitation', ar: 'اقبل دعوتك' });

    await page.getByRole('button', { name: 'Create a passkey' }).click();
    await admin.expectHeading('Team');
    expect(new URL(page.url()).pathname).toBe('/staff/team');
    await expect(page.locator('.staff-brand-name').innerText()).resolves.toBe('City administration');

    await admin.signOut();
    violations.push(...(await checkScreen(admin, 'sign-in', { en: 'Sign in', ar: 'تسجيل الدخول' })));
    await admin.signInWithPasskey();
    await admin.expectHeading('Team');
    violations.push(...(await checkScreen(admin, 'team', { en: 'Team', ar: 'الفريق' })));
    expect(violations).toEqual([]);
  });

  it("invites a member of an organisation's staff: the link is shown once, to copy, working for 72 hours", async () => {
    const { page } = admin;
    await page.getByRole('link', { name: ORG_NAME }).click();
    await admin.expectHeading(ORG_NAME);
    await page.getByLabel('Their e-mail address').fill(STAFF);
    await page.getByRole('button', { name: 'Make an invitation link' }).click();
    staffLink = await page.getByLabel('Invitation link').inputValue();
    expect(staffLink).toMatch(new RegExp(`^${lab.server.url}/staff/invitation#[\\w-]{20,}$`));
    await page.getByText(/It is shown only now, works once, until .+ \(72 hours\)\./).waitFor();
    const violations = await checkScreen(admin, 'team-organization', { en: ORG_NAME, ar: ORG_NAME_AR });

    // Shown once: the page, opened again, has no link to show (the server keeps only its hash).
    await page.reload();
    await admin.expectHeading(ORG_NAME);
    await page.getByRole('heading', { name: 'Invite someone' }).waitFor();
    expect(await page.getByLabel('Invitation link').count()).toBe(0);

    // The audit log says what happened, in words, newest first.
    await page.getByRole('link', { name: 'Audit' }).click();
    await admin.expectHeading('Audit log');
    await page.locator('.audit-table').waitFor(); // the heading comes first, the entries once loaded
    const whats = await page.locator('.audit-table tbody tr td:nth-child(2)').allInnerTexts();
    expect(whats.slice(0, 3)).toEqual([`Invited ${STAFF} (staff)`, 'Signed in', 'Signed out']);
    expect(whats).toContain(`Invited ${ADMIN} (administrator)`);
    expect(whats).toContain('Accepted an invitation (administrator)');
    violations.push(...(await checkScreen(admin, 'audit', { en: 'Audit log', ar: 'سجل النشاط' })));
    expect(violations).toEqual([]);
  });

  it('the staff member sets a password from the link, the rules said before typing, and signs in with the keyboard alone', async () => {
    const staff = await open({ viewport: { width: 390, height: 800 } });
    const { page } = staff;
    await page.goto(staffLink);
    await page.getByText(`${STAFF} is invited to answer requests for ${ORG_NAME}.`).waitFor();
    await page.getByText('Set a password instead').click();
    // Before anything is typed.
    await page.getByText('At least 12 characters.').waitFor();
    await page.getByText('Not a common password: those are refused.').waitFor();

    const setPassword = async (password: string) => {
      await page.getByLabel('New password').fill(password);
      await page.getByRole('button', { name: 'Set the password' }).click();
    };
    await setPassword('too short');
    expect(await staff.problems()).toEqual(['The password needs at least 12 characters.']);
    await expect(page.getByLabel('New password').getAttribute('aria-invalid')).resolves.toBe('true');
    await setPassword('Password1234!');
    expect((await staff.problems())[0]).toMatch(/^This password is too common/);
    await setPassword(STAFF_PASSWORD);
    await page.waitForURL(`${lab.server.url}/staff`);
    await page.locator('.staff-brand-name').filter({ hasText: ORG_NAME }).waitFor();

    await staff.signOut();
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await staff.tabTo(/Sign in with a password instead/);
    await page.keyboard.press('Enter');
    await staff.tabTo(/E-mail address/);
    await page.keyboard.type(STAFF);
    await page.keyboard.press('Tab');
    await page.keyboard.type(STAFF_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${lab.server.url}/staff`);
    await page.locator('.staff-brand-name').filter({ hasText: ORG_NAME }).waitFor();
  });

  it('warns two minutes before 30 minutes without activity; "Stay signed in" keeps the session; then the time runs out', async () => {
    const staff = await open({ viewport: { width: 390, height: 800 } });
    const { page } = staff;
    await page.clock.install();
    await page.goto(`${lab.server.url}/staff/sign-in`);
    await staff.signInWithPassword(STAFF, STAFF_PASSWORD);
    await page.waitForURL(`${lab.server.url}/staff`);
    // The inbox's own calls count as activity: the page asks the server for the session's new
    // deadline after them. Those answers come first; then time passes.
    await page.locator('#inbox-results').waitFor();
    await page.waitForLoadState('networkidle');

    await page.clock.fastForward('28:00');
    const warning = page.getByRole('dialog', { name: "You'll be signed out soon" });
    await warning.waitFor();
    const countdown = warning.locator('.timeout-countdown');
    // The page's clock keeps running in real time between jumps: on a busy machine some seconds
    // pass before the text is read, so any time left between one and two minutes is right.
    await expect.poll(() => countdown.innerText()).toMatch(/^You'll be signed out in (2 minutes|1 minute(, \d{1,2} seconds?)?) to protect the people whose details are here\.$/);
    // A real modal: focus is in it, the page behind is out of reach.
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog[open]')) && document.querySelector('dialog')!.matches(':modal'))).toBe(true);
    // The countdown is announced sparingly: the live text stays while the seconds tick.
    const announced = page.locator('.timeout-dialog [aria-live]');
    const [shown, said] = [await countdown.innerText(), await announced.innerText()];
    await page.clock.fastForward('00:05');
    await expect.poll(() => countdown.innerText()).not.toBe(shown);
    expect(await announced.innerText()).toBe(said);
    const violations = await axeViolations(page, 'timeout warning (en)');
    await page.screenshot({ path: `${SCREENSHOTS}/staff-en-timeout-390.png` });

    const extended = page.waitForResponse((r) => r.url().endsWith('/api/v1/staff/session/extend') && r.status() === 200);
    await warning.getByRole('button', { name: 'Stay signed in' }).click();
    await extended;
    await warning.waitFor({ state: 'hidden' });

    // Without the extension, 28 more minutes would be 56 without activity: signed out. With it,
    // the warning comes again (in Arabic now), and Escape is "Stay signed in" too.
    // Choosing a language asks for the organisation's name in it: activity, after which the page
    // reads the session's new deadline. That answer comes first; then time passes.
    const reread = page.waitForResponse((r) => r.url().endsWith('/api/v1/staff/session') && r.request().method() === 'GET');
    await staff.chooseLanguage('العربية');
    await reread;
    await page.clock.fastForward('28:00');
    const arabic = page.getByRole('dialog', { name: 'سيتم تسجيل خروجك قريبًا' });
    await arabic.waitFor();
    violations.push(...(await axeViolations(page, 'timeout warning (ar)')));
    await page.screenshot({ path: `${SCREENSHOTS}/staff-ar-timeout-390.png` });
    const again = page.waitForResponse((r) => r.url().endsWith('/api/v1/staff/session/extend') && r.status() === 200);
    await page.keyboard.press('Escape');
    await again;
    await arabic.waitFor({ state: 'hidden' });
    await staff.chooseLanguage('English');

    const signedOut = page.waitForResponse((r) => r.url().endsWith('/api/v1/staff/sign-out') && r.status() === 204);
    await page.clock.fastForward('30:00');
    await signedOut;
    await staff.expectHeading('Sign in');
    await page.getByText('You were signed out after 30 minutes without activity. Sign in again.').waitFor();
    expect((await page.request.get(`${lab.server.url}/api/v1/staff/session`)).status()).toBe(401);
    expect(violations).toEqual([]);
  });

  it('five wrong passwords lock signing in, and the page says until when', async () => {
    const someone = await open();
    const { page } = someone;
    await page.goto(`${lab.server.url}/staff/sign-in`);
    for (let i = 1; i <= 4; i++) {
      await someone.signInWithPassword('nobody@social.example', `not the password ${i}`);
      expect(await someone.problems()).toEqual(['The e-mail address or the password is not right. Check both and try again.']);
    }
    const locked = page.waitForResponse((r) => r.url().endsWith('/sign-in/password') && r.status() === 429);
    await someone.signInWithPassword('nobody@social.example', 'not the password 5');
    const { error } = await (await locked).json();
    // In the person's own time (the browser's time zone), as the page writes times.
    const until = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Madrid' }).format(new Date(error.retry_at));
    expect(await someone.problems()).toEqual([`Too many tries. For your safety, signing in is locked for a while. Try again after ${until}.`]);
    await page.setViewportSize({ width: 320, height: 700 });
    await page.screenshot({ path: `${SCREENSHOTS}/staff-en-locked-320.png`, fullPage: true });
    expect(await axeViolations(page, 'locked (en)')).toEqual([]);
  });
});
