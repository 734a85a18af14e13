// Safe on a shared computer, as library visitors would find it: what one person did is gone
// for the next (kiosk idle reset, "Clear my information"), Back leads nowhere, a request still
// waiting leaves anyway, and a delivered one goes home on the person's own phone.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { axeViolations } from './support/axe';
import { cutNetwork, launchChromium, newContext, restoreNetwork } from './support/browser';
import { PonteServer } from './support/ponte-server';
import { readQrCode } from './support/qr';

const chromePath = inject('chromePath');
const personA = { name: 'Lucía Fernández', phone: '+34 622 33 44 55' };
const DESKTOP = { width: 1280, height: 800 };
/** What the worker and the page keep that is the same for everyone. */
const APP_CACHE = /^(ponte-app-.*|ponte-locales)$/;
const DEVICE_KEYS = ['ponte.historySession', 'ponte.kiosk', 'ponte.storagePersistAsked'];

describe.skipIf(!chromePath)('a shared computer, in Chromium', () => {
  let browser: Browser;
  let server: PonteServer;
  beforeAll(async () => {
    browser = await launchChromium(chromePath!);
    server = new PonteServer(inject('distDir'), { KIOSK_EXIT_CODE: '246813' });
    await server.start();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  async function visit(options: { kiosk?: boolean; clock?: boolean; viewport?: { width: number; height: number } } = {}) {
    const context = await newContext(browser, { viewport: options.viewport ?? DESKTOP });
    const page = await context.newPage();
    if (options.clock) await page.clock.install();
    const app = new PonteApp(page, server.url);
    await app.open(options.kiosk ? '/?kiosk=1' : '/');
    if (options.kiosk) await staffTurnKioskOn(app);
    await app.waitUntilReadyOffline();
    // These tests cut the network and then switch language or open screens not opened yet.
    await app.waitUntilControlled();
    return { context, app };
  }

  /** On the neutral page the quick exit leaves for (the history's entries get its title first,
   *  before the page itself is reached). */
  async function onNeutralPage(page: Page) {
    await page.waitForURL(/\/recipe\.html$/, { waitUntil: 'load' });
    await page.waitForFunction(() => document.title === 'Lentil soup');
  }

  /** Library staff confirm kiosk mode with the server's code. */
  async function staffTurnKioskOn(app: PonteApp) {
    const setup = app.page.getByRole('dialog', { name: 'Make this browser a public computer?' });
    await setup.getByLabel('Kiosk code').fill('246813');
    // The app reloads itself into kiosk mode: only the reloaded page counts (a reload of the
    // test's own, meanwhile, would be cut short by it).
    const reloaded = app.page.waitForEvent('load');
    await setup.getByRole('button', { name: 'Turn on kiosk mode' }).click();
    await reloaded;
    await app.page.getByText('Public computer').waitFor();
  }

  /** Person A, by pressing only: searches, opens and saves the women's centre, asks it to call
   *  (delivered), then, the connection gone, asks the 24-hour line (left waiting). */
  async function personAUses(app: PonteApp, context: BrowserContext) {
    await app.search('women');
    await app.page.locator('.search-count').filter({ hasText: /\d+ results?/ }).waitFor();
    expect(app.page.url()).toBe(`${server.url}/search`);
    await app.page.getByRole('link', { name: 'Home', exact: true }).click();
    await app.chooseNeed('Violence and safety');
    await app.openItem('Women\'s Centre: Legal and Psychological Support');
    await app.save();
    const delivered = await app.askFromServicePage(personA);
    await app.waitForRequest(delivered, 'delivered');
    const reference = (await app.page.locator('.reference').first().textContent())!;
    await app.page.getByRole('link', { name: 'Home', exact: true }).click();
    await app.chooseNeed('Violence and safety');
    await app.openItem('24-Hour Line Against Gender Violence');
    await cutNetwork(context);
    const waiting = await app.askFromServicePage(personA);
    await app.waitForRequest(waiting, 'waiting');
    return { delivered, reference, waiting };
  }

  /** Nothing of person A on the device: storage read raw, the tab's history, the screens. */
  async function expectNothingOfPersonA(app: PonteApp, a: { delivered: string; reference: string; waiting: string }) {
    const stored = JSON.parse(await app.rawIndexedDb()) as Record<string, { id?: string; hidden?: boolean }[]>;
    expect(stored['ponte/favourites']).toEqual([]);
    // Only the waiting request stays, sealed and hidden, to leave by itself.
    expect(stored['ponte/outbox'].map((r) => [r.id, r.hidden])).toEqual([[a.waiting, true]]);
    const raw = JSON.stringify(stored['ponte/outbox']);
    for (const secret of [a.delivered, a.reference, personA.name, personA.phone, '622 33 44 55']) expect(raw).not.toContain(secret);
    expect(stored['ponte/services'].length).toBeGreaterThan(60); // the directory stays, for offline use

    const other = await app.otherStorage();
    for (const key of Object.keys(other.localStorage)) expect(DEVICE_KEYS).toContain(key);
    expect(other.sessionStorage).toEqual({});
    for (const name of other.caches) expect(name).toMatch(APP_CACHE);
    expect(other.cached.filter((url) => /\/api\//.test(url))).toEqual([]);

    const { entries } = await app.tabHistory();
    for (const { url, title } of entries) {
      expect(url).not.toMatch(/service|search|need|requests|favourites|women|sent=/);
      expect(title).not.toMatch(/Women|24-Hour|Violence|Search|requests|Mujer|Violencia|Buscar|solicitudes/);
    }

    // The screens: nothing saved, no request, no badge, the search box empty.
    await app.page.getByRole('link', { name: 'Saved', exact: true }).click();
    await app.page.getByText('Nothing saved yet.', { exact: false }).waitFor();
    await app.page.getByRole('link', { name: /^Requests/ }).click();
    await app.page.getByText('You have not asked any service to contact you yet.', { exact: false }).waitFor();
    expect(await app.page.getByTestId('outbox-badge').count()).toBe(0);
    await app.page.getByRole('link', { name: 'Search', exact: true }).click();
    expect(await app.page.getByLabel('Search services and rights').inputValue()).toBe('');
  }

  /** The request left waiting reaches the server once the network returns. */
  async function expectWaitingRequestLeaves(app: PonteApp, context: BrowserContext, a: { delivered: string; waiting: string }) {
    await restoreNetwork(context);
    await expect.poll(async () => (JSON.parse(await app.rawIndexedDb())['ponte/outbox'] as unknown[]).length, { timeout: 30_000 }).toBe(0);
    await context.close();
    await server.stop();
    const stored = (await server.storedRequests()).map((r) => r.id);
    await server.start();
    expect(stored).toEqual(expect.arrayContaining([a.delivered, a.waiting]));
  }

  it('kiosk: after 2 minutes idle, "Are you still there?", then everything of the person is wiped; the waiting request still leaves', async () => {
    const { context, app } = await visit({ kiosk: true, clock: true });
    const { page } = app;
    expect(page.url()).toBe(`${server.url}/`); // the switch is taken out of the address
    await page.getByText('Public computer').waitFor();
    // Spanish was used on this kiosk before, so its words are on it for offline use.
    await page.getByLabel('Language', { exact: true }).selectOption('es');
    await app.expectHeading('¿Con qué necesitas ayuda?');
    await page.getByLabel('Idioma', { exact: true }).selectOption('en');
    await app.expectHeading('What do you need help with?');
    const lengthAtStart = await page.evaluate(() => history.length);

    const a = await personAUses(app, context);
    // On a kiosk, the search words never go into an address, and the app adds no history.
    expect((await app.tabHistory()).entries.map((e) => e.url).join(' ')).not.toContain('women');
    expect(await page.evaluate(() => history.length)).toBe(lengthAtStart);

    // Person A reads Spanish, then walks away. Two minutes later, the question, with "Sigo aquí"
    // ("I'm still here") focused.
    await page.getByLabel('Language', { exact: true }).selectOption('es');
    await app.expectHeading('Mis solicitudes');
    await page.clock.runFor(100_000);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await page.clock.runFor(25_000);
    const dialog = page.getByRole('alertdialog', { name: '¿Sigues ahí?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Lo que has hecho aquí se borrará en 60 segundos.');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sigo aquí');
    expect(await axeViolations(page, 'idle dialog')).toEqual([]);

    // Nobody answers: a minute later, the kiosk starts afresh, at home, in its own language.
    await page.clock.runFor(61_000);
    await page.locator('body:not([hidden])').waitFor({ timeout: 20_000 });
    await app.expectHeading('What do you need help with?');
    // The next person did nothing: nothing tells them someone was here before.
    expect(await page.getByText('Your information has been cleared').count()).toBe(0);
    expect(await page.evaluate(() => history.length)).toBe(lengthAtStart);
    expect(await axeViolations(page, 'kiosk home')).toEqual([]);
    await expectNothingOfPersonA(app, a);
    // Back leads to nothing of person A (here, the browser's empty start page).
    await page.goBack().catch(() => null);
    expect(await page.locator('body').textContent()).not.toMatch(/Women|24-Hour|women/);
    // The connection returns while no page of Ponte is open (nothing hears "online"): the next
    // page to start sends the request that waited for it, without waiting for its next retry.
    await restoreNetwork(context);
    await app.open('/');

    await expectWaitingRequestLeaves(app, context, a);
  });

  it('"I\'m still here" keeps the session, in Arabic too: nothing is cleared; the kiosk and its dialog pass axe right to left', async () => {
    const { context, app } = await visit({ kiosk: true, clock: true });
    await app.chooseNeed('Food');
    await app.openItem('Food Bank Distribution Point');
    await app.save();
    await app.page.getByLabel('Language', { exact: true }).selectOption('ar');
    await app.page.locator('html[dir="rtl"]').waitFor({ state: 'attached' });
    expect(await axeViolations(app.page, 'kiosk ar')).toEqual([]);
    await app.page.clock.runFor(121_000);
    await app.page.getByRole('alertdialog', { name: 'هل ما زلت هنا؟' }).waitFor();
    expect(await axeViolations(app.page, 'idle dialog ar')).toEqual([]);
    await app.page.getByRole('button', { name: 'ما زلت هنا' }).click();
    await app.page.clock.runFor(90_000);
    expect(await app.page.getByRole('alertdialog').count()).toBe(0);
    expect(JSON.parse(await app.rawIndexedDb())['ponte/favourites']).toHaveLength(1);
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('ar');
    await context.close();
  });

  it('kiosk: "Leave this page" also ends the session', async () => {
    const { context, app } = await visit({ kiosk: true });
    await app.chooseNeed('Violence and safety');
    await app.openItem('Women\'s Centre: Legal and Psychological Support');
    await app.save();
    await app.page.getByRole('button', { name: 'Leave this page' }).click();
    await onNeutralPage(app.page);
    await app.open('/');
    await app.page.getByText('Public computer').waitFor();
    expect(JSON.parse(await app.rawIndexedDb())['ponte/favourites']).toEqual([]);
    await context.close();
  });

  it('a phone: "Clear my information" removes everything of the person; waiting requests are sent anyway when chosen', async () => {
    const { context, app } = await visit({ viewport: { width: 390, height: 800 } });
    const a = await personAUses(app, context);
    await app.page.getByRole('link', { name: 'Clear my information' }).click();
    await app.expectHeading('Clear my information');
    expect(await axeViolations(app.page, 'clear')).toEqual([]);
    // First what needs the person: the reference to note, and what to do with the waiting request.
    expect(await app.page.locator('main .notice').textContent()).toContain(`Women's Centre: Legal and Psychological Support: ${a.reference}`);
    await app.page.getByRole('group', { name: 'Your request to 24-Hour Line Against Gender Violence is still waiting to be sent. What should happen to it?' }).waitFor();
    await app.page.getByLabel(/^Send it anyway/).check();
    await app.page.getByRole('button', { name: 'Clear my information' }).click();
    await app.page.getByText('Your information has been cleared from this device.').waitFor({ timeout: 20_000 });
    await expectNothingOfPersonA(app, a);
    // Nothing ahead to go Forward to, and every entry behind is the home page.
    const { current, entries } = await app.tabHistory();
    expect(current).toBe(entries.length - 1);
    await expectWaitingRequestLeaves(app, context, a);
  });

  it('a phone: waiting requests can be cancelled instead, and a delivered one removed on its own', async () => {
    const { context, app } = await visit({ viewport: { width: 390, height: 800 } });
    const { delivered, waiting } = await personAUses(app, context);
    await app.page.getByRole('link', { name: /^Requests/ }).click();
    await app.waitForRequest(delivered, 'delivered');
    await app.page.locator(`[data-request-id="${delivered}"]`).getByRole('button', { name: 'Remove from the list' }).click();
    // It forgets the reference and the secret code for good: asked in words first.
    await app.page.getByRole('group', { name: 'Remove this request from the list?' }).getByRole('button', { name: 'Yes, remove it' }).click();
    await expect.poll(() => app.requestStates()).toEqual({ [waiting]: 'waiting' });
    // Pages from before a reload belong to an older document: they are forgotten too.
    await app.page.reload();
    await app.page.getByRole('link', { name: 'Saved', exact: true }).click();
    await app.page.getByRole('link', { name: 'Clear my information' }).click();
    await app.page.getByLabel(/^Cancel it/).check();
    await app.page.getByRole('button', { name: 'Clear my information' }).click();
    await app.page.getByText('Your information has been cleared from this device.').waitFor({ timeout: 20_000 });
    expect(JSON.parse(await app.rawIndexedDb())['ponte/outbox']).toEqual([]);
    for (const { url, title } of (await app.tabHistory()).entries) expect(`${url} ${title}`).not.toMatch(/\/service|\/need|requests|favourites|Women|Saved/);
    await context.close();
  });

  it('the kiosk hand-off: the reference in large type and a QR code that adds the request to "My requests" on the person\'s own phone; then the kiosk forgets it', async () => {
    const { context, app } = await visit({ kiosk: true });
    await app.chooseNeed('Legal advice');
    await app.openItem('Free Legal Guidance');
    // Nothing on a kiosk opens outside Ponte (a tab or a call app would outlive the session):
    // the phone number, the website and the map are QR codes to continue on one's own phone.
    expect(await app.page.locator('main a[href^="tel:"], main a[href^="http"], main a[target="_blank"]').count()).toBe(0);
    await app.page.locator('summary', { hasText: /^Call/ }).first().click();
    expect(await readQrCode(app.page.locator('.kiosk-link[open] svg'))).toMatch(/^tel:\+34/);
    const id = await app.askFromServicePage(personA);
    const handOff = app.page.getByTestId('hand-off');
    await handOff.waitFor({ timeout: 30_000 });
    const reference = (await handOff.locator('.hand-off-reference').textContent())!;
    expect(reference).toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);
    expect(await axeViolations(app.page, 'hand-off')).toEqual([]);
    expect(await app.page.getByText('Your request is saved on this device.').count()).toBe(0); // it has arrived

    const link = await readQrCode(handOff.getByRole('img', { name: /QR code/ }));
    expect(link).toMatch(new RegExp(`^${server.url}/follow#`));
    // The phone's digits in full: a short run of them ('622') turns up by chance in the random id,
    // token or time the link rightly holds.
    for (const personal of [personA.name, personA.phone, personA.phone.replace(/\D/g, '')]) expect(decodeURIComponent(link)).not.toContain(personal);

    const phoneContext = await newContext(browser);
    const phone = new PonteApp(await phoneContext.newPage(), server.url);
    await phone.page.goto(link);
    await phone.expectHeading('My requests');
    await phone.page.getByText('The request from the other device is now in your list.').waitFor();
    // Plain /requests: a reload does not say it again, and the request's id is not in the address.
    expect(new URL(phone.page.url()).pathname + new URL(phone.page.url()).search).toBe('/requests');
    await phone.waitForRequest(id, 'delivered');
    expect(await phone.page.locator(`[data-request-id="${id}"] .reference`).textContent()).toBe(reference);
    // The phone's first visit: the service's name shows once the directory has arrived.
    await expect.poll(() => phone.page.locator(`[data-request-id="${id}"] .item-title`).textContent(), { timeout: 30_000 }).toBe('Free Legal Guidance');
    // The address with the request in it does not stay in the phone's history.
    expect((await phone.tabHistory()).entries.map((e) => e.url).join(' ')).not.toContain('#');
    await phoneContext.close();

    // In Arabic too, the hand-off passes axe.
    await app.page.getByLabel('Language', { exact: true }).selectOption('ar');
    await app.page.locator('html[dir="rtl"]').waitFor({ state: 'attached' });
    expect(await axeViolations(app.page, 'hand-off ar')).toEqual([]);
    await app.page.getByRole('button', { name: 'تم' }).click();
    await app.page.getByText('نسي هذا الحاسوب طلبك. ما زال الطلب عند الخدمة.').waitFor();
    await expect.poll(() => app.requestStates()).toEqual({});
    expect(await app.rawIndexedDb()).not.toContain(reference);
    await context.close();
  });

  it('a link with ?kiosk=1 does not turn a person\'s own phone into a kiosk: staff must confirm with the code', async () => {
    const { context, app } = await visit({ viewport: { width: 390, height: 800 } });
    await app.open('/need/safety?kiosk=1');
    const setup = app.page.getByRole('dialog', { name: 'Make this browser a public computer?' });
    await setup.waitFor();
    expect(app.page.url()).toBe(`${server.url}/need/safety`);
    expect(await axeViolations(app.page, 'kiosk set-up')).toEqual([]);
    await setup.getByLabel('Kiosk code').fill('111111');
    await setup.getByRole('button', { name: 'Turn on kiosk mode' }).click();
    await setup.getByRole('alert').filter({ hasText: 'That is not the code.' }).waitFor();
    await setup.getByRole('button', { name: 'Not now' }).click();
    await app.page.reload();
    await app.expectHeading('Violence and safety');
    await app.page.locator('main a[href="tel:112"]').waitFor(); // an ordinary phone: calls are calls
    expect(await app.page.getByText('Public computer').count()).toBe(0);
    await context.close();
  });

  it('kiosk mode stays on until staff turn it off with the server\'s code', async () => {
    const { context, app } = await visit({ kiosk: true });
    await app.page.reload();
    await app.page.getByText('Public computer').waitFor();
    expect(await axeViolations(app.page, 'kiosk')).toEqual([]);
    await app.page.getByText('Library staff').click();
    await app.page.getByLabel('Kiosk code').fill('1111');
    await app.page.getByRole('button', { name: 'Turn off kiosk mode' }).click();
    await app.page.getByRole('alert').filter({ hasText: 'That is not the code.' }).waitFor();
    await app.page.getByLabel('Kiosk code').fill('246813');
    await app.page.getByRole('button', { name: 'Turn off kiosk mode' }).click();
    await app.page.getByText('Kiosk mode is off. This browser is an ordinary one again.').waitFor();
    await app.expectHeading('What do you need help with?');
    await app.page.reload();
    await app.expectHeading('What do you need help with?');
    expect(await app.page.getByText('Public computer').count()).toBe(0);
    await context.close();
  });

  /** Entries of the tab's history that show anything of Ponte (its pages or its name). */
  const ponteInHistory = async (app: PonteApp) =>
    (await app.tabHistory()).entries.filter((e) => !/^(about:blank|\/recipe\.html)$/.test(e.url) || /Ponte|Violence|24-Hour/.test(e.title));

  it('quick exit: "Leave this page" on the safety need replaces the page with a neutral one, offline too; Back finds nothing of Ponte', async () => {
    const { context, app } = await visit({ viewport: { width: 320, height: 640 } });
    const { page } = app;
    // On a phone, Display waits behind the header's Menu button.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByText('Display', { exact: true }).click();
    await page.getByLabel('Very large').check();
    await page.getByText('Display', { exact: true }).click();
    await app.chooseNeed('Violence and safety');
    const leave = page.getByRole('button', { name: 'Leave this page' });
    await leave.waitFor();
    // Screen readers hear what it does and the Shift shortcut.
    const hint = await page.locator(`#${await leave.getAttribute('aria-describedby')}`).textContent();
    expect(hint).toContain('press Shift 3 times');
    // At 320 px with 200% text it stays within reach at the top, one line high, and what has
    // focus is never hidden behind it.
    const bar = page.locator('.quick-exit');
    expect(await bar.evaluate((e) => getComputedStyle(e).position)).toBe('sticky');
    expect((await bar.boundingBox())!.height).toBeLessThan(640 / 6); // a slim bar: under a sixth of the screen
    await page.evaluate(() => window.scrollTo(0, 0));
    const [top, heading] = [await bar.boundingBox(), await page.locator('h1').boundingBox()];
    expect(top!.y + top!.height).toBeLessThanOrEqual(heading!.y);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.locator('main .item-link').nth(4).focus();
    const [stuck, focused] = [await bar.boundingBox(), await page.locator('main .item-link').nth(4).boundingBox()];
    expect(stuck!.y).toBe(0);
    expect(focused!.y).toBeGreaterThanOrEqual(stuck!.y + stuck!.height);
    expect(await axeViolations(page, 'safety need with quick exit')).toEqual([]);

    await cutNetwork(context);
    await leave.click();
    await onNeutralPage(page);
    expect(await ponteInHistory(app)).toEqual([]);
    await page.goBack().catch(() => null);
    expect(await page.title()).not.toMatch(/Ponte|Violence/);
    expect(await page.locator('body').textContent()).not.toMatch(/Violence|violence/);
    await context.close();
  });

  it('quick exit: Shift pressed three times does the same from a service of the safety need, and only there', async () => {
    const { context, app } = await visit();
    const { page } = app;
    await app.chooseNeed('Housing');
    expect(await page.getByRole('button', { name: 'Leave this page' }).count()).toBe(0);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await app.expectHeading('Housing');

    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await app.chooseNeed('Violence and safety');
    await app.openItem('Protection against gender violence'); // a rights card of the need
    await page.getByRole('button', { name: 'Leave this page' }).waitFor();
    await page.goBack();
    await app.openItem('24-Hour Line Against Gender Violence');
    await page.getByRole('link', { name: 'Ask them to contact me' }).click();
    // On the ask page once its heading has focus (the service page had the button too, so the
    // button says nothing about which page this is).
    await page.locator('h1:focus').filter({ hasText: 'Ask to be contacted' }).waitFor();
    await page.getByRole('button', { name: 'Leave this page' }).waitFor();
    // Shift held for capital letters is typing, not leaving.
    await page.getByLabel('Your name').focus();
    for (const word of ['Ana ', 'Mar ', 'Gil']) {
      await page.keyboard.down('Shift');
      await page.keyboard.press(`Key${word[0]}`);
      await page.keyboard.up('Shift');
      await page.keyboard.type(word.slice(1));
    }
    expect(await page.getByLabel('Your name').inputValue()).toBe('Ana Mar Gil');
    await app.expectHeading('Ask to be contacted');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await onNeutralPage(page);
    expect(await ponteInHistory(app)).toEqual([]);
    await context.close();
  });

  it('search words never go into the address; a search about danger offers "Leave this page", an everyday one does not', async () => {
    const { context, app } = await visit({ viewport: { width: 390, height: 800 } });
    const { page } = app;
    await app.open('/search?q=rent'); // a link may bring words: read, then taken out
    await page.locator('.search-count').filter({ hasText: /\d+ results?/ }).waitFor();
    expect(page.url()).toBe(`${server.url}/search`);
    expect(await page.getByRole('button', { name: 'Leave this page' }).count()).toBe(0);

    await page.getByLabel('Search services and rights').fill('maltrato pareja');
    await page.getByRole('button', { name: 'Leave this page' }).waitFor();
    expect((await app.tabHistory()).entries.map((e) => e.url).join(' ')).not.toMatch(/maltrato|rent/);
    await page.getByRole('button', { name: 'Leave this page' }).click();
    await onNeutralPage(page);
    await context.close();
  });

  it('quick exit after the address was typed again during the visit: going all the way Back shows no page of the safety need', async () => {
    const { context, app } = await visit({ viewport: { width: 390, height: 800 } });
    const { page } = app;
    await app.chooseNeed('Violence and safety');
    await app.openItem('24-Hour Line Against Gender Violence');
    await app.open('/'); // typed, or a bookmark: a new page in the same tab
    await app.chooseNeed('Violence and safety');
    await page.getByRole('button', { name: 'Leave this page' }).click();
    await onNeutralPage(page);
    const seen: string[] = [];
    while ((await app.tabHistory()).current > 0) {
      await page.goBack().catch(() => null);
      if (page.url() === 'about:blank') break;
      await page.waitForLoadState();
      // What a person sees there once the page has settled.
      const heading = page.locator('h1:visible');
      await heading.first().waitFor();
      await expect.poll(() => heading.first().textContent()).not.toBe('Violence and safety');
      seen.push(`${page.url().replace(server.url, '')} ${await heading.first().textContent()}`);
    }
    expect(seen.join(' | ')).not.toMatch(/Violence|24-Hour|danger/);
    await context.close();
  });
});
