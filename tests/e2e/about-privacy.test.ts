// "About Ponte" and "Privacy": reached from every page's footer and from the settings, in plain
// words and in easy ones, in every language; axe finds nothing, in Arabic (right to left) and in
// easy read too.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { axeViolations } from './support/axe';
import { newContext } from './support/browser';
import { serverAndBrowser } from './support/lab';

const chromePath = inject('chromePath');

describe.skipIf(!chromePath)('About Ponte and Privacy', () => {
  const lab = serverAndBrowser();
  let app: PonteApp;

  beforeAll(async () => {
    const context = await newContext(lab.browser, { viewport: { width: 320, height: 700 } });
    await context.addInitScript(() => localStorage.setItem('ponte.tourDone', '2026-01-01T00:00:00Z'));
    app = new PonteApp(await context.newPage(), lab.server.url);
  });

  /** Sets the reading preferences the app reads at start, then opens the page. */
  async function openWith(path: string, settings: { language: string; reading: 'standard' | 'easy' }) {
    await app.open('/');
    await app.page.evaluate((s) => (localStorage.setItem('ponte.language', s.language), localStorage.setItem('ponte.reading', s.reading)), settings);
    await app.open(path);
    await app.heading.waitFor();
    await app.page.waitForLoadState('networkidle');
  }

  it('are linked from the footer of every page and from the settings', async () => {
    await openWith('/need/food', { language: 'en', reading: 'standard' });
    await app.page.getByRole('contentinfo').getByRole('link', { name: 'About Ponte' }).click();
    await app.expectHeading('About Ponte');
    await app.page.getByRole('main').getByRole('link', { name: 'Privacy' }).click();
    await app.expectHeading('Privacy');
    await app.page.getByRole('contentinfo').getByRole('link', { name: 'Settings for this phone' }).click();
    await app.expectHeading('This phone');
    await app.page.getByRole('main').getByRole('link', { name: 'Privacy' }).click();
    await app.expectHeading('Privacy');
    // How to clear it: the page that does it, one tap away.
    await app.page.getByRole('main').getByRole('link', { name: 'Clear my information' }).click();
    await app.expectHeading('Clear my information');
  });

  it('say what is kept, what is sent, to whom, for how long and how to clear it', async () => {
    await openWith('/privacy', { language: 'en', reading: 'standard' });
    const main = app.page.getByRole('main');
    for (const heading of ['What stays on this phone', 'What is sent, and to whom', 'For how long', 'How to clear it']) {
      await main.getByRole('heading', { name: heading, level: 2 }).waitFor();
    }
    const text = await main.innerText();
    expect(text).toContain('Only the service\'s staff can open them.');
    expect(text).toContain('no tracking, no statistics and no advertising');
    expect(text).toContain('“Clear my information” removes');
    expect(text).toContain('“I’m done: clear my information”');
  });

  it.each([
    ['en', 'standard', 'About Ponte', 'Privacy'],
    ['en', 'easy', 'About Ponte', 'Privacy'],
    ['ar', 'standard', 'عن بونتي', 'الخصوصية'],
    ['ar', 'easy', 'عن بونتي', 'الخصوصية'],
    ['es', 'easy', 'Acerca de Ponte', 'Privacidad'],
  ] as const)('in %s (%s reading): no axe violations on either page', async (language, reading, about, privacy) => {
    await openWith('/about', { language, reading });
    await app.expectHeading(about);
    expect(await axeViolations(app.page, `${language} ${reading} about`)).toEqual([]);
    await app.open('/privacy');
    await app.expectHeading(privacy);
    await app.page.waitForLoadState('networkidle');
    expect(await axeViolations(app.page, `${language} ${reading} privacy`)).toEqual([]);
    expect(await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });

  it('in easy read, in short sentences on lines of their own', async () => {
    await openWith('/privacy', { language: 'en', reading: 'easy' });
    await app.page.getByRole('heading', { name: 'What does Ponte send?' }).waitFor();
    expect(await app.page.getByRole('main').innerText()).toContain('Ponte locks them first.\nOnly the people at the place can open them.');
  });
});
