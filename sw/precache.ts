// The app's own files, kept for offline use. On install the worker asks for all of them at
// once (workbox-precaching asks one after another: on slow 3G every round trip costs ~0.4 s),
// checks each answer, and keeps them in a cache of this version. Files served cache-first;
// every page address gets the app shell, so a deep link from a QR code opens offline.
import { OLD_PRECACHE_PREFIX, PRECACHE_PREFIX } from '../src/shared/caches';
import { isExpectedResponse } from '../src/shared/expected-response';
import { matchRoute, parseAddress } from '../src/shared/routes';

// The little of the worker's world this file uses, named here so that its unit test (a page-like
// world, without the WebWorker library) compiles it too.
interface Lasting {
  waitUntil(work: Promise<unknown>): void;
}
interface Fetching {
  request: Request;
  respondWith(answer: Promise<Response>): void;
}
declare const self: {
  location: { origin: string };
  addEventListener(type: 'install' | 'activate', listener: (event: Lasting) => void): void;
  addEventListener(type: 'fetch', listener: (event: Fetching) => void): void;
};

/** From the build (vite.config.ts): `revision` is null for scripts and styles named by their
 *  content (assets/*-[hash].js|css), and the file's SHA-256 (base64) for every other file. */
export type PrecacheEntry = { url: string; revision: string | null };

const SHELL = '/index.html';
/** The staff pages and their files: online only, never answered by this worker (not even with
 *  the app shell), so offline they fail as any site would, showing nothing of the public app. */
const STAFF = /^\/(staff(\/|\.html$|$)|assets\/(staff-|locale-[a-z]{2,3}-staff-))/;
/** Put in a version's cache when it becomes the active one. */
const ACTIVATED = '/__ponte/activated';

export function precacheApp(entries: PrecacheEntry[]): void {
  const files = new Map(entries.map((e) => [new URL(e.url, self.location.origin).pathname, e.revision]));
  const cacheName = PRECACHE_PREFIX + versionOf(entries);
  // A changed file under the same name must not be mistaken for the one kept before.
  const keyOf = (path: string) => (files.get(path) ? `${path}?rev=${encodeURIComponent(files.get(path)!)}` : path);

  self.addEventListener('install', (event) => {
    event.waitUntil(
      (async () => {
        const cache = await caches.open(cacheName);
        // Any failure fails the install: the browser keeps the version it has (or none) and
        // tries again at the next visit, resuming with what this cache already holds.
        await Promise.all(
          [...files.keys()].map(async (path) => {
            if (await cache.match(keyOf(path))) return;
            // Unchanged since an earlier version: copy it rather than download it again.
            const kept = await caches.match(keyOf(path));
            if (kept && (await checked(path, kept.clone(), files.get(path)!))) return cache.put(keyOf(path), kept);
            const answer = await fetch(path, { cache: files.get(path) ? 'no-cache' : 'default', redirect: 'error' });
            if (!(await checked(path, answer.clone(), files.get(path)!))) {
              throw new Error(`${path}: the answer is not the app's file (${answer.status} ${answer.headers.get('Content-Type')}); a captive portal?`);
            }
            await cache.put(keyOf(path), answer);
          }),
        );
      })(),
    );
  });

  // Once active: this version's files, and the previous version's for the tabs still running it
  // (opened before another tab chose "Use the new version"; their next screen loads a file of
  // their own version). Older versions, failed installs and workbox's old cache go.
  self.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        const names = await caches.keys(); // in the order they were made
        const wasActive = async (name: string) => Boolean(await (await caches.open(name)).match(ACTIVATED));
        let previous = names.find((name) => name.startsWith(OLD_PRECACHE_PREFIX));
        for (const name of names) if (name.startsWith(PRECACHE_PREFIX) && name !== cacheName && (await wasActive(name))) previous = name;
        await (await caches.open(cacheName)).put(ACTIVATED, new Response(''));
        for (const name of names) {
          const app = name.startsWith(PRECACHE_PREFIX) || name.startsWith(OLD_PRECACHE_PREFIX);
          if (app && name !== cacheName && name !== previous) await caches.delete(name);
        }
      })(),
    );
  });

  self.addEventListener('fetch', (event) => {
    const { request } = event;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== self.location.origin || STAFF.test(url.pathname)) return;
    // Every page of the route table (and any other address without a file name, which the app
    // answers "Page not found"); the server's own files (sitemap.xml, robots.txt) and APIs are not pages.
    const page = matchRoute(parseAddress(url.pathname).path) || !/\.[a-z0-9]+$/i.test(url.pathname);
    const navigation = request.mode === 'navigate' && page && !url.pathname.startsWith('/api/');
    const path = files.has(url.pathname) ? url.pathname : navigation ? SHELL : undefined;
    if (!path) {
      // A file of the previous version, asked for by a tab still running it.
      if (url.pathname.startsWith('/assets/')) {
        event.respondWith(caches.match(request).then((kept) => kept ?? fetch(request)));
      }
      return;
    }
    event.respondWith(caches.open(cacheName).then(async (cache) => (await cache.match(keyOf(path))) ?? fetch(request)));
  });
}

/** Is this the file the build made? Scripts and styles named by their content must be OK and
 *  of their type; the others must match their SHA-256 (a portal's "200 OK" page is not index.html). */
async function checked(path: string, answer: Response, revision: string | null): Promise<boolean> {
  if (!answer.ok) return false;
  if (revision) return (await sha256(await answer.arrayBuffer())) === revision;
  return isExpectedResponse(answer, path.endsWith('.css') ? 'css' : 'javascript');
}

async function sha256(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return btoa(String.fromCharCode(...digest));
}

/** A short name for this list of files (FNV-1a): a new build gets a new cache. */
function versionOf(entries: PrecacheEntry[]): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(entries)) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return (hash >>> 0).toString(36);
}
