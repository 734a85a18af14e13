// Chromium from the system (never a downloaded browser), and a real network cut: the page's
// and the service worker's requests alike are refused.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A fresh browser profile. Ponte shows its guided tour on a first visit; tests about something
 * else start as a person who has seen it (`tour: true` for the tour itself). The tour is marked
 * seen only in a profile that has nothing stored yet: once a person's information is cleared it
 * comes back, as it does for a real person (the device's own keys stay, so storage is not empty).
 */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}, { tour = false } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'en-GB',
    timezoneId: 'Europe/Madrid',
    viewport: { width: 390, height: 800 },
    serviceWorkers: 'allow',
    ...options,
  });
  if (!tour) await context.addInitScript(tourAlreadySeen);
  return context;
}

/** Runs before the page's own scripts, in every document (about:blank has no storage). */
function tourAlreadySeen() {
  try {
    if (localStorage.length === 0) localStorage.setItem('ponte.tourDone', 'seen before the test');
  } catch {
    // No storage for this document.
  }
}

/** Holds the requests matching `url` until released, as a slow network would: the test sees the
 *  page while they are under way. `requested` settles when the first is asked for. */
export async function holdBack(context: BrowserContext, url: string | RegExp): Promise<{ requested: Promise<void>; release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked!: () => void;
  const requested = new Promise<void>((resolve) => (asked = resolve));
  await context.route(url, async (route) => {
    asked();
    await released;
    await route.continue().catch(() => undefined); // the page may be gone by then
  });
  return { requested, release };
}

/** setOffline alone does not stop the service worker's own fetches: refuse every request too. */
export async function cutNetwork(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
}

export async function restoreNetwork(context: BrowserContext): Promise<void> {
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.setOffline(false);
}
