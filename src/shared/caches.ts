// The names of the worker's caches, shared by the worker that fills them and the page that
// clears what is personal. Both hold only the app's own files, the same for everyone.
/** Where earlier versions kept the languages in use; every language is precached now, and the
 *  worker removes this cache once it runs (sw/locale-cache.ts). */
export const LOCALE_CACHE = 'ponte-locales';
/** The worker's precache: one cache per version of the app (sw/precache.ts). */
export const PRECACHE_PREFIX = 'ponte-app-';
/** Where workbox-precaching kept the app before: an older worker may still be using it. */
export const OLD_PRECACHE_PREFIX = 'workbox-precache';

/** The app's code, styles and interface strings: nothing a person did is in them. */
export const isAppCache = (name: string): boolean =>
  name === LOCALE_CACHE || name.startsWith(PRECACHE_PREFIX) || name.startsWith(OLD_PRECACHE_PREFIX);
