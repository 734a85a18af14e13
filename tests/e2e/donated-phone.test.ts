// A donated phone, in Chromium, as its owner and the trainer setting it up find it: Ponte can be
// installed (a complete web manifest in the phone's language, real PNG icons, an "Install Ponte"
// button, one invitation from the second visit on), its storage is asked to stay once the
// directory is saved, the space it uses is shown and a nearly full phone is said so, and the
// phone can be given to someone else: nothing of the person is left, and Ponte starts again at
// the choice of language.
import type { BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { axeViolations } from './support/axe';
import { newContext } from './support/browser';
import { serverAndBrowser } from './support/lab';

const chromePath = inject('chromePath');
const person = { name: 'Rosa Méndez', phone: '+34 622 10 20 30' };

/** Requests cannot leave (the rest of the network works): a request sent now stays waiting. */
const holdRequests = (context: BrowserContext) => context.route('**/api/v1/requests', (route) => route.abort('internetdisconnected'));

/** Chromium's `beforeinstallprompt`, as the browser sends it when Ponte can be installed; its
 *  prompt() counts calls in window.installPrompts, and the person accepts. */
const offerInstall = (page: Page) =>
  page.evaluate(() => {
    const offer = new Event('beforeinstallprompt', { cancelable: true }) as Event & { prompt(): Promise<void>; userChoice: Promise<{ outcome: string }> };
    (window as unknown as { installPrompts: number }).installPrompts = 0;
    offer.prompt = async () => void (window as unknown as { installPrompts: number }).installPrompts++;
    offer.userChoice = Promise.resolve({ outcome: 'accepted' });
    dispatchEvent(offer);
    return offer.defaultPrevented;
  });

/** The width and height a PNG file says it has (and that it is a PNG at all). */
const pngSize = (bytes: Buffer) => {
  const png = PNG.sync.read(bytes);
  return `${png.width}x${png.height}`;
};

describe.skipIf(!chromePath)('a donated phone, in Chromium', () => {
  const lab = serverAndBrowser();

  async function visit(options: { init?: () => void; viewport?: { width: number; height: number } } = {}) {
    const context = await newContext(lab.browser, options.viewport ? { viewport: options.viewport } : {});
    if (options.init) await context.addInitScript(options.init);
    const app = new PonteApp(await context.newPage(), lab.server.url);
    return { context, app };
  }

  async function openSettings(app: PonteApp) {
    await app.open('/settings');
    await app.expectHeading('This phone');
    await app.section('Space on this phone').getByTestId('storage-used').waitFor();
  }

  it("has a complete web manifest in the phone's language, with PNG icons of the sizes it names", async () => {
    const { context, app } = await visit();
    await app.open('/');
    await app.waitUntilReadyOffline();
    const fetchOk = async (path: string) => {
      const answer = await app.page.request.get(lab.server.url + path);
      expect(answer.status(), path).toBe(200);
      return answer;
    };
    const manifestHref = () => app.page.locator('link[rel="manifest"]').getAttribute('href');

    const manifest = await (await fetchOk((await manifestHref())!)).json();
    expect(manifest).toMatchObject({
      id: '/',
      name: 'Ponte: social services and rights',
      short_name: 'Ponte',
      description: expect.stringContaining('even without internet'),
      lang: 'en',
      dir: 'ltr',
      start_url: '/',
      display: 'standalone',
      categories: expect.arrayContaining(['government']),
    });
    const pngIcons = (manifest.icons as { src: string; sizes: string; type: string; purpose: string }[]).filter((i) => i.type === 'image/png');
    expect(pngIcons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual(['192x192 any', '192x192 maskable', '512x512 any', '512x512 maskable']);
    const shortcuts = manifest.shortcuts as { name: string; url: string; icons: { src: string; sizes: string }[] }[];
    expect(shortcuts.map((s) => [s.name, s.url])).toEqual([
      ['Search', '/search'],
      ['My requests', '/requests'],
    ]);
    const appleTouchIcon = await app.page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    for (const { src, sizes } of [...pngIcons, ...shortcuts.flatMap((s) => s.icons), { src: appleTouchIcon!, sizes: '180x180' }]) {
      const answer = await fetchOk(src);
      expect(answer.headers()['content-type'], src).toBe('image/png');
      expect(pngSize(await answer.body()), src).toBe(sizes);
    }
    // Chromium's own reading of the manifest finds nothing wrong in it.
    const cdp = await context.newCDPSession(app.page);
    const read = await cdp.send('Page.getAppManifest');
    expect(read.errors).toEqual([]);

    // In Arabic, the install dialog, the app's name and its shortcuts are in Arabic, right to left.
    await app.page.evaluate(() => localStorage.setItem('ponte.language', 'ar'));
    await app.page.reload();
    await expect.poll(manifestHref).toBe('/manifest-ar.webmanifest');
    const arabic = await (await fetchOk('/manifest-ar.webmanifest')).json();
    expect(arabic).toMatchObject({ id: '/', short_name: 'Ponte', lang: 'ar', dir: 'rtl', name: 'بونتي: الخدمات الاجتماعية والحقوق' });
    expect(arabic.shortcuts.map((s: { name: string }) => s.name)).toEqual(['بحث', 'طلباتي']);
    await context.close();
  });

  it('"Install Ponte" appears when the browser offers it and opens its dialog; elsewhere, the steps', async () => {
    const { context, app } = await visit();
    await openSettings(app);
    const install = app.section('Install Ponte');
    // No offer from the browser (yet): the steps through the browser's menu.
    await install.getByText('Choose “Install app” or “Add to Home screen”.').waitFor();
    expect(await install.getByRole('button', { name: 'Install Ponte' }).count()).toBe(0);

    // The browser's mini-bar is held back: Ponte offers it where the person looks for it.
    expect(await offerInstall(app.page)).toBe(true);
    await install.getByRole('button', { name: 'Install Ponte' }).click();
    expect(await app.page.evaluate(() => (window as unknown as { installPrompts: number }).installPrompts)).toBe(1);
    await install.getByText('Ponte is installed on this phone. Open it from the home screen.').waitFor();
    expect(await install.getByRole('button').count()).toBe(0);
    await context.close();
  });

  it('on an iPhone, the steps are Safari\'s: Share, then Add to Home Screen', async () => {
    const context = await newContext(lab.browser, {
      userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    });
    const app = new PonteApp(await context.newPage(), lab.server.url);
    await openSettings(app);
    await app.section('Install Ponte').getByText('In Safari, press the Share button (a square with an arrow pointing up).').waitFor();
    await app.section('Install Ponte').getByText('Choose “Add to Home Screen”, then press “Add”.').waitFor();
    await context.close();
  });

  it('invites to install once, from the second visit on (another day, not a reload), and never again once dismissed', async () => {
    // The guided tour of a first visit is over; each day's visit is a new tab.
    const { context, app } = await visit({ init: () => localStorage.setItem('ponte.tourDone', 'yes') });
    const invitation = (page: Page) => page.getByRole('complementary', { name: 'Install Ponte' });
    /** A visit on a given day: the status shows, and with it (same render) the invitation or not. */
    const visitOn = async (day: number, page?: Page) => {
      const tab = page ?? (await context.newPage());
      await tab.clock.setFixedTime(new Date(2026, 10, day, 10));
      await tab.goto(`${lab.server.url}/`);
      await tab.getByTestId('status').filter({ hasText: /Information updated|Downloading/ }).waitFor({ timeout: 30_000 });
      return tab;
    };

    // A visit counts once the person does something there (a tap; here, a key).
    const use = (tab: Page) => tab.keyboard.press('Tab');
    const first = await visitOn(23, app.page);
    expect(await invitation(first).count()).toBe(0);
    await use(first);
    await first.reload();
    await first.getByTestId('status').filter({ hasText: /Information updated/ }).waitFor({ timeout: 30_000 });
    expect(await invitation(first).count()).toBe(0);
    await use(first);
    const laterThatDay = await visitOn(23);
    expect(await invitation(laterThatDay).count()).toBe(0);
    await use(laterThatDay);

    const nextDay = await visitOn(24);
    await invitation(nextDay).waitFor();
    expect(await invitation(nextDay).textContent()).toContain("Use Ponte like an app: add it to this phone's home screen.");
    // Not a dialog: nothing else on the page is blocked, and focus stays where it was.
    expect(await nextDay.getByRole('dialog').count()).toBe(0);
    expect(await nextDay.evaluate(() => document.activeElement === document.body)).toBe(true);
    // Without an offer from the browser, it leads to the steps.
    expect(await invitation(nextDay).getByRole('link', { name: 'How to install' }).getAttribute('href')).toBe('/settings#install');
    // With one, it opens the browser's dialog.
    await offerInstall(nextDay);
    await invitation(nextDay).getByRole('button', { name: 'Install' }).waitFor();
    await invitation(nextDay).getByRole('button', { name: 'No, thanks' }).click();
    await invitation(nextDay).waitFor({ state: 'detached' });

    const dayAfter = await visitOn(25);
    expect(await invitation(dayAfter).count()).toBe(0);
    await context.close();
  });

  it('asks once to keep storage, only once the directory is saved, and shows it is kept and how much Ponte uses', async () => {
    // The browser's answer, recorded where the test can read it across reloads.
    const { context, app } = await visit({
      init: () => {
        const calls = () => Number(localStorage.getItem('test.persistCalls') ?? 0);
        navigator.storage.persist = async () => {
          localStorage.setItem('test.persistCalls', String(calls() + 1));
          return true;
        };
        navigator.storage.persisted = async () => calls() > 0;
      },
    });
    const persistCalls = () => app.page.evaluate(() => Number(localStorage.getItem('test.persistCalls') ?? 0));
    // The directory cannot be downloaded: there is nothing worth keeping yet.
    await context.route('**/api/v1/directory**', (route) => route.abort('internetdisconnected'));
    await app.open('/');
    await app.status.filter({ hasText: 'The directory could not be downloaded just now.' }).waitFor({ timeout: 30_000 });
    expect(await persistCalls()).toBe(0);

    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await app.page.reload();
    await app.waitUntilReadyOffline();
    await expect.poll(persistCalls).toBe(1);
    await app.page.reload();
    await app.waitUntilReadyOffline();
    await openSettings(app);
    const storage = app.section('Space on this phone');
    await storage.getByText("Kept: the browser will not delete Ponte's information by itself.").waitFor();
    expect(await storage.getByTestId('storage-used').textContent()).toMatch(/^Ponte uses [\d.,]+ (kB|MB) on this phone\.$/);
    expect(await storage.getByText('This phone is almost full.', { exact: false }).count()).toBe(0);
    expect(await persistCalls()).toBe(1);
    await context.close();
  });

  it('warns when the phone is nearly full, saying what to do, on every screen and in the settings', async () => {
    const { context, app } = await visit({
      init: () => {
        navigator.storage.estimate = async () => ({ usage: 3_400_000, quota: 30_000_000 });
      },
    });
    await app.open('/');
    await app.page.locator('.status-bar').getByText('This phone is almost full.', { exact: false }).waitFor({ timeout: 30_000 });
    await app.page.locator('.status-bar').getByRole('link', { name: 'What to do' }).click();
    await app.expectHeading('This phone');
    const storage = app.section('Space on this phone');
    await storage.getByText('To make space, delete photos, videos or apps you no longer need.').waitFor();
    expect(await storage.getByTestId('storage-used').textContent()).toBe('Ponte uses 3.4 MB on this phone.');
    await context.close();
  });

  it('the settings, every section shown, pass axe: in English, in easy read and in Arabic (right to left)', async () => {
    const { context, app } = await visit({
      init: () => {
        navigator.storage.estimate = async () => ({ usage: 3_400_000, quota: 30_000_000 });
      },
      viewport: { width: 320, height: 800 },
    });
    await app.open('/');
    await app.waitUntilReadyOffline();
    await holdRequests(context);
    await app.askToBeContacted('eviction-support', person);
    const audit = async (label: string, prepare: () => Promise<void>) => {
      await app.page.reload();
      await app.page.locator('#settings-storage').waitFor();
      await app.page.locator('[data-testid="storage-used"]').waitFor();
      await prepare();
      await app.page.locator('#give-away-form fieldset').waitFor();
      expect(await axeViolations(app.page, label)).toEqual([]);
    };
    const openGiveAway = (name: string) => app.page.getByRole('button', { name }).click();
    await app.open('/settings');
    await audit('settings, steps to install', () => openGiveAway('Prepare this phone for someone else'));
    await audit('settings, install button', async () => {
      await offerInstall(app.page);
      await app.page.getByRole('button', { name: 'Install Ponte' }).waitFor();
      await openGiveAway('Prepare this phone for someone else');
    });
    await app.page.evaluate(() => localStorage.setItem('ponte.reading', 'easy'));
    await audit('settings, easy read', () => openGiveAway('Prepare this phone for someone else'));
    await app.page.evaluate(() => {
      localStorage.setItem('ponte.reading', 'standard');
      localStorage.setItem('ponte.language', 'ar');
    });
    await audit('settings, Arabic', async () => {
      await app.page.locator('html[dir="rtl"]').waitFor({ state: 'attached' });
      await openGiveAway('جهّز هذا الهاتف لشخص آخر');
    });
    await context.close();
  });

  it('"Give this phone to someone else" leaves nothing of the person and starts again at the choice of language', async () => {
    const { context, app } = await visit();
    await app.open('/');
    await app.waitUntilReadyOffline();
    // The first owner: a saved service, a delivered request, one still waiting, their preferences.
    await app.chooseNeed('Food');
    await app.openItem('Food Bank Distribution Point');
    await app.save();
    const delivered = await app.askToBeContacted('eviction-support', person);
    await app.waitForRequest(delivered, 'delivered');
    const reference = (await app.page.locator('.reference').first().textContent())!;
    await holdRequests(context);
    await app.askToBeContacted('eviction-support', person);
    await app.page.evaluate(() => {
      const preferences = { language: 'en', reading: 'easy', textSize: 'large', contrast: 'high', tourDone: 'yes', visits: '5', installInvitation: 'dismissed' };
      for (const [key, value] of Object.entries(preferences)) localStorage.setItem(`ponte.${key}`, value);
    });

    await openSettings(app);
    const section = app.section('Give this phone to someone else');
    await section.getByRole('button', { name: 'Prepare this phone for someone else' }).click();
    // First what needs the person: the reference to note, and what becomes of the waiting request.
    expect(await section.locator('.notice').textContent()).toContain(reference);
    await section.getByLabel(/^Cancel it/).check();
    await section.getByRole('button', { name: 'Clear everything and start again' }).click();

    // Ponte starts again as on a first day: the guided tour, at the choice of language.
    await app.page.waitForURL(`${lab.server.url}/`);
    await app.page.getByRole('dialog').getByRole('list', { name: 'Language' }).waitFor({ timeout: 20_000 });
    const stored = JSON.parse(await app.rawIndexedDb()) as Record<string, unknown[]>;
    expect(stored['ponte/favourites']).toEqual([]);
    // A request caught in an attempt when it was cancelled goes once that attempt ends.
    await expect.poll(async () => JSON.parse(await app.rawIndexedDb())['ponte/outbox'], { timeout: 20_000 }).toEqual([]);
    expect(stored['ponte/services']!.length).toBeGreaterThan(60); // the directory stays, for the next person
    const { localStorage: kept } = await app.otherStorage();
    for (const key of ['language', 'reading', 'textSize', 'contrast', 'tourDone', 'installInvitation', 'lastVisitDay']) expect(kept).not.toHaveProperty(`ponte.${key}`);
    // Nothing of the next person either, until they do something.
    expect(kept).not.toHaveProperty('ponte.visits');
    await context.close();
  });

  it('is not offered on a public computer, which clears itself after each person and must stay a kiosk', async () => {
    const { context, app } = await visit({ init: () => localStorage.setItem('ponte.kiosk', 'on') });
    await openSettings(app);
    expect(await app.section('Give this phone to someone else').count()).toBe(0);
    await context.close();
  });
});
