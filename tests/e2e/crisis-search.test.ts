// Search that is safe in a crisis, end to end in Chromium: offline after one online visit, words
// about violence list a violence service first (never mediation) under the emergency number,
// and the safety need opens with 112 and the 24-hour line, with call buttons; no axe violations
// there in English, in Arabic and in easy-read.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { cutNetwork, newContext, restoreNetwork } from './support/browser';
import { serverAndBrowser } from './support/lab';

const chromePath = inject('chromePath');
const LINE = '24-Hour Line Against Gender Violence';

/** Width and height of each element, as drawn: touch targets must be 44 px at least. */
const sizes = (targets: Locator) => targets.evaluateAll((els) => els.map((el) => [el.getBoundingClientRect().width, el.getBoundingClientRect().height]));

describe.skipIf(!chromePath)('search that is safe in a crisis, in Chromium', () => {
  const lab = serverAndBrowser();
  let context: BrowserContext;
  let app: PonteApp;

  beforeAll(async () => {
    context = await newContext(lab.browser, { viewport: { width: 320, height: 700 } });
    app = new PonteApp(await context.newPage(), lab.server.url);
    await app.open('/');
    await app.waitUntilReadyOffline();
    // From here on, no network and no server: everything comes from the device.
    await lab.server.stop();
    await cutNetwork(context);
    await app.page.reload();
    await app.status.filter({ hasText: 'You are offline' }).waitFor();
  });

  it('offline, "maltrato pareja" lists the violence line first, not mediation, under the emergency number', async () => {
    await app.search('maltrato pareja');
    await expect.poll(() => app.resultTitles()).toContain(LINE);
    const titles = await app.resultTitles();
    expect(titles[0]).toBe(LINE);
    expect(titles.slice(0, 3)).toContain("Women's Centre: Legal and Psychological Support");
    expect(titles[0]).not.toBe('Family Mediation');
    // Why a result without these words (nor a synonym) is listed, in one short line.
    const why = app.page.locator('main .items .item', { hasText: "Children and Teenagers' Help Line" }).locator('.hint');
    expect(await why.textContent()).toBe('Topic: Violence and safety');
    const call = app.page.getByRole('link', { name: 'Call 112' });
    expect(await call.getAttribute('href')).toBe('tel:112');
    // Above the results: the first thing a person in danger meets.
    const [line, list] = await Promise.all([call.boundingBox(), app.page.locator('main .items').boundingBox()]);
    expect(line!.y).toBeLessThan(list!.y);

    // Words not about violence: no emergency line, and the results are the usual ones.
    await app.page.getByLabel('Search services and rights').fill('refugee');
    await expect.poll(() => app.resultTitles()).toContain('Reception for Asylum Seekers');
    expect(await app.page.getByRole('link', { name: 'Call 112' }).count()).toBe(0);
  });

  it('offline, the safety need opens with 112 and the 24-hour line, with call buttons, and lists that line first', async () => {
    await app.open('/need/safety');
    await app.expectHeading('Violence and safety');
    const box = app.page.locator('section.emergency');
    await box.waitFor();
    expect(await box.getByRole('heading').textContent()).toBe('In danger now?');
    expect(await box.getByRole('link', { name: 'Call 112' }).getAttribute('href')).toBe('tel:112');
    expect(await box.getByRole('link', { name: 'Call +34 900 550 800' }).getAttribute('href')).toBe('tel:+34900550800');
    expect(await box.getByRole('link', { name: LINE }).getAttribute('href')).toBe('/service/violence-24h-line');
    // Every control of the screen, the call buttons first, is a 44 × 44 px target at least.
    expect((await sizes(box.locator('a[href]'))).length).toBe(4); // 112, the line's page, call, SMS
    for (const [width, height] of await sizes(app.page.locator('main').locator('a[href], button, summary'))) {
      expect(width).toBeGreaterThanOrEqual(44);
      expect(height).toBeGreaterThanOrEqual(44);
    }
    const services = app.page.locator('section[aria-labelledby="need-services"]');
    expect((await services.locator('.item-title').allTextContents())[0]).toBe(LINE);
    expect((await box.boundingBox())!.y).toBeLessThan((await services.boundingBox())!.y);
    // No sideways scrolling at 320 px.
    expect(await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });

  it('the safety need: no axe violations in English, in Arabic and in easy-read; numbers stay left to right in Arabic', async () => {
    await lab.server.start();
    await restoreNetwork(context);
    const audit = async (mode: string) => {
      await app.page.locator('section.emergency').waitFor();
      await app.page.waitForLoadState('networkidle');
      const { violations } = await new AxeBuilder({ page: app.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${mode}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    await app.open('/need/safety');
    await audit('en');

    await app.openHeaderMenu();
    await app.page.getByLabel('Language', { exact: true }).selectOption('ar');
    await app.expectHeading('العنف والأمان');
    await audit('ar');
    const call = app.page.locator('section.emergency a[href="tel:+34900550800"]');
    expect(await call.textContent()).toContain('+34\u00a0900\u00a0550\u00a0800');
    expect(await app.drawnLeftOf(call, '+34', '800')).toBe(true);

    await app.openHeaderMenu();
    await app.page.getByLabel('اللغة', { exact: true }).selectOption('en');
    await app.expectHeading('Violence and safety');
    await app.openHeaderMenu();
    await app.page.getByRole('button', { name: 'Easy read' }).click();
    await app.page.locator('html[data-reading="easy"]').waitFor({ state: 'attached' });
    // The page is marked easy read first; its easy words follow once their strings are in.
    await expect.poll(() => app.page.locator('section.emergency p').first().textContent()).toMatch(/^Call 112\.\n/);
    await audit('easy');
    await app.openHeaderMenu();
    await app.page.getByRole('button', { name: 'Easy read' }).click();
  });
});
