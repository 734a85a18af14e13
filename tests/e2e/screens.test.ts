// Every screen, as a person sees it: no accessibility violations (axe-core, WCAG 2.2 AA), no
// horizontal scrolling at 320 px, and screenshots at 320 px and desktop width for people to look at.
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { newContext } from './support/browser';
import { serverAndBrowser } from './support/lab';

const chromePath = inject('chromePath');
const SCREENSHOTS = 'tests/e2e/screenshots';
const SCREENS: [name: string, path: string, heading: RegExp][] = [
  ['home', '/', /What do you need help with/],
  ['need', '/need/housing', /Housing/],
  ['service', '/service/food-bank-distribution', /Food Bank Distribution Point/],
  ['rights', '/rights/right-to-register', /Registering at the town hall/],
  ['search', '/search?q=vivienda', /Search/],
  ['near', '/near', /Services near me/],
  ['saved', '/favourites', /Saved/],
  ['ask', '/service/youth-compass/ask', /Ask to be contacted/],
  ['requests', '/requests', /My requests/],
  ['clear', '/clear', /Clear my information/],
  // A removed service ("no longer listed") is audited in directory-on-device.test.ts.
  ['unknown-service', '/service/no-such-service', /Page not found/],
  ['not-found', '/no/such/page', /Page not found/],
];

