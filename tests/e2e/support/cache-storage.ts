// What a page's origin keeps in its Cache Storage (the service worker's caches), read in the page.
import type { Page } from 'playwright-core';

/** Every response the page's origin keeps in its caches, as text. */
export const cachedTexts = (page: Page) =>
  page.evaluate(async () => {
    const texts: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) texts.push(await (await cache.match(request))!.text());
    }
    return texts;
  });
