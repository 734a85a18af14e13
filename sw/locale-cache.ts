// Interface strings: English (the fallback) is precached with the app; every other language
// is cached only on the devices that use it. The page says which language it uses
// (USE_LANGUAGE); the worker then keeps that language's chunks (its standard and its easy-read
// sentences) for offline use, so turning easy-read on later needs no connection.
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { LOCALE_CACHE as CACHE } from '../src/shared/caches';

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

export function cacheLocalesWhenUsed(locales: Map<string, string[]>): void {
  // Hashed names never change content: the cache first, the network only the first time.
  registerRoute(
    ({ url }) => url.origin === self.location.origin && LOCALE_CHUNK.test(url.pathname),
    new CacheFirst({ cacheName: CACHE, plugins: [new ExpirationPlugin({ maxEntries: 24 })] }),
  );
  self.addEventListener('message', (event) => {
    if (event.data?.type !== 'USE_LANGUAGE') return;
    const urls = locales.get(String(event.data.lang)) ?? [];
    event.waitUntil(
      caches.open(CACHE).then((cache) =>
        Promise.all(urls.map(async (url) => (await cache.match(url)) ?? cache.add(url))),
      ),
    );
  });
}
