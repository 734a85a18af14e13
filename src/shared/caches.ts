// The names of the worker's caches, shared by the worker that fills them and the page that
// clears what is personal. Both hold only the app's own files, the same for everyone.
export const LOCALE_CACHE = 'ponte-locales';
const PRECACHE_PREFIX = 'workbox-precache';

/** The app's code, styles and interface strings: nothing a person did is in them. */
export const isAppCache = (name: string): boolean => name === LOCALE_CACHE || name.startsWith(PRECACHE_PREFIX);
