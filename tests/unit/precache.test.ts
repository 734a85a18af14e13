// @vitest-environment node
// The worker's precache (sw/precache.ts) in a small fake of the worker's world: its events,
// the Cache API and the network, each answer released by the test.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { precacheApp, type PrecacheEntry } from '../../sw/precache';

const ORIGIN = 'https://ponte.test';
const INDEX = '<!doctype html><script type="module" src="/assets/index-AAAAAAAA.js"></script>';
const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
const MANIFEST: PrecacheEntry[] = [
  { url: 'index.html', revision: sha256(INDEX) },
  { url: 'assets/index-AAAAAAAA.js', revision: null },
  { url: 'assets/screens-BBBBBBBB.js', revision: null },
  { url: 'assets/index-CCCCCCCC.css', revision: null },
];
const SERVER: Record<string, [string, string]> = {
  '/index.html': [INDEX, 'text/html; charset=utf-8'],
  '/assets/index-AAAAAAAA.js': ['export const app = 1;', 'text/javascript; charset=utf-8'],
  '/assets/screens-BBBBBBBB.js': ['export const screens = 1;', 'text/javascript; charset=utf-8'],
  '/assets/index-CCCCCCCC.css': ['body{}', 'text/css; charset=utf-8'],
};
const PORTAL = ['<html><body>Log in to the station Wi-Fi</body></html>', 'text/html'] as const;

class FakeCache {
  readonly entries = new Map<string, Response>();
  async match(key: string | { url: string }) {
    return this.entries.get(new URL(typeof key === 'string' ? key : key.url, ORIGIN).href)?.clone();
  }
  async put(key: string, response: Response) {
    this.entries.set(new URL(key, ORIGIN).href, response);
  }
  /** What the cache holds, as text, by path. */
  async texts() {
    const texts: Record<string, string> = {};
    for (const [key, response] of this.entries) texts[new URL(key).pathname] = await response.clone().text();
    return texts;
  }
}

class FakeCaches {
  readonly byName = new Map<string, FakeCache>();
  async open(name: string) {
    if (!this.byName.has(name)) this.byName.set(name, new FakeCache());
    return this.byName.get(name)!;
  }
  async match(key: string | { url: string }) {
    for (const cache of this.byName.values()) {
      const found = await cache.match(key);
      if (found) return found;
    }
  }
  async keys() {
    return [...this.byName.keys()];
  }
  async delete(name: string) {
    return this.byName.delete(name);
  }
}

let listeners: Record<string, (event: unknown) => void>;
let cacheStorage: FakeCaches;
/** Requests the worker made that the test has not answered yet. */
let pending: { path: string; answer: (body: string, type: string, status?: number) => void }[];
let asked: string[];

beforeEach(() => {
  listeners = {};
  cacheStorage = new FakeCaches();
  pending = [];
  asked = [];
  vi.stubGlobal('self', { location: { origin: ORIGIN }, addEventListener: (type: string, fn: (e: unknown) => void) => (listeners[type] = fn) });
  vi.stubGlobal('caches', cacheStorage);
  vi.stubGlobal('fetch', (input: string) => {
    const path = new URL(input, ORIGIN).pathname;
    asked.push(path);
    return new Promise<Response>((resolve) =>
      pending.push({ path, answer: (body, type, status = 200) => resolve(new Response(body, { status, headers: { 'Content-Type': type } })) }),
    );
  });
});
afterEach(() => vi.unstubAllGlobals());

/** Dispatches the install event; its promise is what the browser waits on. */
function install(): Promise<unknown> {
  let done: Promise<unknown> = Promise.resolve();
  listeners.install!({ waitUntil: (p: Promise<unknown>) => (done = p) });
  return done;
}

/** Answers every request waiting, as the server would, or as `portal` says for some paths. */
function answerAll(portal: (path: string) => boolean = () => false) {
  for (const { path, answer } of pending.splice(0)) {
    const [body, type] = portal(path) ? PORTAL : SERVER[path]!;
    answer(body, type);
  }
}

/** This version's cache (tests name an earlier version's 'ponte-app-earlier'). */
const appCache = () => [...cacheStorage.byName.entries()].find(([name]) => name.startsWith('ponte-app-') && name !== 'ponte-app-earlier')![1];

