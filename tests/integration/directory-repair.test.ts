// @vitest-environment node
// Damaged data on the device repairs itself: after each sync the device compares what it holds
// with the manifest (counts and a checksum of ids per collection) and, when they differ, takes
// a fresh snapshot in one transaction. The real server app (PGlite), fake-indexeddb.
import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PonteDatabase } from '../../src/data/db';
import { loadIndex, search } from '../../src/data/search-index';
import { publishDemoChange } from '../../src/server/admin-api';
import { ManifestSchema } from '../../src/shared/api';
import { collectionChecksum } from '../../src/shared/collection-checksum';
import { holdsWhatManifestLists, SyncRefused, syncDirectory } from '../../src/sync/directory-sync';
import { testServer } from '../helpers/server';
import * as v from 'valibot';

let server: Awaited<ReturnType<typeof testServer>>;
let db: PonteDatabase;
// One server for the file: only the last test publishes a change.
beforeAll(async () => void (server = await testServer()));
afterAll(() => server.close());
beforeEach(() => void (db = new PonteDatabase(`repair-test-${Math.random()}`)));
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const sync = (locales = ['en', 'es'], fetch = server.fetch) => syncDirectory({ db, locales, fetch });
const manifest = async () => v.parse(ManifestSchema, await (await server.fetch('/api/v1/directory/manifest')).json());
const searchFinds = async (words: string) => search(loadIndex((await db.searchIndex.get('directory'))!.json), words).map((h) => h.id);

describe('a device whose directory was damaged', () => {
  it('gets back rows deleted by hand at its next sync, with a fresh snapshot', async () => {
    await sync();
    await db.services.bulkDelete(['night-shelter', 'clothes-bank']);
    await db.rights.clear();
    server.requests.length = 0;

    expect(await sync()).toMatchObject({ outcome: 'updated', kind: 'snapshot', repaired: true, version: 1 });
    expect(server.requests).toEqual(['/api/v1/directory/manifest', '/api/v1/directory?locales=en,es']);
    expect((await db.services.get('night-shelter'))?.texts.en?.name).toBe('El Refugio Night Shelter');
    expect(await db.services.count()).toBe((await manifest()).counts.services);
    expect(await db.rights.count()).toBe((await manifest()).counts.rights);
    expect(await searchFinds('ropero')).toContain('clothes-bank');
    // Repaired items were never removed from the directory.
    expect(await db.removedItems.count()).toBe(0);
  });

  it('notices a row replaced by another (same count, other ids) by the checksum', async () => {
    await sync();
    const shelter = (await db.services.get('night-shelter'))!;
    await db.transaction('rw', db.services, async () => {
      await db.services.delete('night-shelter');
      await db.services.put({ ...shelter, id: 'night-shelter-typo' });
    });
    expect(await db.services.count()).toBe((await manifest()).counts.services);
    expect(await sync()).toMatchObject({ repaired: true });
    expect(await db.services.get('night-shelter')).toBeDefined();
    expect(await db.services.get('night-shelter-typo')).toBeUndefined();
  });

  it('does not take a snapshot when nothing is damaged, whatever its languages', async () => {
    for (const locales of [['es'], ['en', 'es', 'fr'], ['uk', 'en']]) {
      await db.delete();
      await db.open();
      await sync(locales);
      server.requests.length = 0;
      expect(await sync(locales)).toEqual({ outcome: 'up-to-date', version: 1 });
      expect(server.requests).toEqual(['/api/v1/directory/manifest']);
    }
  });

  it('computes the same checksum as the server from what it holds', async () => {
    await sync(['fr']);
    const m = await manifest();
    expect(collectionChecksum(await db.services.toCollection().primaryKeys())).toBe(m.checksums!.services);
    expect(await holdsWhatManifestLists(db, m)).toBe(true);
    await db.organizations.limit(1).delete();
    expect(await holdsWhatManifestLists(db, m)).toBe(false);
  });

  it('keeps the damaged data, untouched, when the repair snapshot is refused, and repairs at the next good sync', async () => {
    await sync();
    await db.services.delete('night-shelter');
    const before = { services: await db.services.toArray(), meta: await db.meta.get('directory') };
    const brokenSnapshot = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const res = await server.fetch(input, init);
      if (!String(input).includes('/directory?')) return res;
      return new Response((await res.text()).slice(0, 5000), { headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch;
    await expect(sync(['en', 'es'], brokenSnapshot)).rejects.toBeInstanceOf(SyncRefused);
    expect(await db.services.toArray()).toEqual(before.services);
    expect((await db.meta.get('directory'))?.version).toBe(before.meta?.version);
    expect(await sync()).toMatchObject({ repaired: true });
    expect(await db.services.get('night-shelter')).toBeDefined();
  });

  it('repairs after a delta too, when rows were lost before the change was published', async () => {
    await sync();
    await db.services.delete('night-shelter');
    await publishDemoChange(server.sql);
    server.requests.length = 0;
    expect(await sync()).toMatchObject({ outcome: 'updated', kind: 'snapshot', repaired: true, version: 2 });
    expect(server.requests).toEqual([
      '/api/v1/directory/manifest',
      '/api/v1/directory?since=1&locales=en,es',
      '/api/v1/directory?locales=en,es',
    ]);
    expect(await db.services.get('night-shelter')).toBeDefined();
  });
});
