// @vitest-environment node
// Runs the real server app (PGlite) in-process: Node, not jsdom; IndexedDB is fake-indexeddb.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PonteDatabase } from '../../src/data/db';
import { loadIndex, search } from '../../src/data/search-index';
import { publishDemoChange } from '../../src/server/admin-api';
import { DEMO_CHANGE_SERVICE } from '../../src/server/demo-change';
import { publishDirectory, readDirectory } from '../../src/server/directory-store';
import { SyncRefused, syncDirectory } from '../../src/sync/directory-sync';
import { testServer } from '../helpers/server';

let server: Awaited<ReturnType<typeof testServer>>;
let db: PonteDatabase;
beforeEach(async () => {
  server = await testServer();
  db = new PonteDatabase(`sync-test-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
  await server.close();
});

const sync = (fetch = server.fetch) => syncDirectory({ db, locales: ['en', 'es'], fetch });
/** A fetch that alters the directory payload (not the manifest) on its way to the device. */
const tamper = (change: (text: string) => string) => (async (input: RequestInfo | URL, init?: RequestInit) => {
  const res = await server.fetch(input, init);
  if (!String(input).includes('/directory?')) return res;
  return new Response(change(await res.text()), { status: res.status, headers: { 'Content-Type': 'application/json' } });
}) as typeof fetch;

async function snapshotOfDevice() {
  return {
    services: await db.services.toArray(),
    rights: await db.rights.toArray(),
    meta: await db.meta.get('directory'),
    index: await db.searchIndex.get('directory'),
  };
}

describe('directory sync', () => {
  it('downloads the whole directory and its search index on first sync', async () => {
    const result = await sync();
    expect(result).toMatchObject({ outcome: 'updated', kind: 'snapshot', version: 1 });
    expect(await db.services.count()).toBe(64);
    expect(await db.rights.count()).toBeGreaterThanOrEqual(20);
    expect((await db.meta.get('directory'))?.locales).toEqual(['en', 'es']);
    const index = loadIndex((await db.searchIndex.get('directory'))!.json);
    expect(search(index, 'vivienda')[0].id).toBe('housing-advice-office');
    // What the results filters read reaches the device as published.
    const home = await db.services.get('home-help');
    expect([home?.free, home?.appointment_required]).toEqual([false, true]);
    expect((await db.services.toArray()).filter((s) => s.appointment_required === false)).not.toHaveLength(0);
  });

  it('is up to date without downloading the directory again', async () => {
    await sync();
    server.requests.length = 0;
    expect(await sync()).toEqual({ outcome: 'up-to-date', version: 1 });
    expect(server.requests).toEqual(['/api/v1/directory/manifest']);
  });

  it('after a publish, fetches only the delta and updates data and index', async () => {
    await sync();
    await publishDemoChange(server.sql);
    server.requests.length = 0;
    const result = await sync();
    expect(result).toMatchObject({ outcome: 'updated', kind: 'delta', from: 1, version: 2 });
    expect(server.requests[1]).toBe('/api/v1/directory?since=1&locales=en,es');
    const changed = await db.services.get(DEMO_CHANGE_SERVICE);
    expect(changed?.texts.en?.description).toContain('open until 20:00 on Fridays');
    expect(await db.services.count()).toBe(64);
    const index = loadIndex((await db.searchIndex.get('directory'))!.json);
    expect(search(index, 'viernes 20:00').map((h) => h.id)).toContain(DEMO_CHANGE_SERVICE);
  });

  it('removes deleted services from the device and from search', async () => {
    await sync();
    const dir = await readDirectory(server.sql);
    await publishDirectory(server.sql, {
      ...dir,
      services: dir.services.filter((s) => s.id !== 'clothes-bank'),
    });
    await sync();
    expect(await db.services.get('clothes-bank')).toBeUndefined();
    const index = loadIndex((await db.searchIndex.get('directory'))!.json);
    expect(search(index, 'ropero').map((h) => h.id)).not.toContain('clothes-bank');
  });

  it.each([
    ['truncated', (t: string) => t.slice(0, t.length / 2), 'malformed'],
    ['not JSON at all', () => '<html>Gateway timeout</html>', 'malformed'],
    ['of another format version', (t: string) => t.replace('"format":1', '"format":99'), 'invalid'],
    // (An address may be missing: a telephone line has none. The promised response time may not.)
    ['with a service missing its promised response time', (t: string) => t.replace('"response_hours":', '"response_hourz":'), 'invalid'],
  ])('refuses a payload %s and keeps the data already on the device', async (_name, change, reason) => {
    await sync();
    await publishDemoChange(server.sql);
    const before = await snapshotOfDevice();
    const error = await sync(tamper(change)).catch((e) => e);
    expect(error).toBeInstanceOf(SyncRefused);
    expect(error.reason).toBe(reason);
    expect(await snapshotOfDevice()).toEqual(before);
    // …and a later good sync still works.
    expect(await sync()).toMatchObject({ outcome: 'updated', kind: 'delta', version: 2 });
  });

  it('refuses a delta that does not start from the version on the device', async () => {
    await sync();
    await publishDemoChange(server.sql);
    await publishDemoChange(server.sql);
    const before = await snapshotOfDevice();
    const wrongStart = tamper((t) => t.replace('"since":1', '"since":2'));
    await expect(sync(wrongStart)).rejects.toMatchObject({ reason: 'out-of-order' });
    expect(await snapshotOfDevice()).toEqual(before);
  });

  it('downloads nothing for a language already on the device, and drops languages no longer used at the next snapshot', async () => {
    await syncDirectory({ db, locales: ['fr', 'es', 'en'], fetch: server.fetch });
    const asked = server.requests.length;
    expect(await syncDirectory({ db, locales: ['en', 'es'], fetch: server.fetch })).toMatchObject({ outcome: 'up-to-date' });
    expect(server.requests.slice(asked)).toEqual(['/api/v1/directory/manifest']);
    await publishDemoChange(server.sql);
    await syncDirectory({ db, locales: ['en', 'es'], fetch: server.fetch });
    expect(server.requests.at(-1)).toBe('/api/v1/directory?since=1&locales=en,es,fr');
    await syncDirectory({ db, locales: ['uk', 'es', 'en'], fetch: server.fetch });
    expect(server.requests.at(-1)).toBe('/api/v1/directory?locales=en,es,uk');
    const service = await db.services.get('housing-advice-office');
    expect(Object.keys(service!.texts).sort()).toEqual(['en', 'en-x-easy', 'es', 'es-x-easy', 'uk', 'uk-x-easy']);
  });

  it('downloads only the languages asked for', async () => {
    await syncDirectory({ db, locales: ['es'], fetch: server.fetch });
    const service = await db.services.get('housing-advice-office');
    expect(Object.keys(service!.texts)).toEqual(['es', 'es-x-easy']);
  });
});
