// Passing a card on, as a trainer, an outreach worker or a library visitor would: Share (or
// "Copy link"), a QR code that opens the same card on another phone, a printed card on one A5
// page, a need's whole set of cards, the workshop sheet, and directions on a desktop.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { axeViolations } from './support/axe';
import { cutNetwork, newContext } from './support/browser';
import { serverAndBrowser } from './support/lab';
import { readQrCode } from './support/qr';

const chromePath = inject('chromePath');
const KITCHEN = { id: 'san-martin-meals', name: 'San Martín Community Kitchen' };
const RENT = { id: 'right-to-rent-help', title: 'Help to pay the rent' };
const DESKTOP = { width: 1280, height: 800 };

/** Pages in a PDF as Chromium writes it: one "/Type /Page" object each ("/Pages" is the tree). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

describe.skipIf(!chromePath)('share, QR codes and print, in Chromium', () => {
  const lab = serverAndBrowser();
  const contexts: BrowserContext[] = [];

  /** A device that has opened Ponte once and holds the directory. `setup` runs before any page
   *  script (stubs for the share sheet or the clipboard, a kiosk's setting). */
  async function device(options: { viewport?: { width: number; height: number }; setup?: () => void; touch?: boolean } = {}) {
    const context = await newContext(lab.browser, {
      viewport: options.viewport ?? { width: 390, height: 800 },
      ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
    });
    contexts.push(context);
    if (options.setup) await context.addInitScript(options.setup);
    const app = new PonteApp(await context.newPage(), lab.server.url);
    await app.open('/');
    await app.waitUntilReadyOffline();
    return { context, app };
  }

  /** Language and easy read as the person chose them (kept on the device), then the page again. */
  async function choose(app: PonteApp, preferences: { language?: string; easy?: boolean }) {
    await app.page.evaluate(({ language, easy }) => {
      if (language) localStorage.setItem('ponte.language', language);
      localStorage.setItem('ponte.reading', easy ? 'easy' : 'standard');
    }, preferences);
  }

  async function printedPdf(page: Page, format: 'A5' | 'A4'): Promise<Buffer> {
    await page.emulateMedia({ media: 'print' });
    try {
      return await page.pdf({ format });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  }

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
  });

  describe('share', () => {
    it('without the Web Share API: "Copy link" puts the card\'s address, and nothing else, on the clipboard and says so', async () => {
      const { context, app } = await device({ setup: () => void delete (Navigator.prototype as Partial<Navigator>).share });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: lab.server.url });
      // Arrived with search words in the address: they must not travel with the link.
      await app.open(`/service/${KITCHEN.id}?q=hungry#contact`);
      await app.expectHeading(KITCHEN.name);
      expect(await app.page.getByRole('button', { name: 'Share', exact: true }).count()).toBe(0);
      await app.page.getByRole('button', { name: 'Copy link' }).click();
      await app.page.getByRole('status').filter({ hasText: 'Link copied. You can paste it in a message.' }).waitFor();
      expect(await app.page.evaluate(() => navigator.clipboard.readText())).toBe(`${lab.server.url}/service/${KITCHEN.id}`);
    });

    it('when the clipboard is refused: the link is shown in a field, selected, to copy by hand', async () => {
      const { app } = await device({
        setup: () => {
          delete (Navigator.prototype as Partial<Navigator>).share;
          Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('Refused', 'NotAllowedError')) } });
        },
      });
      await app.open(`/rights/${RENT.id}`);
      await app.expectHeading(RENT.title);
      // The first visit's download done: its arrival re-renders the card, not the field under test.
      await app.waitUntilReadyOffline();
      await app.page.getByRole('button', { name: 'Copy link' }).click();
      await app.page.getByRole('status').filter({ hasText: 'did not let Ponte copy the link' }).waitFor();
      const field = app.page.getByLabel('Link to this page');
      expect(await field.inputValue()).toBe(`${lab.server.url}/rights/${RENT.id}`);
      expect(await field.evaluate((input: HTMLInputElement) => [document.activeElement === input, input.selectionStart, input.selectionEnd])).toEqual([
        true,
        0,
        `${lab.server.url}/rights/${RENT.id}`.length,
      ]);
    });

    it('with the Web Share API: the device\'s share sheet gets the card\'s title, a line of text and its address', async () => {
      const { app } = await device({
        setup: () => {
          const shared: ShareData[] = [];
          Object.assign(window, { shared });
          Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
          Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: () => true });
        },
      });
      await app.open(`/service/${KITCHEN.id}`);
      await app.expectHeading(KITCHEN.name);
      await app.page.getByRole('button', { name: 'Share', exact: true }).click();
      await app.page.waitForFunction(() => (window as unknown as { shared: unknown[] }).shared.length === 1);
      expect(await app.page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([
        { title: KITCHEN.name, text: `${KITCHEN.name}, on Ponte`, url: `${lab.server.url}/service/${KITCHEN.id}` },
      ]);
    });

    it('on a public computer (kiosk): no Share or Copy link (its clipboard is the next person\'s), the QR code and Print stay', async () => {
      const { app } = await device({ setup: () => localStorage.setItem('ponte.kiosk', 'on') });
      await app.open(`/service/${KITCHEN.id}`);
      await app.expectHeading(KITCHEN.name);
      await app.page.getByRole('button', { name: 'Show QR code' }).waitFor();
      await app.page.getByRole('button', { name: 'Print', exact: true }).waitFor();
      expect(await app.page.getByRole('button', { name: /^(Share|Copy link)$/ }).count()).toBe(0);
    });
  });

  it('the QR code, read as a camera would, is the card\'s address, which opens the same card on a new phone, offline after its first visit', async () => {
    const { app } = await device();
    await app.open(`/service/${KITCHEN.id}?q=comida`);
    await app.expectHeading(KITCHEN.name);
    const show = app.page.getByRole('button', { name: 'Show QR code' });
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    await show.click();
    expect(await app.page.getByRole('button', { name: 'Hide QR code' }).getAttribute('aria-expanded')).toBe('true');
    const url = await readQrCode(app.page.getByRole('img', { name: 'QR code that opens this page' }));
    expect(url).toBe(`${lab.server.url}/service/${KITCHEN.id}`);

    const other = await device({ viewport: { width: 360, height: 740 } });
    await other.app.page.goto(url);
    await other.app.expectHeading(KITCHEN.name);
    await cutNetwork(other.context);
    await other.app.page.reload();
    await other.app.expectHeading(KITCHEN.name);
  });

  describe('print', () => {
    it('a service card: one A5 page with what it is, who, how, hours, phone, address and its QR code; no header, pickers, navigation or buttons', async () => {
      const { app } = await device({ viewport: DESKTOP });
      await app.open(`/service/${KITCHEN.id}`);
      await app.expectHeading(KITCHEN.name);
      const card = app.page.getByTestId('print-card');
      expect(await card.isVisible()).toBe(false); // on screen, the page itself
      await app.page.emulateMedia({ media: 'print' });
      expect(await card.isVisible()).toBe(true);
      for (const chrome of ['.site-header', 'nav', '.status-bar', '.site-footer', 'h1', '.share-actions']) {
        expect(await app.page.locator(chrome).first().isVisible(), chrome).toBe(false);
      }
      expect(await app.page.locator('button:visible, .button:visible, select:visible').count()).toBe(0);
      // Phone numbers are printed unbroken (no-break spaces): compare with plain spaces.
      const printed = (await card.innerText()).replaceAll('\u00a0', ' ');
      for (const part of ['What it is', 'Who it is for', 'How to get it', 'Opening hours', '+34 985 550 150', 'Calle San Martín 9', 'Scan to open this page on your phone']) {
        expect(printed).toContain(part);
      }
      expect(await readQrCode(card.getByRole('img', { name: 'QR code that opens this card in Ponte' }))).toBe(`${lab.server.url}/service/${KITCHEN.id}`);
      await app.page.emulateMedia({ media: 'screen' });
      expect(pdfPages(await printedPdf(app.page, 'A5'))).toBe(1);
    });

    it('in easy read and in Arabic, as the page reads now: still one A5 page each', async () => {
      const { app } = await device({ viewport: DESKTOP });
      await choose(app, { language: 'es', easy: true });
      await app.open(`/rights/${RENT.id}`);
      // The card is off the screen until printed: found by its text, not by its role.
      await app.page.getByTestId('print-card').locator('h3', { hasText: '¿Quién tiene este derecho?' }).waitFor({ state: 'attached' });
      // …and whole: the services that help come from the device's database a moment later.
      await app.page.getByTestId('print-card').locator('h3', { hasText: 'Lugares que te ayudan' }).waitFor({ state: 'attached' });
      expect(pdfPages(await printedPdf(app.page, 'A5'))).toBe(1);
      await choose(app, { language: 'ar' });
      await app.open(`/service/${KITCHEN.id}`);
      // The Arabic share of the directory has arrived: the card's own name is in Arabic.
      await app.page.getByTestId('print-card').locator('h2', { hasText: 'مطعم سان مارتين التضامني' }).waitFor({ state: 'attached' });
      expect(pdfPages(await printedPdf(app.page, 'A5'))).toBe(1);
    });

    it('a need\'s whole set, from the need\'s page: one A5 page per card, each with its QR code', async () => {
      const { app } = await device({ viewport: DESKTOP });
      await app.open('/need/food');
      await app.page.getByRole('link', { name: 'Print all these cards, one per page' }).click();
      await app.expectHeading('Cards to print: Food');
      const cards = app.page.getByTestId('print-card');
      await cards.first().waitFor();
      const count = await cards.count();
      const listed = (await app.page.locator('main').innerText()).match(/(\d+) cards, one per page/)?.[1];
      expect(Number(listed)).toBe(count);
      expect(count).toBeGreaterThan(4); // the food bank, the kitchen, the pantry… and the rights cards
      expect(await cards.locator('svg.qr-code').count()).toBe(count);
      expect(pdfPages(await printedPdf(app.page, 'A5'))).toBe(count);
    });
  });

  it('the workshop sheet, from the settings: Ponte\'s address as a QR code and "works without internet" in six languages, each in its own direction, on one A4 page', async () => {
    const { app } = await device({ viewport: DESKTOP });
    await app.open('/settings');
    await app.page.getByRole('link', { name: 'Open the workshop sheet' }).click();
    await app.expectHeading('Workshop sheet');
    const blocks = app.page.getByTestId('workshop-language');
    await blocks.first().waitFor();
    const languages = await blocks.evaluateAll((items) => items.map((li) => [li.getAttribute('lang'), li.getAttribute('dir'), li.querySelector('.workshop-offline')?.textContent]));
    expect(languages).toEqual([
      ['ar', 'rtl', 'يعمل بدون إنترنت'],
      ['en', 'ltr', 'Works without internet'],
      ['es', 'ltr', 'Funciona sin internet'],
      ['fr', 'ltr', 'Fonctionne sans internet'],
      ['pt', 'ltr', 'Funciona sem internet'],
      ['uk', 'ltr', 'Працює без інтернету'],
    ]);
    expect(await readQrCode(app.page.getByRole('img', { name: 'QR code with Ponte\'s address' }))).toBe(`${lab.server.url}/`);
    expect(pdfPages(await printedPdf(app.page, 'A4'))).toBe(1);
  });

  describe('directions', () => {
    const directions = (app: PonteApp) => app.page.getByRole('link', { name: 'Directions' }).getAttribute('href');

    it('on a desktop (a library PC does nothing with geo:): directions to the service on a web map', async () => {
      const { app } = await device({ viewport: DESKTOP });
      await app.open(`/service/${KITCHEN.id}`);
      await app.expectHeading(KITCHEN.name);
      expect(await directions(app)).toMatch(/^https:\/\/www\.openstreetmap\.org\/directions\?route=%3B43\.\d+%2C-5\.\d+$/);
      expect(await app.page.getByRole('link', { name: 'Open in a map' }).getAttribute('href')).toMatch(/^https:\/\/www\.openstreetmap\.org\/\?mlat=/);
    });

    it('on a phone (a touch screen): geo:, which hands the place to its maps app, and the web map too', async () => {
      const { app } = await device({ touch: true });
      await app.open(`/service/${KITCHEN.id}`);
      await app.expectHeading(KITCHEN.name);
      expect(await directions(app)).toMatch(/^geo:43\.\d+,-5\.\d+\?q=/);
      await app.page.getByRole('link', { name: 'Open in a map' }).waitFor();
    });
  });

  it('no axe violations on the new screens and states, in English, in easy read and in Arabic', async () => {
    const { context, app } = await device({ setup: () => void delete (Navigator.prototype as Partial<Navigator>).share });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: lab.server.url });
    const problems: string[] = [];
    for (const mode of [{ language: 'en' }, { language: 'en', easy: true }, { language: 'ar' }]) {
      await choose(app, mode);
      const label = `${mode.language}${mode.easy ? ' easy' : ''}`;
      await app.open(`/service/${KITCHEN.id}`);
      await app.page.locator('.share-actions button[aria-expanded]').click();
      await app.page.locator('.share-actions svg.qr-code').waitFor();
      await app.page.locator('.share-actions button').first().click(); // Copy link: the status shows
      await app.page.locator('.share-status').filter({ hasText: /./ }).waitFor();
      problems.push(...(await axeViolations(app.page, `${label} service with QR code`)));
      await app.open('/need/food/print');
      await app.page.getByTestId('print-card').first().waitFor();
      problems.push(...(await axeViolations(app.page, `${label} need's cards to print`)));
      await app.open('/workshop');
      await app.page.getByTestId('workshop-language').first().waitFor();
      problems.push(...(await axeViolations(app.page, `${label} workshop sheet`)));
      await app.open('/settings');
      await app.page.locator('#settings-workshop').waitFor();
      problems.push(...(await axeViolations(app.page, `${label} settings`)));
    }
    expect(problems).toEqual([]);
  });
});
