// The guided tour: shown on a first visit and from the settings, five steps, keyboard only,
// each step announced (its heading, "Step n of 5", takes focus), skippable (button or Escape),
// not shown again once done, back after "Clear my information", never by itself on a kiosk.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { axeViolations } from './support/axe';
import { holdBack, newContext } from './support/browser';
import { serverAndBrowser } from './support/lab';

const chromePath = inject('chromePath');
const PHONE = { viewport: { width: 320, height: 700 } };
const strings = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/common.json`, 'utf8'));

/** A first visit, as a person makes it: nothing stored, so the tour shows. */
async function firstVisit(lab: ReturnType<typeof serverAndBrowser>, path = '/') {
  const context = await newContext(lab.browser, PHONE, { tour: true });
  const app = new PonteApp(await context.newPage(), lab.server.url);
  await app.open(path);
  return { context, app };
}

const tour = (page: Page) => page.getByRole('dialog');

/** What has focus: its role as a heading or button, and its accessible text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    return { tag: element.tagName, text: element.textContent!.trim(), inTour: !!element.closest('[role="dialog"]'), pressed: element.getAttribute('aria-pressed') };
  });

/** Step n is on the screen and announced: its heading, which names the step, has focus. */
async function expectStepAnnounced(page: Page, text: RegExp) {
  // The dialog is named by that heading.
  await page.getByRole('dialog', { name: text }).waitFor();
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'H2', inTour: true, text: expect.stringMatching(text) });
}

/** "Step 2 of 5", "الخطوة 2 من 5" (the numbers isolated): step n, in any language. */
const stepOf = (n: number) => new RegExp(`^\\D*${n}\\D+5`);

/** Presses Tab until the element named `name` has focus (keyboard only, as a person would). */
async function tabTo(page: Page, name: string) {
  for (let presses = 0; presses < 30; presses++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).text === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

describe.skipIf(!chromePath)('the guided tour, in Chromium', () => {
  const lab = serverAndBrowser();

  it('a first visit shows it; it is taken with the keyboard alone (Tab, Enter), each step announced, and not shown again', async () => {
    const { context, app } = await firstVisit(lab);
    const { page } = app;
    await expectStepAnnounced(page, /^Step 1 of 5\s+Choose your language$/);
    // Every language named in its own words: a person who cannot read English finds theirs.
    for (const name of ['العربية', 'English', 'Español', 'Français', 'Português', 'Українська']) {
      await tour(page).getByRole('button', { name, exact: true }).waitFor();
    }
    await tabTo(page, 'Español');
    await page.keyboard.press('Enter');
    // The whole page follows at once, the tour included; the choice is remembered.
    await app.expectHeading('¿Con qué necesitas ayuda?');
    await tour(page).getByRole('button', { name: 'Español', pressed: true }).waitFor();
    await expect.poll(() => focused(page)).toMatchObject({ text: 'Español', inTour: true }); // where the choice was made
    expect(await page.evaluate(() => localStorage.getItem('ponte.language'))).toBe('es');

    await tabTo(page, 'Siguiente');
    await page.keyboard.press('Enter');
    await expectStepAnnounced(page, /^Paso 2 de 5\s+Lectura fácil$/);
    await tabTo(page, 'Lectura fácil');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.reading)).toBe('easy');
    // The button shows its new state once the strings of easy read are in (a render after the switch).
    await expect.poll(() => focused(page)).toMatchObject({ text: 'Lectura fácil', pressed: 'true' });

    for (const [step, title] of [[3, 'Encontrar ayuda'], [4, 'Guardar un servicio'], [5, 'Pedir que te contacten']] as const) {
      await tabTo(page, 'Siguiente');
      await page.keyboard.press('Enter');
      await expectStepAnnounced(page, new RegExp(`^Paso ${step} de 5\\s+${title}$`));
    }
    // Easy read: the step in short sentences, naming the buttons as the screens do.
    await tour(page).getByText('Pulsa «Pedir que me contacten».').waitFor();
    await tour(page).getByText('Mira en «Solicitudes».').waitFor(); // as the menu names it
    // Back returns a step, then on to the end.
    await tabTo(page, 'Atrás');
    await page.keyboard.press('Enter');
    await expectStepAnnounced(page, /^Paso 4 de 5/);
    await tabTo(page, 'Siguiente');
    await page.keyboard.press('Enter');
    await expectStepAnnounced(page, /^Paso 5 de 5/);
    await tabTo(page, 'Terminar');
    await page.keyboard.press('Enter');

    // Gone; focus on the home page's heading, where the person goes on.
    await tour(page).waitFor({ state: 'detached' });
    expect(await focused(page)).toMatchObject({ tag: 'H1', text: '¿Con qué necesitas ayuda?' });
    expect(await page.evaluate(() => localStorage.getItem('ponte.tourDone'))).toBeTruthy();

    // Once what comes after first paint is there (the tour would have come with it), no tour.
    await page.reload();
    await page.getByTestId('content-language-notice').waitFor({ state: 'attached' });
    expect(await tour(page).count()).toBe(0);
    await context.close();
  });

  it('"Skip the tour" ends it at once, for good; from the settings it comes back, and Escape skips it', async () => {
    const { context, app } = await firstVisit(lab);
    const { page } = app;
    await expectStepAnnounced(page, /^Step 1 of 5/);
    await tabTo(page, 'Skip the tour');
    await page.keyboard.press('Enter');
    await tour(page).waitFor({ state: 'detached' });
    expect(await focused(page)).toMatchObject({ tag: 'H1', text: 'What do you need help with?' });
    await page.reload();
    await app.waitUntilReadyOffline();
    expect(await tour(page).count()).toBe(0);

    await page.getByRole('link', { name: 'Settings for this phone' }).click();
    await app.expectHeading('This phone');
    await page.getByRole('button', { name: 'Take the tour' }).click();
    await app.expectHeading('What do you need help with?');
    await expectStepAnnounced(page, /^Step 1 of 5/);
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await expectStepAnnounced(page, /^Step 2 of 5\s+Easy read$/);
    await page.keyboard.press('Escape');
    await tour(page).waitFor({ state: 'detached' });
    expect(await focused(page)).toMatchObject({ tag: 'H1', text: 'What do you need help with?' });
    await context.close();
  });

  it('passes axe at every step, in English, in Arabic (right to left) and in easy read', async () => {
    const { context, app } = await firstVisit(lab);
    const { page } = app;
    const violations: string[] = [];
    // From step 1 (which has focus wherever the person pressed last) to step 5.
    const everyStep = async (label: string, next: string) => {
      for (let step = 1; step <= 5; step++) {
        if (step === 1) await page.getByRole('dialog', { name: stepOf(1) }).waitFor();
        else await expectStepAnnounced(page, stepOf(step));
        violations.push(...(await axeViolations(page, `${label}, step ${step}`)));
        if (step < 5) await tour(page).getByRole('button', { name: next, exact: true }).click();
      }
    };
    await everyStep('English', 'Next');

    await tour(page).getByRole('button', { name: 'Back' }).click();
    for (let step = 4; step > 1; step--) await tour(page).getByRole('button', { name: 'Back' }).click();
    await tour(page).getByRole('button', { name: 'العربية' }).click();
    await app.expectHeading(strings('ar').home.title);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await everyStep('Arabic', strings('ar').tour.next);

    for (let step = 5; step > 2; step--) await tour(page).getByRole('button', { name: strings('ar').tour.back }).click();
    await tour(page).getByRole('button', { name: strings('ar').display.easyRead }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.reading)).toBe('easy');
    await tour(page).getByRole('button', { name: strings('ar').tour.back }).click();
    await everyStep('Arabic, easy read', strings('ar').tour.next);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('"Clear my information" brings it back: the phone starts again at the language choice', async () => {
    const { context, app } = await firstVisit(lab);
    const { page } = app;
    await tour(page).getByRole('button', { name: 'Skip the tour' }).click();
    await app.waitUntilReadyOffline();
    await page.getByRole('link', { name: 'Clear my information' }).click();
    await app.expectHeading('Clear my information');
    await page.getByRole('button', { name: 'Clear my information' }).click();
    await expectStepAnnounced(page, /^Step 1 of 5\s+Choose your language$/);
    await context.close();
  });

  it('is not shown by itself on a library kiosk: each session starts at home', async () => {
    const { context, app } = await firstVisit(lab, '/?kiosk=1');
    const { page } = app;
    // No staff code on this server: kiosk mode needs only a confirmation.
    const reloaded = page.waitForEvent('load');
    await page.getByRole('dialog', { name: 'Make this browser a public computer?' }).getByRole('button', { name: 'Turn on kiosk mode' }).click();
    await reloaded;
    await page.getByText('Public computer').waitFor();
    await app.waitUntilReadyOffline();
    expect(await tour(page).count()).toBe(0);
    await context.close();
  });

  it("arriving late on a slow first visit, it takes neither the focus the person has moved nor their place on the page", async () => {
    // The tour's code held back, as on a slow phone: the server's page, tour included, is read meanwhile.
    const context = await newContext(lab.browser, { ...PHONE, serviceWorkers: 'block' }, { tour: true });
    const { release } = await holdBack(context, '**/assets/after-paint-*.js');
    try {
      const page = await context.newPage();
      await page.goto(lab.server.url + '/');
      await page.locator('h1').waitFor();
      // The person goes on: down to the needs, and onto a link with the keyboard.
      const link = page.locator('.needs a').nth(5);
      await link.focus();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const scrolled = await page.evaluate(() => window.scrollY);
      expect(scrolled).toBeGreaterThan(0);
      release();
      await page.waitForSelector('html[data-app="ready"]');
      await tour(page).getByRole('button', { name: 'Next' }).waitFor();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    } finally {
      release();
      await context.close();
    }
  });
});
