// The public pages as the server sends them: readable without JavaScript (heading, title,
// language, phone links, address, hours), taken over by the app without a single change to the
// server's HTML (hydration, for every service and rights card), with JSON-LD a search engine can
// read, a sitemap of every page in every language, a 404 for unknown addresses, the language in
// the address following the interface, and, after a first visit to a deep link, the same pages
// offline from the worker.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { cutNetwork, holdBack, newContext } from './support/browser';
import { serverAndBrowser } from './support/lab';
import {
  SCHEMA_DAYS,
  dialled,
  headingStillServed,
  mainPhone,
  publishedDirectory,
  shownTime,
  takeOver,
  watchTakeOver,
  type ApiDirectory,
  type ApiService,
} from './support/server-pages';

const chromePath = inject('chromePath');
const LANGUAGES = ['ar', 'en', 'es', 'fr', 'pt', 'uk'];
const NEEDS = ['housing', 'food', 'money', 'work', 'health', 'legal', 'family', 'older', 'disability', 'migrants', 'safety', 'digital'];
const SERVICE = 'night-shelter';

type Strings = Record<string, Record<string, Record<string, string>>>;
const strings = (lang: string, ns: 'common' | 'pages' = 'common'): Strings[string] => JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8'));

describe.skipIf(!chromePath)('public pages rendered by the server, in Chromium', () => {
  const lab = serverAndBrowser();
  let directory: ApiDirectory;
  const service = (id: string) => directory.upserts.services.find((s) => s.id === id)!;
  const firstCard = () => directory.upserts.rights[0]!;
  const name = (s: ApiService, lang: string) => s.texts[lang]?.name ?? s.texts.en?.name;

  beforeAll(async () => {
    directory = await publishedDirectory(lab.server.url, ['es', 'fr', 'ar', 'en']);
  });

  describe('without JavaScript', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      // French preferences: an address without a language is answered in French.
      context = await newContext(lab.browser, { javaScriptEnabled: false, locale: 'fr-FR' });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    async function open(path: string, status = 200) {
      const response = await page.goto(lab.server.url + path);
      expect(response?.status(), path).toBe(status);
    }
    const heading = () => page.locator('h1').first().innerText().then((t) => t.trim());
    const htmlLangDir = () => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

    it.each([
      ['home', () => '/es', () => strings('es').home!.title!],
      ['a need', () => '/es/need/housing', () => strings('es').needs!.housing!],
      ['a service', () => `/es/service/${SERVICE}`, () => name(service(SERVICE), 'es')!],
      ['a rights card', () => `/es/rights/${firstCard().id}`, () => firstCard().texts.es!.title!],
      ['about', () => '/es/about', () => strings('es', 'pages').about!.title!],
      ['privacy', () => '/es/privacy', () => strings('es', 'pages').privacy!.title!],
      ['an easy-read service', () => `/es/easy/service/${SERVICE}`, () => name(service(SERVICE), 'es')!],
    ])('%s shows its heading and title, in Spanish', async (_kind, path, expected) => {
      await open(path());
      expect(await heading()).toBe(expected());
      expect(await page.title()).toBe(`${expected()} · Ponte`);
      expect(await htmlLangDir()).toEqual(['es', 'ltr']);
    });

    /** The service's name, main phone as a link, address and weekly hours, all in the HTML. */
    async function expectServiceContent(s: ApiService, lang: string) {
      expect(await heading()).toBe(name(s, lang));
      expect(await page.title()).toBe(`${name(s, lang)} · Ponte`);
      const call = page.locator(`main a[href="tel:${dialled(mainPhone(s))}"]`);
      expect(await call.count()).toBeGreaterThan(0);
      await call.first().waitFor(); // visible
      const address = (await page.locator('main address').first().innerText()).replace(/\s+/g, ' ');
      expect(address).toContain(s.address!.address_1!);
      expect(address).toContain(s.address!.postal_code!);
      const rows = await page.locator('main table.timetable tr').evaluateAll((trs) =>
        trs.map((tr) => [tr.querySelector('th')?.textContent?.trim().toLowerCase() ?? '', tr.querySelector('td')?.textContent ?? '']),
      );
      expect(rows.length).toBe(7);
      const dayName = (code: string) =>
        new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + Object.keys(SCHEMA_DAYS).indexOf(code)))).toLowerCase();
      for (const hours of s.schedule!.hours!) {
        for (const day of hours.byday.split(',')) {
          const row = rows.find(([th]) => th === dayName(day));
          expect(row, `${s.id}: a row for ${dayName(day)} in ${JSON.stringify(rows)}`).toBeDefined();
          expect(row![1]).toContain(shownTime(hours.opens_at));
          expect(row![1]).toContain(shownTime(hours.closes_at));
        }
      }
    }

    it("a service's page has its name, main phone as a link, address and weekly hours", async () => {
      await open(`/es/service/${SERVICE}`);
      await expectServiceContent(service(SERVICE), 'es');
    });

    it("an address without a language is in the visitor's (French, from Accept-Language)", async () => {
      await open(`/service/${SERVICE}`);
      expect(await htmlLangDir()).toEqual(['fr', 'ltr']);
      await expectServiceContent(service(SERVICE), 'fr');
    });

    it('the Arabic page is right to left, in Arabic, with its phone link', async () => {
      await open(`/ar/service/${SERVICE}`);
      expect(await htmlLangDir()).toEqual(['ar', 'rtl']);
      expect(await heading()).toBe(name(service(SERVICE), 'ar'));
      expect(await page.title()).toBe(`${name(service(SERVICE), 'ar')} · Ponte`);
      expect(await page.locator(`main a[href="tel:${dialled(mainPhone(service(SERVICE)))}"]`).count()).toBeGreaterThan(0);
    });

    it('the request form says it needs JavaScript and offers the phone number instead', async () => {
      await open(`/es/service/${SERVICE}/ask`);
      const noscript = strings('es', 'pages').noscript!;
      // What the reader sees (Playwright's text and role locators skip <noscript>, which a browser
      // without JavaScript shows): the page's rendered text and its links.
      expect(await page.evaluate(() => document.body.innerText)).toContain(noscript.needsJs!);
      const calls = await page.evaluate(() =>
        [...document.querySelectorAll('noscript')].flatMap((n) => [...n.querySelectorAll('a[href^="tel:"]')].map((a) => [a.getAttribute('href'), (a as HTMLElement).innerText])),
      );
      const number = dialled(mainPhone(service(SERVICE)));
      expect(calls.map(([href, text]) => [href, text?.replace(/\s/g, '')])).toContainEqual([`tel:${number}`, number]);
    });

    it('a search is posted: its results come, and its words are nowhere in the address or the tab’s history', async () => {
      await open('/es/search');
      await page.getByRole('searchbox').fill('albergue');
      // The empty search page lists nothing: results come only with the posted words.
      expect(await page.locator('main li.item').count()).toBe(0);
      const [posted] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('searchbox').press('Enter')]);
      expect([posted.url(), posted.status(), posted.request().postData()]).toEqual([`${lab.server.url}/es/search`, 200, 'q=albergue']);
      await page.locator('main li.item').first().waitFor();
      expect(page.url()).toBe(`${lab.server.url}/es/search`);
      expect(await page.getByRole('searchbox').inputValue()).toBe('albergue');
      const cdp = await context.newCDPSession(page);
      const { entries } = await cdp.send('Page.getNavigationHistory');
      await cdp.detach();
      expect(entries.map((e) => e.url).join(' ')).not.toContain('albergue');
      expect(entries.map((e) => e.title).join(' ')).not.toContain('albergue');
    });

    it.each([
      ['/service/no-such-service', '/'],
      ['/es/service/no-such-service', '/es'],
      ['/need/not-a-need', '/'],
      ['/xx/need/housing', '/'],
    ])('%s answers 404 with a heading and a link home', async (path, home) => {
      await open(path, 404);
      const [lang] = await htmlLangDir();
      expect(await heading()).toBe(strings(lang!).notFound!.title);
      await page.locator(`main a[href="${home}"]`).waitFor();
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
    });

    it("a service's JSON-LD names it, its provider, its main phone, its languages and its weekly hours", async () => {
      // The one of the demo with the most opening times, and the shelter (open overnight).
      const busiest = [...directory.upserts.services].sort((a, b) => (b.schedule?.hours?.length ?? 0) - (a.schedule?.hours?.length ?? 0))[0]!;
      for (const s of [service(SERVICE), busiest]) {
        await open(`/es/service/${s.id}`);
        const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
        expect(blocks.length, s.id).toBe(1);
        const data = JSON.parse(blocks[0]!);
        expect(['GovernmentService', 'Service']).toContain(data['@type']);
        expect(data.name).toBe(name(s, 'es'));
        const provider = directory.upserts.organizations.find((o) => o.id === s.organization_id)!;
        expect(data.provider?.name).toBe(provider.texts.es?.name);
        expect(data.availableChannel?.servicePhone?.telephone).toBe(dialled(mainPhone(s)));
        expect(data.availableChannel?.availableLanguage).toEqual(s.languages);
        const weekly = (data.hoursAvailable as { '@type': string; dayOfWeek?: string[]; opens: string; closes: string }[]).filter((h) => h.dayOfWeek);
        const asDays = (days: string[]) => days.map((d) => d.replace('https://schema.org/', '')).sort();
        const expected = s.schedule!.hours!.map((h) => ({ days: asDays(h.byday.split(',').map((d) => SCHEMA_DAYS[d]!)), opens: h.opens_at, closes: h.closes_at }));
        const found = weekly.map((h) => ({ type: h['@type'], days: asDays(h.dayOfWeek!), opens: h.opens, closes: h.closes }));
        expect(found.every((h) => h.type === 'OpeningHoursSpecification')).toBe(true);
        expect(found.map(({ type: _, ...h }) => h).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual(
          expected.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
        );
      }
    });
  });

  it('sitemap.xml lists every service and rights card in every language, with lastmod; robots.txt names it', async () => {
    const sitemap = await (await fetch(`${lab.server.url}/sitemap.xml`)).text();
    const lastmods = new Map([...sitemap.matchAll(/<url>\s*<loc>([^<]+)<\/loc>\s*(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => [m[1]!, m[2]]));
    const missing: string[] = [];
    const pages = [...directory.upserts.services.map((s) => `/service/${s.id}`), ...directory.upserts.rights.map((r) => `/rights/${r.id}`)];
    for (const path of pages) {
      for (const lang of LANGUAGES) {
        const loc = `${lab.server.url}/${lang}${path}`;
        const lastmod = lastmods.get(loc);
        if (!lastmod || Number.isNaN(Date.parse(lastmod))) missing.push(`${loc} (lastmod ${lastmod})`);
      }
    }
    expect(missing).toEqual([]);
    const robots = await (await fetch(`${lab.server.url}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${lab.server.url}/sitemap.xml`);
  });

  describe('taken over by the app without a change (hydration)', () => {
    // A fresh profile with the worker blocked: every address is the server's page (once a worker
    // controls the origin, navigations get its bare shell and the app renders them itself).
    let context: BrowserContext;
    let page: Page;
    const errors: string[] = [];
    let current = '';

    beforeAll(async () => {
      context = await newContext(lab.browser, { serviceWorkers: 'block' });
      await context.addInitScript(watchTakeOver);
      page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        // A 404 page's own status, as Chromium logs it.
        if (/status of 404/.test(message.text()) && message.location().url === page.url()) return;
        errors.push(`${current}: console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`${current}: page error: ${error.message}`));
    });
    afterAll(() => context?.close());

    /** Opens each address as a first visit and says what went wrong in the take-over, if anything. */
    async function problemsTakingOver(target: Page, paths: string[], { settle = false } = {}): Promise<string[]> {
      const problems: string[] = [];
      for (const path of paths) {
        current = path;
        // Not waiting for `load`: the watch says when the app has taken the page over.
        await target.goto(lab.server.url + path, { waitUntil: 'commit' });
        const seen = await takeOver(target, lab.server.url + path);
        if (!seen.watchedFromParse) problems.push(`${path}: the app took over before parsing ended`);
        if (!seen.hydrated) problems.push(`${path}: not hydrated (the app rendered its own page); changes: ${seen.mutations.slice(0, 5).join(' | ')}`);
        else {
          if (seen.mutations.length) problems.push(`${path}: ${seen.mutations.length} change(s) while hydrating: ${seen.mutations.slice(0, 8).join(' | ')}`);
          if (!seen.sameHeading) problems.push(`${path}: the served h1 was replaced`);
        }
        if (settle && seen.hydrated) {
          // Once the device's own state has been read (the status line says something), the
          // heading is still the one that was served: the page was never redrawn.
          await target.getByTestId('status').filter({ hasText: /\S/ }).waitFor();
          await target.waitForLoadState('networkidle');
          if (!(await headingStillServed(target))) problems.push(`${path}: the h1 was replaced after hydration`);
        }
      }
      return problems;
    }

    it('home, every need, search, about, privacy and a 404, in Spanish', async () => {
      const paths = ['/es', ...NEEDS.map((need) => `/es/need/${need}`), '/es/search?q=vivienda', '/es/about', '/es/privacy', '/es/service/no-such-service'];
      const problems = await problemsTakingOver(page, paths);
      expect([...problems, ...errors.splice(0)]).toEqual([]);
    });

    it(
      'every service and every rights card, in Spanish',
      async () => {
        const paths = [...directory.upserts.services.map((s) => `/es/service/${s.id}`), ...directory.upserts.rights.map((r) => `/es/rights/${r.id}`)];
        expect(directory.upserts.services.length * directory.upserts.rights.length).toBeGreaterThan(0);
        const problems = await problemsTakingOver(page, paths);
        expect([...problems, ...errors.splice(0)]).toEqual([]);
      },
      // A hang detector: about ninety first visits, one after another.
      300_000,
    );

    it('each kind of page in Arabic and in easy read (Spanish and Arabic), still the served heading once settled', async () => {
      const card = firstCard().id;
      const kinds = (prefix: string) => [prefix, `${prefix}/need/housing`, `${prefix}/service/${SERVICE}`, `${prefix}/rights/${card}`, `${prefix}/about`, `${prefix}/privacy`];
      const paths = [...kinds('/ar'), ...kinds('/es/easy'), `/ar/easy/service/${SERVICE}`, '/ar/easy/need/housing', `/es/easy/service/${directory.upserts.services[1]!.id}`];
      const problems = await problemsTakingOver(page, paths, { settle: true });
      expect([...problems, ...errors.splice(0)]).toEqual([]);
    });

    it("addresses without a language, in the visitor's language (French)", async () => {
      const french = await newContext(lab.browser, { serviceWorkers: 'block', locale: 'fr-FR' });
      await french.addInitScript(watchTakeOver);
      try {
        const frenchPage = await french.newPage();
        frenchPage.on('pageerror', (error) => errors.push(`${current}: page error: ${error.message}`));
        frenchPage.on('console', (message) => message.type() === 'error' && errors.push(`${current}: console error: ${message.text()}`));
        const problems = await problemsTakingOver(frenchPage, ['/', '/need/housing', `/service/${SERVICE}`, `/rights/${firstCard().id}`, '/about'], { settle: true });
        expect(await frenchPage.evaluate(() => document.documentElement.lang)).toBe('fr');
        expect(await frenchPage.locator('h1').innerText()).toBe(strings('fr', 'pages').about!.title);
        expect([...problems, ...errors.splice(0)]).toEqual([]);
      } finally {
        await french.close();
      }
    });
  });

  it('"Leave this page" on a page about safety works before the app has taken the page over', async () => {
    // The screen's code held back, as on a slow phone: the page stays the server's HTML.
    const context = await newContext(lab.browser, { serviceWorkers: 'block' });
    const { release } = await holdBack(context, '**/assets/screens-*.js');
    try {
      const page = await context.newPage();
      await page.goto(lab.server.url + '/need/safety', { waitUntil: 'commit' });
      const leave = page.getByRole('button', { name: 'Leave this page' });
      await leave.waitFor();
      await page.waitForFunction(() => document.readyState === 'complete');
      expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();
      await leave.click();
      await page.waitForURL(/\/recipe\.html$/);
    } finally {
      release();
      await context.close();
    }
  });

  it("on a phone, a first visit's page does not move when the status line arrives after first paint", async () => {
    for (const path of ['/', `/service/${SERVICE}`]) {
      // The directory's download held back: the status line's first words are always the same
      // ("Downloading…", two lines here), whatever the day or the machine's speed.
      const context = await newContext(lab.browser, { viewport: { width: 412, height: 823 }, serviceWorkers: 'block' }, { tour: true });
      const { release } = await holdBack(context, '**/api/v1/directory**');
      try {
        await context.addInitScript(() => {
          const shifts: number[] = [];
          Object.assign(window, { shifts });
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.push(entry.value);
          }).observe({ type: 'layout-shift', buffered: true });
        });
        const page = await context.newPage();
        await page.goto(lab.server.url + path);
        await page.getByTestId('status').filter({ hasText: /Downloading/ }).waitFor();
        // Shifts are reported after the frame that made them.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts), path).toEqual([]);
      } finally {
        release();
        await context.close();
      }
    }
  });

  it('choosing another language or easy read changes the address, and links follow it', async () => {
    const context = await newContext(lab.browser);
    await context.addInitScript(watchTakeOver);
    const app = new PonteApp(await context.newPage(), lab.server.url);
    try {
      const { page } = app;
      await app.open('/es/need/housing');
      expect((await takeOver(page, `${lab.server.url}/es/need/housing`)).hydrated).toBe(true);
      await app.openHeaderMenu();
      await page.locator('#language-select').selectOption('ar');
      await page.waitForURL(`${lab.server.url}/ar/need/housing`);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);

      const link = page.locator('main a.item-link[href*="/service/"]').first();
      await expect.poll(() => link.getAttribute('href')).toMatch(/^\/ar\/service\/[\w-]+$/);
      const href = (await link.getAttribute('href'))!;
      await link.click();
      await page.waitForURL(lab.server.url + href);
      await page.locator('main h1').waitFor();

      await app.openHeaderMenu();
      await page.locator('.easy-read-toggle').click();
      await page.waitForURL(lab.server.url + href.replace(/^\/ar\//, '/ar/easy/'));
      expect(await page.locator('.easy-read-toggle').getAttribute('aria-pressed')).toBe('true');
    } finally {
      await context.close();
    }
  });

  it('after a first visit to a deep link, other pages open offline, with and without a language', async () => {
    // Spanish preferences: the address without a language is in Spanish too.
    const context = await newContext(lab.browser, { locale: 'es-ES' });
    try {
      const app = new PonteApp(await context.newPage(), lab.server.url);
      const { page } = app;
      const shelter = name(service(SERVICE), 'es')!;
      await app.open(`/es/service/${SERVICE}`);
      await app.expectHeading(shelter);
      const status = strings('es').status!;
      const ready = `${status.ready} ${status.updated!.split('{{')[0]}`;
      await app.status.filter({ hasText: ready }).waitFor({ timeout: 30_000 });

      await cutNetwork(context);
      const needPage = await page.goto(`${lab.server.url}/es/need/housing`);
      expect(needPage?.fromServiceWorker()).toBe(true);
      await app.expectHeading(strings('es').needs!.housing!);
      await expect.poll(() => app.resultTitles(), { timeout: 15_000 }).toContain(shelter);

      const unprefixed = await page.goto(`${lab.server.url}/service/${SERVICE}`);
      expect(unprefixed?.fromServiceWorker()).toBe(true);
      await app.expectHeading(shelter);
      await page.locator(`main a[href="tel:${dialled(mainPhone(service(SERVICE)))}"]`).first().waitFor();
    } finally {
      await context.close();
    }
  });
});
