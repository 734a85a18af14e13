// Interface strings: every language's file is in the precache (sw/precache.ts, checked like any
// other script), so a phone set up online in one language switches to any other one offline,
// and easy-read needs no download either (one file per language holds both).
// Versions before this one cached only the languages in use, in a cache of their own
// (LOCALE_CACHE): nothing reads it any more, so it goes once this version runs.
import { LOCALE_CACHE } from '../src/shared/caches';

declare const self: ServiceWorkerGlobalScope;

export function dropLanguageCacheOfEarlierVersions(): void {
  self.addEventListener('activate', (event) => event.waitUntil(caches.delete(LOCALE_CACHE)));
}
