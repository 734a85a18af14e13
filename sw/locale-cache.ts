// Interface strings: English (the fallback) is precached with the app; every other language
// is cached only on the devices that use it. The page says which language it uses
// (USE_LANGUAGE); the worker then keeps that language's chunks (its standard and its easy-read
// sentences) for offline use, so turning easy-read on later needs no connection.
// Only a real language file is ever kept: a captive portal's "200 OK" HTML page is passed on
// but never stored, and one stored by an older version of the worker is thrown away when read.
import type { WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { LOCALE_CACHE as CACHE } from '../src/shared/caches';
import { isExpectedResponse } from '../src/shared/expected-response';

declare const self: ServiceWorkerGlobalScope;
type Entry = { url: string; revision: string | null };

const LOCALE_CHUNK = /(?:^|\/)assets\/locale-([a-z]{2,3})-[^/]+\.js$/;

/** Splits the build's list: what to precache, and each other language's chunk URLs. */
export function splitLocales(manifest: Entry[]): { precache: Entry[]; locales: Map<string, string[]> } {
  const locales = new Map<string, string[]>();
  const precache = manifest.filter((entry) => {
    const lang = LOCALE_CHUNK.exec(entry.url)?.[1];
    if (!lang || lang === 'en') return true;
    locales.set(lang, [...(locales.get(lang) ?? []), new URL(entry.url, self.location.origin).pathname]);
    return false;
  });
  return { precache, locales };
}

const isLanguageFile = (response: Response) => isExpectedResponse(response, 'javascript');

/** Stores only language files; serves a stored entry only if it is one (else: the network). */
export const onlyLanguageFiles: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => (isLanguageFile(response) ? response : null),
  cachedResponseWillBeUsed: async ({ cacheName, request, cachedResponse }) => {
    if (!cachedResponse || isLanguageFile(cachedResponse)) return cachedResponse;
    await (await caches.open(cacheName)).delete(request);
    return null;
  },
};

/** Keeps one language file in the cache: what is there if it is sound, else a fresh copy. */
export async function keepLanguageFile(cache: Cache, url: string): Promise<void> {
  const held = await cache.match(url);
  if (held && isLanguageFile(held)) return;
  const response = await fetch(url);
  if (isLanguageFile(response)) await cache.put(url, response);
  // Anything else (a portal's page, an error): nothing is stored; the next use tries again.
  else if (held) await cache.delete(url);
}

export function cacheLocalesWhenUsed(locales: Map<string, string[]>): void {
  // Hashed names never change content: the cache first, the network only the first time.
  registerRoute(
    ({ url }) => url.origin === self.location.origin && LOCALE_CHUNK.test(url.pathname),
    new CacheFirst({ cacheName: CACHE, plugins: [onlyLanguageFiles, new ExpirationPlugin({ maxEntries: 24 })] }),
  );
  self.addEventListener('message', (event) => {
    if (event.data?.type !== 'USE_LANGUAGE') return;
    const urls = locales.get(String(event.data.lang)) ?? [];
    event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(urls.map((url) => keepLanguageFile(cache, url)))));
  });
}
