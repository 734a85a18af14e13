// Usable with the keyboard alone, with visible focus; touch targets of at least 44 × 44 CSS px.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { newContext } from './support/browser';
import { serverAndBrowser } from './support/lab';

const chromePath = inject('chromePath');

describe.skipIf(!chromePath)('keyboard and touch, in Chromium', () => {
  const lab = serverAndBrowser();
  let app: PonteApp;
  beforeAll(async () => {
    app = new PonteApp(await (await newContext(lab.browser, { viewport: { width: 320, height: 700 } })).newPage(), lab.server.url);
    await app.open('/');
    await app.waitUntilReadyOffline();
  });

  /** Presses Tab until the focused element's text or label matches, checking focus is visible. */
  async function tabTo(name: string | RegExp): Promise<void> {
    for (let i = 0; i < 80; i++) {
      await app.page.keyboard.press('Tab');
      const focused = await app.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
        const style = getComputedStyle(el);
        return { text: `${el.textContent ?? ''} ${label} ${el.getAttribute('aria-label') ?? ''}`.trim(), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (focused && (typeof name === 'string' ? focused.text.includes(name) : name.test(focused.text))) {
        expect(focused.outline, `focus is visible on "${focused.text}"`).toBe(true);
        return;
      }
    }
    throw new Error(`Could not reach "${name}" with Tab.`);
  }

  it('walks home → need → service → request form → send, without a mouse', async () => {
    await app.open('/');
    await tabTo('Legal advice');
    await app.page.keyboard.press('Enter');
    await app.expectHeading('Legal advice');
    await tabTo('Eviction Help Desk');
    await app.page.keyboard.press('Enter');
    await app.expectHeading('Eviction Help Desk');
    await tabTo('Ask them to contact me');
    await app.page.keyboard.press('Enter');
    await app.expectHeading('Ask to be contacted');
    await tabTo('Your name');
    await app.page.keyboard.type('Amina Haddad');
    await tabTo('Your phone number');
    await app.page.keyboard.type('+34 611 22 33 44');
    await tabTo('Morning');
    await app.page.keyboard.press('Space');
    await tabTo(/^I agree/);
    await app.page.keyboard.press('Space');
    await tabTo(/^Send$/);
    await app.page.keyboard.press('Enter');
    await app.expectHeading('My requests');
    await app.page.locator('.request').first().waitFor();
  });

  it.each(['/', '/need/housing', '/service/food-bank-distribution', '/rights/right-to-register', '/search?q=vivienda', '/service/youth-compass/ask', '/requests', '/favourites', '/near'])(
    'every control on %s is at least 44 × 44 px',
    async (path) => {
      await app.open(path);
      await app.page.locator('h1').waitFor();
      await app.page.waitForLoadState('networkidle');
      const small = await app.page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')]
          .map((el) => (el.matches('input[type=radio], input[type=checkbox]') ? (el.closest('label') ?? el) : el))
          .filter((el) => el.getClientRects().length > 0 && !el.classList.contains('skip-link'))
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 44 || box.height < 44)
          .map(({ el, box }) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`),
      );
      expect(small).toEqual([]);
    },
  );
});
