// Interface strings: English (the fallback) is precached with the app; every other language
// is cached only on the devices that use it. The page says which language it uses
// (USE_LANGUAGE); the worker then keeps that language's chunks (its standard and its easy-read
// sentences) for offline use, so turning easy-read on later needs no connection.
// Only a real language file is ever kept: a captive portal's "200 OK" HTML page is passed on
// but never stored, and one stored by an older version of the worker is thrown away when read.
import { LOCALE_CACHE as CACHE, LANGUAGE_FILE as LOCALE_CHUNK } from '../src/shared/caches';
import { isExpectedResponse } from '../src/shared/expected-response';

declare const self: ServiceWorkerGlobalScope;
type Entry = { url: string; revision: string | null };

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

/**
 * A language file, cache first (hashed names never change content): a stored copy only if it is
 * a real language file, else the network, stored only if what comes back is one. Anything else
 * (a portal's page, an error) is passed on but never kept: the next use tries again.
 */
export async function languageFile(request: Request | string): Promise<Response> {
  const cache = await caches.open(CACHE);
  const held = await cache.match(request);
  if (held && isLanguageFile(held)) return held;
  if (held) await cache.delete(request);
  const response = await fetch(request);
  if (isLanguageFile(response)) await cache.put(request, response.clone());
  return response;
}

export function cacheLocalesWhenUsed(locales: Map<string, string[]>): void {
  self.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    if (event.request.method !== 'GET' || url.origin !== self.location.origin || !LOCALE_CHUNK.test(url.pathname)) return;
    event.respondWith(languageFile(event.request));
  });
  self.addEventListener('message', (event) => {
    if (event.data?.type !== 'USE_LANGUAGE') return;
    const urls = locales.get(String(event.data.lang)) ?? [];
    event.waitUntil(Promise.all(urls.map((url) => languageFile(url))));
  });
  // Files of earlier builds have other names: once this version runs, only its own are kept.
  const current = new Set([...locales.values()].flat());
  self.addEventListener('activate', (event) =>
    event.waitUntil(
      caches.open(CACHE).then(async (cache) => {
        for (const request of await cache.keys()) if (!current.has(new URL(request.url).pathname)) await cache.delete(request);
      }),
    ),
  );
}