describe.skipIf(!chromePath)('every screen, in Chromium', () => {
  const lab = serverAndBrowser();
  let context: BrowserContext;
  let app: PonteApp;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    context = await newContext(lab.browser, { viewport: { width: 320, height: 700 } });
    app = new PonteApp(await context.newPage(), lab.server.url);
    await app.open('/');
    await app.waitUntilReadyOffline();
  });

  /** Every screen in the current mode: no axe violations, no sideways scrolling, a screenshot. */
  async function auditEveryScreen(mode: string) {
    for (const [name, path] of SCREENS) {
      await app.open(path);
      await app.heading.waitFor();
      await app.page.waitForLoadState('networkidle');
      const { violations } = await new AxeBuilder({ page: app.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${mode} ${name}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${mode} ${name}`).toBe(0);
      await app.page.screenshot({ path: `${SCREENSHOTS}/${mode}-${name}-320.png`, fullPage: true });
    }
  }

  it.each(SCREENS)('%s: no axe violations, no sideways scrolling at 320 px', async (name, path, heading) => {
    await app.open(path);
    await app.expectHeading(heading);
    await app.page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page: app.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await app.page.screenshot({ path: `${SCREENSHOTS}/${name}-320.png`, fullPage: true });
    await app.page.setViewportSize({ width: 1280, height: 900 });
    await app.page.screenshot({ path: `${SCREENSHOTS}/${name}-desktop.png`, fullPage: true });
    await app.page.setViewportSize({ width: 320, height: 700 });
  });

  it('the request form with its mistakes shown: no axe violations, errors tied to their fields', async () => {
    await app.open('/service/youth-compass/ask');
    await app.page.getByLabel('Your phone number').fill('12');
    await app.page.getByRole('button', { name: 'Send' }).click();
    const summary = app.page.getByRole('alert');
    await summary.waitFor();
    // Focus moves to the summary on the frame after it appears.
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    expect(await summary.locator('li').allTextContents()).toEqual([
      'Your name: Please fill this in.',
      'Your phone number: This does not look like a phone number. Use digits, for example 611 22 33 44.',
      'When can they reach you?: Choose at least one time of day.',
      'Agreement: Tick this box to agree, or the service cannot contact you.',
    ]);
    const phone = app.page.getByLabel('Your phone number');
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    expect(await phone.inputValue()).toBe('12'); // what was typed is kept
    const { violations } = await new AxeBuilder({ page: app.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await app.page.screenshot({ path: `${SCREENSHOTS}/ask-errors-320.png`, fullPage: true });
  });

  it('near me: sorts services by distance from the device, computed on the device', async () => {
    const located = await newContext(lab.browser, {
      permissions: ['geolocation'],
      geolocation: { latitude: 43.5389, longitude: -5.6519 }, // at El Refugio
    });
    const near = new PonteApp(await located.newPage(), lab.server.url);
    await near.open('/');
    await near.waitUntilReadyOffline();
    await near.page.getByRole('link', { name: 'Near me' }).click();
    await near.page.getByRole('button', { name: 'Use my location' }).click();
    const titles = await near.itemTitles();
    expect(titles.slice(0, 2).sort()).toEqual(['El Refugio Day Centre', 'El Refugio Night Shelter']);
    const distances = await near.page.locator('main .distance').allTextContents();
    expect(distances[0]).toBe('0 m away');
    expect(distances.at(-1)).toMatch(/km away$/);
    await located.close();
  });

  it('near me: says clearly when location is refused', async () => {
    await app.open('/near');
    await app.page.getByRole('button', { name: 'Use my location' }).click();
    await expect
      .poll(() => app.page.getByRole('status').filter({ hasText: 'location' }).textContent())
      .toContain('Ponte may not use your location');
  });

  it('remembers the chosen language and turns the whole interface into it', async () => {
    await app.open('/');
    await app.openHeaderMenu();
    await app.page.getByLabel('Language', { exact: true }).selectOption('es');
    await app.expectHeading('¿Con qué necesitas ayuda?');
    expect(await app.page.getByRole('link', { name: 'Vivienda' }).count()).toBe(1);
    await app.page.reload();
    await app.expectHeading('¿Con qué necesitas ayuda?');
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('es');
    await app.open('/service/food-bank-distribution');
    await app.expectHeading('Punto de Reparto del Banco de Alimentos');
    expect(await app.page.getByRole('heading', { name: 'Horario' }).count()).toBe(1);
    await app.openHeaderMenu();
    await app.page.getByLabel('Idioma', { exact: true }).selectOption('en');
    await app.expectHeading('Food Bank Distribution Point');
  });

  it('with very large text (200%) and high contrast: remembered, no axe violations, no sideways scrolling at 320 px', async () => {
    await app.open('/');
    await app.openHeaderMenu();
    await app.page.getByText('Display', { exact: true }).click();
    await app.page.getByLabel('Very large').check();
    await app.page.getByLabel('High contrast').check();
    expect(await app.page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({ textSize: '200', contrast: 'high' });
    await app.page.reload();
    expect(await app.page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({ textSize: '200', contrast: 'high' });
    expect(await app.page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    await auditEveryScreen('large-contrast');
    await app.openHeaderMenu();
    await app.page.getByText('Display', { exact: true }).click();
    await app.page.getByLabel('Normal').check();
    await app.page.getByLabel('High contrast').uncheck();
    expect(await app.page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('16px');
  });

  it('in Arabic: right to left, complete, no axe violations and no sideways scrolling, content fallback said in words', async () => {
    await app.open('/');
    await app.openHeaderMenu();
    await app.page.getByLabel('Language', { exact: true }).selectOption('ar');
    await app.expectHeading('في أي شيء تحتاج إلى مساعدة؟');
    expect(await app.page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    await auditEveryScreen('ar');
    // The service is written in Arabic: its name and texts carry no other language.
    await app.open('/service/food-bank-distribution');
    await app.expectHeading('نقطة توزيع بنك الطعام');
    // Numbers and Latin-script addresses keep their left-to-right order inside Arabic.
    // The address on the screen (the print card, hidden, has its own).
    expect(await app.drawnLeftOf(app.page.locator('address').filter({ visible: true }), '33410', 'Valdemar')).toBe(true);
    const call = app.page.locator('a[href^="tel:"]').first();
    expect(await call.textContent()).toContain('+34\u00a0985\u00a0550\u00a0140');
    expect(await app.drawnLeftOf(call, '+34', '140')).toBe(true);
    await app.open('/service/youth-compass/ask');
    const phoneHint = app.page.locator('main').getByText(/611/);
    expect(await app.drawnLeftOf(phoneHint, '611', '44')).toBe(true);
    expect(await app.drawnLeftOf(phoneHint, '+33', '78')).toBe(true);
    await app.open('/service/food-bank-distribution');
    await app.expectHeading('نقطة توزيع بنك الطعام');
    expect(await app.page.locator('h1').getAttribute('lang')).toBeNull();
    expect(await app.page.locator('.fallback-notice').count()).toBe(0);
    // News written only in Spanish and English: the Arabic description no longer matches, so the
    // Spanish one is shown, marked and said so in words, while the rest stays in Arabic.
    await lab.server.publishDemoChange();
    await app.open('/service/food-bank-distribution');
    await app.page.locator('.fallback-notice').waitFor();
    const notice = (await app.page.locator('.fallback-notice').textContent())!.replace(/[\u2068\u2069]/g, '');
    expect(notice).toBe('غير متوفر بعد باللغة العربية، ويُعرض باللغة الإسبانية.');
    expect(await app.page.locator('#what + p').getAttribute('lang')).toBe('es');
    expect(await app.page.locator('#what + p').getAttribute('dir')).toBe('ltr');
    expect(await app.page.locator('#what + p').textContent()).toContain('abre los viernes hasta las 20:00');
    expect(await app.page.locator('h1').getAttribute('lang')).toBeNull();
    await lab.server.publishDemoChange(); // and back: the Arabic text returns
    await app.open('/service/food-bank-distribution');
    await app.expectHeading('نقطة توزيع بنك الطعام');
    await expect.poll(() => app.page.locator('.fallback-notice').count(), { timeout: 15_000 }).toBe(0);
    await app.openHeaderMenu();
    await app.page.getByLabel('اللغة', { exact: true }).selectOption('en');
    await app.expectHeading('Food Bank Distribution Point');
    expect(await app.page.locator('.fallback-notice').count()).toBe(0);
  });

  it('in easy-read: one tap from the header, at once and remembered, easy sentences and content with pictograms, no axe violations', async () => {
    await app.open('/service/food-bank-distribution');
    await app.expectHeading('Food Bank Distribution Point');
    await app.openHeaderMenu();
    const toggle = app.page.getByRole('button', { name: 'Easy read' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await app.page.locator('#who svg.pictogram').isVisible()).toBe(false);
    await toggle.click();
    await app.page.getByRole('heading', { name: 'What is it?' }).waitFor();
    expect(await app.page.locator('#what + p').textContent()).toBe(
      'You get a box of food every 2 weeks.\nThere is rice, milk, oil and more.\nYou can ask for baby food and nappies.',
    );
    expect(await app.page.locator('#bring + ul li').first().textContent()).toBe(
      'Your identity card, your foreigner card or your passport. An old one is fine too.',
    );
    expect(await app.page.locator('#who svg.pictogram').isVisible()).toBe(true);
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Who is it for?' }).waitFor();
    await app.openHeaderMenu();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await auditEveryScreen('easy');

    // Arabic in easy-read: easy Arabic sentences, the service's own text in easy Arabic too (so no
    // "not yet in easy words" notice); the arrow beside "how" points the Arabic way.
    await app.openHeaderMenu();
    await app.page.getByLabel('Language', { exact: true }).selectOption('ar');
    await app.page.locator('html[lang="ar"]').waitFor({ state: 'attached' });
    await app.open('/service/food-bank-distribution');
    await app.expectHeading('نقطة توزيع بنك الطعام'); // the Arabic share of the directory has arrived
    await app.page.getByRole('heading', { name: 'ما هذا؟' }).waitFor();
    expect(await app.page.locator('#what + p').textContent()).toBe(
      'تأخذ صندوق طعام كل أسبوعين.\nفيه أرز وحليب وزيت وأشياء أخرى.\nتستطيع أن تطلب طعامًا للأطفال الصغار وحفاضات.',
    );
    expect(await app.page.locator('.fallback-notice').count()).toBe(0);
    expect(await app.page.locator('#how svg.pictogram').evaluate((svg) => getComputedStyle(svg).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    await app.page.screenshot({ path: `${SCREENSHOTS}/ar-easy-service-320.png`, fullPage: true });
    await app.openHeaderMenu();
    await app.page.getByLabel('اللغة', { exact: true }).selectOption('en');
    await app.openHeaderMenu();
    await app.page.getByRole('button', { name: 'Easy read' }).click();
    await app.page.getByRole('heading', { name: 'What it is' }).waitFor();
  });
});
