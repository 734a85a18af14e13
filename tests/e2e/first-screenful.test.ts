// The frame stays small: on a 320 × 640 phone at every text size (Display: 100%, 150%, 200%) and
// on a desktop, each page's heading is inside the first screenful, and its first lines start
// there too. Language, easy read and display wait behind one "Menu" button where space is short
// (a disclosure: aria-expanded, Escape closes it), and show in the header where it is wide.
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { newContext } from './support/browser';
import { serverAndBrowser } from './support/lab';

const chromePath = inject('chromePath');
const PAGES: [path: string, heading: string][] = [
  ['/', 'What do you need help with?'],
  ['/need/food', 'Food'],
  ['/service/food-bank-distribution', 'Food Bank Distribution Point'],
  ['/requests', 'My requests'],
];

describe.skipIf(!chromePath)('the first screenful', () => {
  const lab = serverAndBrowser();
  let context: BrowserContext;
  let app: PonteApp;

  beforeAll(async () => {
    context = await newContext(lab.browser, { viewport: { width: 320, height: 640 } });
    // The guided tour opens on a first visit: it is content, tested on its own.
    await context.addInitScript(() => localStorage.setItem('ponte.tourDone', '2026-01-01T00:00:00Z'));
    app = new PonteApp(await context.newPage(), lab.server.url);
    // The directory on the device: a service page shows its name once it is there.
    await app.open('/service/food-bank-distribution');
    await app.heading.filter({ hasText: 'Food Bank Distribution Point' }).waitFor({ timeout: 30_000 });
  });

  /** Where the heading and the page's first content below it are, against the window's height. */
  async function firstScreenful(path: string, heading: string) {
    await app.open(path);
    await app.heading.filter({ hasText: heading }).waitFor();
    return app.page.evaluate(() => {
      const h1 = document.querySelector('main h1')!;
      // The first thing after the heading and its Read aloud button: the page's own first lines.
      let next = h1.nextElementSibling;
      while (next && (next.matches('.read-aloud') || next.getClientRects().length === 0)) next = next.nextElementSibling;
      return {
        headingBottom: h1.getBoundingClientRect().bottom,
        contentTop: next ? next.getBoundingClientRect().top : 0,
        height: innerHeight,
        sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
  }

  for (const textSize of ['100', '150', '200']) {
    it.each(PAGES)(`at 320 px with text at ${textSize}%, %s starts in the first screenful`, async (path, heading) => {
      await app.page.evaluate((size) => localStorage.setItem('ponte.textSize', size), textSize);
      const at = await firstScreenful(path, heading);
      expect(at.headingBottom, `${path}: the heading ends at ${at.headingBottom} px of ${at.height}`).toBeLessThanOrEqual(at.height);
      expect(at.contentTop, `${path}: the first lines start at ${at.contentTop} px of ${at.height}`).toBeLessThan(at.height);
      expect(at.sideways).toBe(0);
    });
  }

  it.each(['100%', '200%'])('on a desktop with text at %s, every page starts high, with the tools in the header', async (textSize) => {
    await app.page.setViewportSize({ width: 1280, height: 800 });
    await app.page.evaluate((size) => localStorage.setItem('ponte.textSize', size), textSize.replace('%', ''));
    try {
      for (const [path, heading] of PAGES) {
        const at = await firstScreenful(path, heading);
        expect(at.contentTop, path).toBeLessThan(at.height / 2);
      }
      await expect.poll(() => app.page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
      expect(await app.page.getByLabel('Language').isVisible()).toBe(true);
      expect(await app.page.getByRole('button', { name: 'Easy read' }).isVisible()).toBe(true);
    } finally {
      await app.page.setViewportSize({ width: 320, height: 640 });
    }
  });

  it('keeps language, easy read and display behind one Menu button on a phone, usable with the keyboard', async () => {
    await app.page.evaluate(() => (localStorage.setItem('ponte.textSize', '200'), localStorage.setItem('ponte.language', 'en')));
    await app.open('/');
    const menu = app.page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await app.page.getByLabel('Language').isVisible()).toBe(false);

    await menu.focus();
    await app.page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    // The open menu pushes the page down; it never covers it.
    await app.page.getByLabel('Language').selectOption('es');
    await app.heading.filter({ hasText: '¿Con qué necesitas ayuda?' }).waitFor();
    const menuEs = app.page.getByRole('button', { name: 'Menú' });
    expect(await menuEs.getAttribute('aria-expanded')).toBe('true');
    await app.page.keyboard.press('Escape');
    expect(await menuEs.getAttribute('aria-expanded')).toBe('false');
    expect(await app.page.evaluate(() => document.activeElement?.classList.contains('header-menu-button'))).toBe(true);
    expect(await app.page.getByLabel('Idioma').isVisible()).toBe(false);

    // Back to English for the tests that follow, through the menu again.
    await menuEs.click();
    await app.page.getByLabel('Idioma').selectOption('en');
    await app.heading.filter({ hasText: 'What do you need help with?' }).waitFor();
  });

  it('reaches every destination of the nav from one row at 200% text, and a new page closes the menu', async () => {
    await app.page.evaluate(() => (localStorage.setItem('ponte.textSize', '200'), localStorage.setItem('ponte.language', 'en')));
    await app.open('/');
    const nav = app.page.getByRole('navigation', { name: 'Main' });
    const rows = await nav.getByRole('link').evaluateAll((links) => new Set(links.map((l) => Math.round(l.getBoundingClientRect().top))).size);
    expect(rows).toBe(1);
    await app.page.getByRole('button', { name: 'Menu' }).click();
    // The last link is off screen at first: the row scrolls to it.
    await nav.getByRole('link', { name: 'Requests' }).click();
    await app.expectHeading('My requests');
    expect(await app.page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('false');
    for (const [name, heading] of [['Saved', 'Saved'], ['Near me', 'Services near me'], ['Search', 'Search'], ['Home', 'What do you need help with?']]) {
      await nav.getByRole('link', { name, exact: true }).click();
      await app.expectHeading(heading);
    }
  });
});
