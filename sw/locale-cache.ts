// Interface strings: every language's files (standard and easy-read sentences) are in the
// precache (sw/precache.ts, checked like any other script), so a phone set up online in one
// language switches to any other one offline, easy read included.
// Versions before this one cached only the languages in use, in a cache of their own
// (LOCALE_CACHE): nothing reads it any more, so it goes once this version runs.
import { LOCALE_CACHE } from '../src/shared/caches';

// The little of the worker's world this file uses (its unit test runs in a page-like world).
declare const self: { addEventListener(type: 'activate', listener: (event: { waitUntil(work: Promise<unknown>): void }) => void): void };

export function dropLanguageCacheOfEarlierVersions(): void {
  self.addEventListener('activate', (event) => event.waitUntil(caches.delete(LOCALE_CACHE)));
}
