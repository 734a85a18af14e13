// A change published while a phone has the app open reaches the screen within a minute,
// with no reload and no network event: the page's own periodic check finds it.
import { describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { newContext } from './support/browser';
import { serverAndBrowser } from './support/lab';

const chromePath = inject('chromePath');

describe.skipIf(!chromePath)('live updates while the app is open', () => {
  const lab = serverAndBrowser();

  it('shows a change published on the running server within a minute, without a reload', async () => {
    const context = await newContext(lab.browser);
    const page = await context.newPage();
    await page.clock.install();
    const app = new PonteApp(page, lab.server.url);
    await app.open('/service/food-bank-distribution');
    await app.waitUntilReadyOffline();
    expect(await app.section('What it is').textContent()).not.toContain('open until 20:00 on Fridays');

    // The command line hands the change to the running server (one process owns PGlite's folder).
    expect(await lab.server.publishDemoChange()).toMatch(/Published directory version 2/);
    // The page learns of it from its own periodic check, timed by the page's (fake) clock.
    let manifestChecks = 0;
    page.on('request', (request) => void (request.url().includes('/api/v1/directory/manifest') && manifestChecks++));
    expect(await app.section('What it is').textContent()).not.toContain('open until 20:00 on Fridays');
    // Gone if the page reloads: the change must arrive in the page already open.
    await page.evaluate(() => ((window as { openSince?: string }).openSince = 'before the change'));

    await page.clock.fastForward('01:00');
    await app.section('What it is').filter({ hasText: 'open until 20:00 on Fridays' }).waitFor();
    expect(manifestChecks).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as { openSince?: string }).openSince)).toBe('before the change');
    expect(await app.status.textContent()).toMatch(/Ready to use without internet/);
    await context.close();
  });
});
