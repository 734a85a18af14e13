// @vitest-environment node
// What the sync does with the network it is given: a captive portal (Wi-Fi asking to log in)
// answers everything with "200 OK" and an HTML page; nothing of it is stored, and the device
// simply tries again later. And how far a download has got, for a screen waiting for it.
import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PonteDatabase } from '../../src/data/db';
import { SyncRefused, syncDirectory, type SyncProgress } from '../../src/sync/directory-sync';
import { testServer } from '../helpers/server';

let server: Awaited<ReturnType<typeof testServer>>;
let db: PonteDatabase;
beforeAll(async () => void (server = await testServer()));
afterAll(() => server.close());
beforeEach(() => void (db = new PonteDatabase(`network-test-${Math.random()}`)));
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const sync = (fetch: typeof globalThis.fetch = server.fetch, onProgress?: (p: SyncProgress) => void) =>
  syncDirectory({ db, locales: ['en', 'es'], fetch, onProgress });

/** A Wi-Fi login page in front of the server, for the addresses `caught` matches. */
const portal = (caught: RegExp, body = '<!doctype html><title>Log in to the Wi-Fi</title>') =>
  (async (input: RequestInfo | URL, init?: RequestInit) =>
    caught.test(String(input)) ? new Response(body, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }) : server.fetch(input, init)) as typeof fetch;

/** The directory on the device (not when it last heard from the server: a manifest may be heard). */
async function everythingOnDevice() {
  const { checked_at: _heard, ...meta } = (await db.meta.get('directory'))!;
  const index = (await db.searchIndex.get('directory'))!;
  return { services: await db.services.toArray(), meta, index: { version: index.version, length: index.json.length } };
}

describe('behind a captive portal', () => {
  it.each([
    ['the manifest', /\/manifest$/],
    ['the directory', /\/directory\?/],
  ])('refuses its page in place of %s, stores nothing, and syncs once the portal is gone', async (_what, caught) => {
    await sync();
    await db.services.delete('night-shelter'); // damaged too: the portal must not trigger a half repair
    const before = await everythingOnDevice();
    const error = await sync(portal(caught)).catch((e) => e);
    expect(error).toBeInstanceOf(SyncRefused);
    expect(error.reason).toBe('not-directory');
    expect(error.message).toMatch(/text\/html, not the directory/);
    expect(await everythingOnDevice()).toEqual(before);
    expect(await sync()).toMatchObject({ outcome: 'updated', repaired: true });
  });

  it('refuses an answer of another type even when its text would parse as a directory', async () => {
    const disguised = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const res = await server.fetch(input, init);
      return new Response(await res.text(), { headers: { 'Content-Type': 'text/html' } });
    }) as typeof fetch;
    await expect(sync(disguised)).rejects.toMatchObject({ reason: 'not-directory' });
    expect(await db.meta.get('directory')).toBeUndefined();
    expect(await db.services.count()).toBe(0);
  });
});

describe('progress of a download', () => {
  it('tells each step, and the bytes received of the whole', async () => {
    const seen: SyncProgress[] = [];
    await sync(server.fetch, (p) => seen.push(p));
    expect(seen[0]).toEqual({ stage: 'checking' });
    expect(seen.at(-1)).toEqual({ stage: 'saving' });
    const downloading = seen.filter((p) => p.stage === 'downloading');
    expect(downloading[0]).toMatchObject({ received: 0 });
    const last = downloading.at(-1)!;
    expect(last.total).toBeGreaterThan(100_000);
    expect(last.received).toBe(last.total);
    const received = downloading.map((p) => p.received);
    expect(received).toEqual([...received].sort((a, b) => a - b));
  });

  it('reports each piece as it arrives, without a total when the answer is compressed', async () => {
    const seen: SyncProgress[] = [];
    // The payload in three pieces, as if compressed on the wire (Content-Length would count those bytes).
    const inPieces = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const res = await server.fetch(input, init);
      if (!String(input).includes('/directory?')) return res;
      const bytes = new Uint8Array(await res.arrayBuffer());
      const third = Math.ceil(bytes.length / 3);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += third) controller.enqueue(bytes.slice(at, at + third));
          controller.close();
        },
      });
      return new Response(body, { headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'br', 'Content-Length': '1234' } });
    }) as typeof fetch;
    await sync(inPieces, (p) => seen.push(p));
    const downloading = seen.filter((p) => p.stage === 'downloading');
    expect(downloading).toHaveLength(5); // 0 as the request leaves, 0 as the answer starts, then three pieces
    expect(downloading.every((p) => p.total === undefined)).toBe(true);
    expect(await db.services.count()).toBeGreaterThan(0);
  });

  it('says nothing of a download when the device is up to date', async () => {
    await sync();
    const seen: SyncProgress[] = [];
    await sync(server.fetch, (p) => seen.push(p));
    expect(seen).toEqual([{ stage: 'checking' }]);
  });
});
