// @vitest-environment node
// An index stored by an older version of the app (other normalisation, no needs stored) is
// never read with the new rules: the next sync, or the search screen, rebuilds it from the data
// on the device. Runs the real sync against the real server app, on fake-indexeddb.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vocabularies } from '../../src/content/vocabulary';
import { PonteDatabase } from '../../src/data/db';
import { loadIndex, readIndex, rebuildSearchIndex, search } from '../../src/data/search-index';
import { compileVocabulary } from '../../src/data/search-vocabulary';
import { publishDemoChange } from '../../src/server/admin-api';
import { syncDirectory } from '../../src/sync/directory-sync';
import { testServer } from '../helpers/server';

let server: Awaited<ReturnType<typeof testServer>>;
let db: PonteDatabase;
beforeEach(async () => {
  server = await testServer();
  db = new PonteDatabase(`stored-index-test-${Math.random()}`);
  await syncDirectory({ db, locales: ['en', 'es'], fetch: server.fetch });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
  await server.close();
});

const vocabulary = compileVocabulary(vocabularies);
const storedJson = async () => (await db.searchIndex.get('directory'))!.json;
/** Stores the index as the first version of the app did: MiniSearch's JSON, without a format. */
async function storeAsOlderApp() {
  const index = loadIndex(await storedJson());
  index.discard('service:violence-24h-line'); // and, say, not quite what the new rules would build
  await db.searchIndex.update('directory', { json: JSON.stringify(index) });
}

describe('a search index stored by an older version of the app', () => {
  it('is rebuilt whole by the next delta, not updated in place', async () => {
    await storeAsOlderApp();
    await publishDemoChange(server.sql);
    expect(await syncDirectory({ db, locales: ['en', 'es'], fetch: server.fetch })).toMatchObject({ kind: 'delta' });
    const index = loadIndex(await storedJson());
    expect(index.documentCount).toBe((await db.services.count()) + (await db.rights.count()));
    expect(search(index, 'maltrato pareja', { vocabulary })[0]?.id).toBe('violence-24h-line');
  });

  it('is rebuilt in place by rebuildSearchIndex, at the same version; a current one is left alone', async () => {
    const version = (await db.searchIndex.get('directory'))!.version;
    expect(await rebuildSearchIndex(db)).toBe(false);
    await storeAsOlderApp();
    expect(readIndex(await storedJson())).toBeUndefined();
    expect(await rebuildSearchIndex(db)).toBe(true);
    expect((await db.searchIndex.get('directory'))!.version).toBe(version);
    expect(search(loadIndex(await storedJson()), 'refugee', { vocabulary }).map((h) => h.id)).toContain('asylum-reception');
  });
});
