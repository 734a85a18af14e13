// Directory answers stay cheap whatever is asked: language sets are normalised, one build is
// shared by requests arriving together, the cache is bounded, and compression never holds up
// the event loop.
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEVICE_SETTINGS } from '../../src/shared/api';
import { publishDemoChange } from '../../src/server/admin-api';
import { createApp } from '../../src/server/app';
import { EncodedBody } from '../../src/server/compression';
import type { Sql } from '../../src/server/database';
import { directoryApi } from '../../src/server/directory-api';
import { directoryPayloads, type PayloadLimits } from '../../src/server/directory-payloads';
import { PayloadCache } from '../../src/server/payload-cache';
import { testServer } from '../helpers/server';

let server: Awaited<ReturnType<typeof testServer>>;
beforeAll(async () => {
  server = await testServer();
  await publishDemoChange(server.sql);
  await publishDemoChange(server.sql);
});
afterAll(() => server.close());

/** The app on a database that counts the directory reads a payload build makes. */
function countingApp() {
  const reads = { count: 0 };
  const sql: Sql = {
    query: (text, params) => {
      if (/FROM directory_item WHERE version > \$1/.test(text) && params?.[0] !== 0) reads.count++;
      return server.sql.query(text, params);
    },
    transaction: (fn) => server.sql.transaction(fn),
    close: () => server.sql.close(),
  };
  const app = createApp({ sql, requestKeys: server.requestKeys });
  const get = (path: string, headers: Record<string, string> = {}) => app.fetch(new Request(`http://ponte.test/api/v1${path}`, { headers }));
  return { reads, get };
}

/** The directory routes with payload limits of the test's choosing. */
function boundedApi(limits: PayloadLimits) {
  const payloads = directoryPayloads(server.sql, limits);
  const api = directoryApi(server.sql, { ...DEFAULT_DEVICE_SETTINGS }, payloads);
  const get = (path: string, headers: Record<string, string> = { 'Accept-Encoding': 'br' }) => api.fetch(new Request(`http://ponte.test${path}`, { headers }));
  return { payloads, get };
}

const LANGUAGE_SETS = ['en', 'es', 'ar', 'fr', 'pt', 'uk', 'en,es', 'ar,en,es', 'en,es,fr', 'en,es,pt', 'en,es,uk'];

describe('what is asked for', () => {
  it('reads the same languages spelt differently as one payload, built once', async () => {
    const { reads, get } = countingApp();
    // Since version 1, so that only payload builds read from that version (the manifest reads from 0).
    const spellings = ['en,es', 'es,en', 'ES,en,es', ' es , EN ', 'en-GB,es-x-easy', 'es,en,de,xx', 'en,,es'];
    const answers = [];
    for (const locales of spellings) answers.push(await get(`/directory?since=1&locales=${encodeURIComponent(locales)}`));
    expect(answers.map((a) => a.status)).toEqual(spellings.map(() => 200));
    expect(new Set(answers.map((a) => a.headers.get('ETag'))).size).toBe(1);
    expect((await answers[0].json()).locales).toEqual(['en', 'es']);
    expect(reads.count).toBe(1);
  });

  it('still refuses what is not a language, or no language the directory has, saying which are', async () => {
    const { get } = countingApp();
    for (const locales of ['en,<script>', 'de,xx', '']) {
      const res = await get(`/directory?locales=${encodeURIComponent(locales)}`);
      expect(res.status, locales).toBe(400);
      expect((await res.json()).error.message).toContain('Available: ar, en, es, fr, pt, uk.');
    }
  });

  it('answers a revalidation with 304 without building the payload again', async () => {
    const { reads, get } = countingApp();
    const etag = (await get('/directory?since=2&locales=fr')).headers.get('ETag')!;
    const { reads: freshReads, get: freshGet } = countingApp(); // a restarted server: nothing cached
    expect((await freshGet('/directory?since=2&locales=fr', { 'If-None-Match': etag })).status).toBe(304);
    expect([reads.count, freshReads.count]).toEqual([1, 0]);
  });
});

