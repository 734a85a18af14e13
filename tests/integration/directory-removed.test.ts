// @vitest-environment node
// The device remembers which items the directory removed, so that a removed one reads "no
// longer listed" and an address never listed reads "not found". The real server app (PGlite),
// the app's own database on fake-indexeddb (the screens read it through wasRemoved).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoDirectory } from '../../src/server/hsds/demo-package';
import { db } from '../../src/data/db';
import { wasRemoved } from '../../src/data/directory';
import { publishDirectory, readDirectory } from '../../src/server/directory-store';
import { syncDirectory } from '../../src/sync/directory-sync';
import { testServer } from '../helpers/server';

const demoDirectory = await loadDemoDirectory();

let server: Awaited<ReturnType<typeof testServer>>;
beforeAll(async () => {
  server = await testServer();
  await Promise.all(db().tables.map((t) => t.clear()));
});
afterAll(() => server.close());

const sync = (locales = ['en', 'es']) => syncDirectory({ db: db(), locales, fetch: server.fetch });
async function publishWithout(serviceId: string) {
  const dir = await readDirectory(server.sql);
  await publishDirectory(server.sql, { ...dir, services: dir.services.filter((s) => s.id !== serviceId) });
}

// One story, in order: each step builds on the directory the previous one published.
describe('removed items on the device', () => {
  it('knows nothing removed after its first snapshot: an unknown address was never listed', async () => {
    await sync();
    expect(await wasRemoved('services', 'clothes-bank')).toBe(false);
    expect(await wasRemoved('services', 'a-service-that-never-was')).toBe(false);
  });

  it('remembers a service removed by a delta', async () => {
    await publishWithout('clothes-bank');
    expect(await sync()).toMatchObject({ kind: 'delta' });
    expect(await db().services.get('clothes-bank')).toBeUndefined();
    expect(await wasRemoved('services', 'clothes-bank')).toBe(true);
    expect(await wasRemoved('services', 'a-service-that-never-was')).toBe(false);
    expect(await wasRemoved('rights', 'clothes-bank')).toBe(false);
  });

  it('forgets the removal when the service is listed again', async () => {
    const dir = await readDirectory(server.sql);
    await publishDirectory(server.sql, { ...dir, services: [...dir.services, demoDirectory.services.find((s) => s.id === 'clothes-bank')!] });
    await sync();
    expect(await db().services.get('clothes-bank')).toBeDefined();
    expect(await wasRemoved('services', 'clothes-bank')).toBe(false);
  });

  it('learns removals from a snapshot too: what it held and the snapshot no longer has', async () => {
    await publishWithout('night-shelter');
    // Another language: a snapshot, not a delta.
    expect(await sync(['en', 'es', 'fr'])).toMatchObject({ kind: 'snapshot' });
    expect(await wasRemoved('services', 'night-shelter')).toBe(true);
    expect(await wasRemoved('services', 'clothes-bank')).toBe(false);
  });
});
