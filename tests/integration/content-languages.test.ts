// @vitest-environment node
// Which languages of the directory's texts are on the device, against the real server: a language
// chosen offline is "not on this phone yet" until a sync asks for it; a language the directory has
// no texts in at all is not "waiting to download" (that notice would never go away).
import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contentNotOnDevice } from '../../src/app/content-on-device';
import { PonteDatabase } from '../../src/data/db';
import { syncDirectory } from '../../src/sync/directory-sync';
import { testServer } from '../helpers/server';

let server: Awaited<ReturnType<typeof testServer>>;
let db: PonteDatabase;
beforeAll(async () => void (server = await testServer()));
afterAll(() => server.close());
beforeEach(() => void (db = new PonteDatabase(`content-languages-${Math.random()}`)));
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const meta = async () => (await db.meta.get('directory'))!;

/** The server's manifest, as if its directory had no texts in `lang`. */
const withoutLanguage = (lang: string) =>
  (async (input: RequestInfo | URL, init?: RequestInit) => {
    const res = await server.fetch(input, init);
    if (!String(input).endsWith('/manifest')) return res;
    const manifest = await res.json();
    return Response.json({ ...manifest, locales: manifest.locales.filter((l: string) => l !== lang) });
  }) as typeof fetch;

describe("the directory's languages on the device", () => {
  it('Arabic chosen after a Spanish set-up is missing until a sync asks for it', async () => {
    await syncDirectory({ db, locales: ['es', 'en'], fetch: server.fetch });
    expect(contentNotOnDevice(await meta(), 'es')).toBe(false);
    expect(contentNotOnDevice(await meta(), 'ar')).toBe(true);
    expect((await meta()).offered_locales).toEqual(expect.arrayContaining(['ar', 'en', 'es', 'fr', 'pt', 'uk']));

    await syncDirectory({ db, locales: ['ar', 'es', 'en'], fetch: server.fetch });
    expect((await meta()).locales).toEqual(['ar', 'en', 'es']);
    expect(contentNotOnDevice(await meta(), 'ar')).toBe(false);
  });

  it('a language the directory has no texts in is not "waiting to download", even when asked for', async () => {
    await syncDirectory({ db, locales: ['uk', 'es', 'en'], fetch: withoutLanguage('uk') });
    expect((await meta()).locales).toEqual(['en', 'es']);
    expect(contentNotOnDevice(await meta(), 'uk')).toBe(false);
  });

  it('a manifest answered "nothing new" still tells which languages the directory has', async () => {
    await syncDirectory({ db, locales: ['es', 'en'], fetch: server.fetch });
    await db.meta.update('directory', { offered_locales: undefined }); // as an older version stored it
    expect(contentNotOnDevice(await meta(), 'ar')).toBe(true);
    expect(await syncDirectory({ db, locales: ['es', 'en'], fetch: withoutLanguage('ar') })).toMatchObject({ outcome: 'up-to-date' });
    expect(contentNotOnDevice(await meta(), 'ar')).toBe(false);
  });
});