describe('building', () => {
  it('shares one build among requests for the same payload arriving together', async () => {
    const { reads, get } = countingApp();
    const answers = await Promise.all(Array.from({ length: 8 }, () => get('/directory?since=1&locales=ar,en,es', { 'Accept-Encoding': 'br' })));
    const bodies = await Promise.all(answers.map(async (a) => brotliDecompressSync(Buffer.from(await a.arrayBuffer())).toString()));
    expect(new Set(bodies).size).toBe(1);
    expect(JSON.parse(bodies[0]).locales).toEqual(['ar', 'en', 'es']);
    expect(reads.count).toBe(1);
  });

  it('forgets a build that failed, so the next request tries again', async () => {
    const cache = new PayloadCache<string>({ maxEntries: 4, maxBytes: 100 }, (v) => v.length);
    await expect(cache.get('k', () => Promise.reject(new Error('database gone')))).rejects.toThrow('database gone');
    expect(await cache.get('k', async () => 'built')).toBe('built');
    expect(cache.builds).toBe(2);
  });

  it('compresses off the event loop: a callback queued before a big compression runs before it ends', async () => {
    // About 6 MB of JSON that does not compress to nothing: tens of milliseconds of brotli.
    const items = Array.from({ length: 40_000 }, (_, n) => ({ id: `service-${n}`, name: `Place ${(n * 2654435761) % 1_000_003}`, hours: [n % 24, (n * 7) % 24] }));
    const body = new EncodedBody(Buffer.from(JSON.stringify(items).repeat(2)));
    const order: string[] = [];
    setImmediate(() => order.push('callback'));
    const compressed = body.as('br');
    expect(body.as('br')).toBe(compressed); // a second request waits for the same compression
    await Promise.resolve(compressed).then(() => order.push('compressed'));
    expect(order).toEqual(['callback', 'compressed']);
  });
});

describe('memory', () => {
  const allCombinations = (versions: number) => LANGUAGE_SETS.flatMap((locales) => Array.from({ length: versions + 1 }, (_, since) => `/directory?since=${since}&locales=${locales}`));

  it('keeps at most the entries and bytes it is given, however many combinations are asked', async () => {
    const probe = boundedApi({ cache: { maxEntries: 100, maxBytes: 1e9 }, compressedBuildsPerVersion: 1000 });
    await probe.get('/directory?locales=en,es');
    const oneSnapshot = probe.payloads.cache.bytes;

    const { payloads, get } = boundedApi({ cache: { maxEntries: 10, maxBytes: 2.5 * oneSnapshot }, compressedBuildsPerVersion: 1000 });
    const paths = allCombinations(3);
    expect(paths.length).toBeGreaterThan(40);
    let most = { entries: 0, bytes: 0 };
    for (const path of paths) {
      expect((await get(path)).status).toBe(200);
      most = { entries: Math.max(most.entries, payloads.cache.size), bytes: Math.max(most.bytes, payloads.cache.bytes) };
    }
    expect(most.entries).toBeLessThanOrEqual(10);
    expect(most.bytes).toBeLessThanOrEqual(2.5 * oneSnapshot);
    // What was pushed out is built again when asked for; the most recent is still there.
    const built = payloads.builds;
    await get(paths.at(-1)!);
    expect(payloads.builds).toBe(built);
    await get(paths[0]);
    expect(payloads.builds).toBe(built + 1);
  });

  it('compresses a bounded number of changes per version; past it, answers without caching, and copies of the whole directory are always compressed', async () => {
    const { payloads, get } = boundedApi({ cache: { maxEntries: 64, maxBytes: 1e9 }, compressedBuildsPerVersion: 3 });
    const deltas = LANGUAGE_SETS.slice(0, 6).map((locales) => `/directory?since=1&locales=${locales}`);
    for (const path of deltas) expect((await get(path)).status).toBe(200);
    expect(payloads.cache.size).toBe(3);
    const built = payloads.builds;
    await get(deltas[0]);
    expect(payloads.builds).toBe(built); // cached
    await get(deltas[5]);
    expect(payloads.builds).toBe(built + 1); // past the budget: built again, not kept

    // Whoever spent the budget, a device's first download (a snapshot) is still compressed:
    // there are only as many snapshots as language sets.
    const snapshots = LANGUAGE_SETS.slice(0, 6).map((locales) => `/directory?locales=${locales}`);
    for (const path of snapshots) expect((await get(path)).headers.get('Content-Encoding')).toBe('br');
    expect(payloads.cache.size).toBe(9);
    // An uncompressed answer is the same payload.
    const plain = await (await get(snapshots[5], {})).json();
    expect(plain).toMatchObject({ kind: 'snapshot', locales: ['uk'] });

    // A new version starts a new budget, and the old version's payloads are let go.
    await publishDemoChange(server.sql);
    expect((await get(snapshots[4])).headers.get('Content-Encoding')).toBe('br');
    expect(payloads.cache.size).toBe(1);
  });
});
