// Languages on the device. The page loads only its own language's strings (and English, the
// fallback); the worker keeps every language's, so a phone set up online switches language later,
// offline, and keeps it across reloads. The directory's texts are on the device only in its
// languages: a language whose texts are not there yet says so, and they come once online.
import { readFileSync } from 'node:fs';
import type { Page, Request } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { cutNetwork, newContext, restoreNetwork } from './support/browser';
import { serverAndBrowser } from './support/lab';

const chromePath = inject('chromePath');
const LANGUAGES = ['ar', 'en', 'es', 'fr', 'pt', 'uk'];
const localeOf = (request: Request) => /\/assets\/locale-([a-z]{2,3})-/.exec(request.url())?.[1];
const strings = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/common.json`, 'utf8'));
const homeTitle = (lang: string) => strings(lang).home.title as string;

/** The header's language picker, behind its "Menu" where the screen is narrow. */
async function pickLanguage(page: Page, lang: string) {
  const select = page.locator('#language-select');
  if (!(await select.isVisible())) await page.locator('.header-menu-button').click();
  await select.selectOption(lang);
}

/** "The services' texts in <language> are not on this phone yet…", the language named in its own words. */
const contentNotice = (page: Page, lang: string) => page.getByTestId('content-language-notice').locator(`span[lang="${lang}"]`);

describe.skipIf(!chromePath)('interface languages, in Chromium', () => {
  const lab = serverAndBrowser();

  it("the page loads only the device's language (Ukrainian) and English; the worker keeps all six on the device", async () => {
    const context = await newContext(lab.browser, { locale: 'uk-UA' });
    const page = await context.newPage();
    const loadedByPage = new Set<string>();
    page.on('request', (r) => localeOf(r) && loadedByPage.add(localeOf(r)!));
    const app = new PonteApp(page, lab.server.url);
    await app.open('/');
    await app.expectHeading(homeTitle('uk'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('uk');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForLoadState('networkidle');
    expect([...loadedByPage].sort()).toEqual(['en', 'uk']);
    const precached = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((name) => name.startsWith('ponte-app-'));
      const urls = (await Promise.all(names.map(async (name) => (await caches.open(name)).keys()))).flat().map((r) => r.url);
      return [...new Set(urls.map((url) => /\/assets\/locale-([a-z]{2,3})-/.exec(url)?.[1]).filter(Boolean))].sort();
    });
    expect(precached).toEqual(LANGUAGES);
    await context.close();
  });

  it('set up online in Spanish, then offline: each of the six languages switches the interface and stays after a reload; a language whose texts are not on the phone says so, and online they download', async () => {
    const context = await newContext(lab.browser);
    const app = new PonteApp(await context.newPage(), lab.server.url);
    const { page } = app;
    // The trainer, online: Spanish, the directory on the device (its texts in Spanish and English).
    await app.open('/');
    await app.waitUntilReadyOffline();
    await pickLanguage(page, 'es');
    await app.expectHeading(homeTitle('es'));
    await page.waitForLoadState('networkidle');

    // Later, a participant, with no connection at all.
    await cutNetwork(context);
    // Each language with texts missing comes after one that has them: the notice appears and goes.
    for (const lang of ['fr', 'en', 'pt', 'es', 'uk', 'ar']) {
      await pickLanguage(page, lang);
      await app.expectHeading(homeTitle(lang));
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);
      const missing = !['en', 'es'].includes(lang);
      if (missing) await contentNotice(page, lang).waitFor();
      else await page.getByTestId('content-language-notice').locator('span[lang]').waitFor({ state: 'detached' });
      await page.reload();
      await app.expectHeading(homeTitle(lang));
      if (missing) {
        await contentNotice(page, lang).waitFor();
        await page.getByTestId('content-language-notice').getByText(strings(lang).contentLanguage.whenOnline).waitFor();
      }
    }
    // Not "not yet available in Arabic" on a service's page: the texts exist, they are not here yet.
    await app.open('/service/night-shelter');
    await contentNotice(page, 'ar').waitFor();
    await app.expectHeading('El Refugio');
    expect(await page.locator('.fallback-notice').count()).toBe(0);

    // Back online: the Arabic texts download by themselves and the notice goes.
    const asked: string[] = [];
    page.on('request', (r) => /\/api\/v1\/directory\?/.test(r.url()) && asked.push(new URL(r.url()).searchParams.get('locales')!));
    await restoreNetwork(context);
    await contentNotice(page, 'ar').waitFor({ state: 'detached', timeout: 30_000 });
    await app.expectHeading('مأوى إل ريفوخيو الليلي');
    expect(asked).toContain('ar,en,es');
    await context.close();
  });

  it('online, texts that could not download are offered with "Get them now"', async () => {
    const context = await newContext(lab.browser);
    const app = new PonteApp(await context.newPage(), lab.server.url);
    const { page } = app;
    await app.open('/');
    await app.waitUntilReadyOffline();
    // The directory's server does not answer for a moment (the rest of the network works).
    const refuse = /\/api\/v1\/directory\?/;
    await context.route(refuse, (route) => route.abort('connectionfailed'));
    await pickLanguage(page, 'fr');
    await app.expectHeading(homeTitle('fr'));
    const getNow = page.getByRole('button', { name: strings('fr').contentLanguage.getNow });
    await getNow.waitFor();
    await contentNotice(page, 'fr').waitFor();

    await context.unroute(refuse);
    await getNow.click();
    await contentNotice(page, 'fr').waitFor({ state: 'detached', timeout: 30_000 });
    await app.open('/service/night-shelter');
    await app.expectHeading('Foyer de nuit El Refugio');
    await context.close();
  });
});