describe('the worker installing the app for offline use', () => {
  it('asks for every file at once, not one after another, and keeps them all', async () => {
    precacheApp(MANIFEST);
    const installing = install();
    // Every request is out before a single answer has come back: one round trip, not four.
    await vi.waitFor(() => expect(pending.map((p) => p.path).sort()).toEqual(Object.keys(SERVER).sort()));
    answerAll();
    await installing;
    expect(await appCache().texts()).toEqual(Object.fromEntries(Object.entries(SERVER).map(([path, [body]]) => [path, body])));
  });

  it("fails the install when a captive portal answers a script with its own page, keeping none of it", async () => {
    precacheApp(MANIFEST);
    const installing = install();
    await vi.waitFor(() => expect(pending).toHaveLength(4));
    answerAll((path) => path === '/assets/screens-BBBBBBBB.js');
    await expect(installing).rejects.toThrow(/screens-BBBBBBBB\.js: the answer is not the app's file \(200 text\/html\)/);
    expect(Object.values(await appCache().texts())).not.toContain(PORTAL[0]);
  });

  it('fails the install when index.html is not the one the build made (a portal answers it as HTML too)', async () => {
    precacheApp(MANIFEST);
    const installing = install();
    await vi.waitFor(() => expect(pending).toHaveLength(4));
    answerAll((path) => path === '/index.html');
    await expect(installing).rejects.toThrow(/index\.html/);
    expect(await appCache().texts()).not.toHaveProperty('/index.html');
  });

  it('refuses an answer that is not OK', async () => {
    precacheApp(MANIFEST);
    const installing = install();
    await vi.waitFor(() => expect(pending).toHaveLength(4));
    for (const { path, answer } of pending.splice(0)) answer(...SERVER[path]!, path.endsWith('.css') ? 503 : 200);
    await expect(installing).rejects.toThrow(/index-CCCCCCCC\.css.*503/);
  });

  it('tried again later, it asks only for what is still missing', async () => {
    precacheApp(MANIFEST);
    const first = install();
    await vi.waitFor(() => expect(pending).toHaveLength(4));
    answerAll((path) => path === '/index.html');
    await expect(first).rejects.toThrow();
    asked = [];
    const second = install();
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    answerAll();
    await second;
    expect(asked).toEqual(['/index.html']);
  });

  it('copies the files an earlier version already holds, downloads the others, replaces a poisoned one', async () => {
    const earlier = await cacheStorage.open('ponte-app-earlier');
    await earlier.put('/assets/index-AAAAAAAA.js', new Response(SERVER['/assets/index-AAAAAAAA.js']![0], { headers: { 'Content-Type': 'text/javascript' } }));
    await earlier.put('/assets/screens-BBBBBBBB.js', new Response(PORTAL[0], { headers: { 'Content-Type': PORTAL[1] } }));
    precacheApp(MANIFEST);
    const installing = install();
    await vi.waitFor(() => expect(pending).toHaveLength(3));
    answerAll();
    await installing;
    expect(asked.sort()).toEqual(['/assets/index-CCCCCCCC.css', '/assets/screens-BBBBBBBB.js', '/index.html']);
    expect((await appCache().texts())['/assets/screens-BBBBBBBB.js']).toBe(SERVER['/assets/screens-BBBBBBBB.js']![0]);
  });

  it("once active, keeps the previous version's files for tabs still running it, and removes older ones, failed installs and workbox's", async () => {
    await (await cacheStorage.open('ponte-app-older')).put('/__ponte/activated', new Response(''));
    await (await cacheStorage.open('ponte-app-earlier')).put('/__ponte/activated', new Response(''));
    await cacheStorage.open('ponte-app-failed-install');
    await cacheStorage.open('workbox-precache-v2-https://ponte.test/');
    await cacheStorage.open('ponte-locales');
    await installed();
    await activate();
    const names = await cacheStorage.keys();
    expect(names.sort()).toEqual(['ponte-app-earlier', 'ponte-locales', currentName()].sort());
  });

  it("the first version after workbox keeps workbox's cache as the previous one", async () => {
    await cacheStorage.open('workbox-precache-v2-https://ponte.test/');
    await installed();
    await activate();
    expect((await cacheStorage.keys()).sort()).toEqual([currentName(), 'workbox-precache-v2-https://ponte.test/'].sort());
  });
});

/** This version installed, every file answered as the server would. */
async function installed() {
  precacheApp(MANIFEST);
  const done = install();
  await vi.waitFor(() => expect(pending).toHaveLength(4));
  answerAll();
  await done;
}

/** Dispatches the activate event and waits for its work. */
async function activate() {
  let activated: Promise<unknown> = Promise.resolve();
  listeners.activate!({ waitUntil: (p: Promise<unknown>) => (activated = p) });
  await activated;
}
const currentName = () => [...cacheStorage.byName.keys()].find((name) => name.startsWith('ponte-app-') && cacheStorage.byName.get(name) === appCache())!;

describe('the worker answering requests', () => {
  /** What the worker answers for a request, or undefined when it lets the network answer. */
  async function answerFor(path: string, mode: RequestMode = 'no-cors', method = 'GET') {
    let answer: Promise<Response> | undefined;
    listeners.fetch!({ request: { url: ORIGIN + path, mode, method }, respondWith: (p: Promise<Response>) => (answer = p) });
    return answer && (await answer).text();
  }

  it('answers its files from the cache, without the network', async () => {
    await installed();
    asked = [];
    expect(await answerFor('/assets/screens-BBBBBBBB.js?v=1')).toBe(SERVER['/assets/screens-BBBBBBBB.js']![0]);
    expect(asked).toEqual([]);
  });

  it("answers a tab still running the previous version with that version's files", async () => {
    const earlier = await cacheStorage.open('ponte-app-earlier');
    await earlier.put('/__ponte/activated', new Response(''));
    await earlier.put('/assets/screens-OLDOLDOL.js', new Response('export const screens = 0;', { headers: { 'Content-Type': 'text/javascript' } }));
    // Its language files too: every language is precached, like any other file.
    await earlier.put('/assets/locale-ar-OLDOLDOL.js', new Response('export const ar = {};', { headers: { 'Content-Type': 'text/javascript' } }));
    await installed();
    await activate();
    asked = [];
    expect(await answerFor('/assets/screens-OLDOLDOL.js', 'cors')).toBe('export const screens = 0;');
    expect(await answerFor('/assets/locale-ar-OLDOLDOL.js', 'cors')).toBe('export const ar = {};');
    expect(asked).toEqual([]);
  });

  it('answers every page address with the app shell (a deep link opens offline), but not the API', async () => {
    await installed();
    expect(await answerFor('/service/night-shelter?kiosk=1', 'navigate')).toBe(INDEX);
    expect(await answerFor('/', 'navigate')).toBe(INDEX);
    expect(await answerFor('/api/v1/directory/manifest', 'navigate')).toBeUndefined();
    expect(await answerFor('/api/v1/directory/manifest', 'cors')).toBeUndefined();
    expect(await answerFor('/assets/index-AAAAAAAA.js', 'no-cors', 'POST')).toBeUndefined();
  });

  it('answers addresses with a language too, but leaves the server its own files (sitemap, robots.txt)', async () => {
    await installed();
    expect(await answerFor('/es/service/night-shelter', 'navigate')).toBe(INDEX);
    expect(await answerFor('/ar/easy/need/housing', 'navigate')).toBe(INDEX);
    expect(await answerFor('/no-such-page', 'navigate')).toBe(INDEX); // the app says "Page not found"
    expect(await answerFor('/sitemap.xml', 'navigate')).toBeUndefined();
    expect(await answerFor('/robots.txt', 'navigate')).toBeUndefined();
  });

  it('leaves the staff pages and their files to the network: never the app shell, nothing from a cache', async () => {
    await installed();
    await activate();
    for (const path of ['/staff', '/staff/', '/staff/sign-in', '/staff/requests/0b7c1f0e', '/staff/invitation', '/staff.html']) {
      expect(await answerFor(path, 'navigate'), path).toBeUndefined();
    }
    for (const path of ['/assets/staff-AAAAAAAA.js', '/assets/staff-team-page-AAAAAAAA.js', '/assets/locale-ar-staff-AAAAAAAA.js', '/assets/staff-AAAAAAAA.css']) {
      expect(await answerFor(path, 'cors'), path).toBeUndefined();
    }
    // An address that only begins like it is a page of the public app.
    expect(await answerFor('/staffing', 'navigate')).toBe(INDEX);
  });
});
