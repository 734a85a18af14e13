// Chromium from the system (never a downloaded browser), and a real network cut: the page's
// and the service worker's requests alike are refused.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    locale: 'en-GB',
    timezoneId: 'Europe/Madrid',
    viewport: { width: 390, height: 800 },
    serviceWorkers: 'allow',
    ...options,
  });
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
