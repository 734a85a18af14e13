// wipeDevice(): everything of the person goes, the device's own things stay, and a store, key or
// cache that a later feature adds is emptied unless it is named as the device's (deny by default).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, PonteDatabase, type OutboxEntry } from '../../src/data/db';
import { countWaiting, listOutbox } from '../../src/data/outbox';
import { STORE_POLICY, unnamedStores, wipeDevice } from '../../src/data/wipe';

const request = (id: string, status: OutboxEntry['status'], extra: Partial<OutboxEntry> = {}): OutboxEntry => ({
  id,
  service_id: 'violence-24h-line',
  created_at: '2026-11-26T10:00:00.000Z',
  status,
  attempts: 0,
  next_attempt_at: 0,
  body: status === 'waiting' || status === 'sending' ? '{"sealed":"…"}' : '',
  ...extra,
});

/** A stand-in for the browser's Cache Storage that records what is deleted. */
function fakeCaches(names: string[]) {
  const held = new Set(names);
  const store = { keys: async () => [...held], delete: async (name: string) => held.delete(name) };
  Object.defineProperty(globalThis, 'caches', { value: store, configurable: true });
  return held;
}

async function personUsedTheDevice() {
  await db().favourites.bulkPut([
    { id: 'service:womens-centre-advice', kind: 'service', ref: 'womens-centre-advice', saved_at: 1 },
    { id: 'rights:gender-violence-protection', kind: 'rights', ref: 'gender-violence-protection', saved_at: 2 },
  ]);
  await db().outbox.bulkPut([
    request('waiting-1', 'waiting'),
    request('sending-1', 'sending'),
    request('delivered-1', 'delivered', { receipt: { reference: 'P9Y-TDJ', promised_response_hours: 24, received_at: 'x' } }),
    request('refused-1', 'refused', { refusal: { code: 'invalid_details' } }),
  ]);
  await db().meta.put({ key: 'directory', version: 3, published_at: 'x', locales: ['en', 'es'], checked_at: 'x' });
  await db().searchIndex.put({ key: 'directory', version: 3, json: '{}' });
  for (const [key, value] of Object.entries({ 'ponte.language': 'es', 'ponte.reading': 'easy', 'ponte.textSize': '200', 'ponte.kiosk': 'on', 'ponte.kioskLanguage': 'es', 'ponte.historySession': 's1', 'ponte.aFeatureAddedLater': 'x', 'someone-else': 'y' })) {
    localStorage.setItem(key, value);
  }
  sessionStorage.setItem('ponte.forgetting', '{}');
}

beforeEach(async () => {
  await Promise.all(db().tables.map((t) => t.clear()));
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => Reflect.deleteProperty(globalThis, 'caches'));

describe('wipeDevice', () => {
  it('names every IndexedDB store of the device: a store added without a rule fails here', async () => {
    await db().open();
    const real = [...db().backendDB().objectStoreNames].sort();
    expect(real).toEqual(Object.keys(STORE_POLICY).sort());
    expect(unnamedStores()).toEqual([]);

    // What a later feature would do: add a store. The check names it…
    class Later extends PonteDatabase {
      constructor() {
        super('ponte-later');
        this.version(4).stores({ notes: 'id' });
      }
    }
    const later = new Later();
    expect(unnamedStores(later)).toEqual(['notes']);
    // …and until then the wipe empties it rather than leave it behind.
    await later.table('notes').put({ id: 'n1', text: 'call the lawyer' });
    await wipeDevice({ waiting: 'send', database: later });
    expect(await later.table('notes').count()).toBe(0);
    later.close();
  });

  it('removes saved items, delivered and refused requests, preferences and everything unnamed; keeps the directory and the device\'s own keys', async () => {
    await personUsedTheDevice();
    const caches = fakeCaches(['workbox-precache-v2-http://ponte.test/', 'ponte-locales', 'ponte-map-tiles', 'recent-searches']);

    await wipeDevice({ waiting: 'send' });

    expect(await db().favourites.count()).toBe(0);
    const left = await db().outbox.toArray();
    expect(left.map((r) => [r.id, r.status, r.hidden]).sort()).toEqual([
      ['sending-1', 'sending', true],
      ['waiting-1', 'waiting', true],
    ]);
    expect(left.every((r) => r.body !== '')).toBe(true); // still sealed, still to be sent
    expect(await db().meta.get('directory')).toMatchObject({ version: 3 });
    expect(await db().searchIndex.count()).toBe(1);
    expect({ ...localStorage }).toEqual({ 'ponte.kiosk': 'on', 'ponte.kioskLanguage': 'es', 'ponte.historySession': 's1' });
    expect(sessionStorage.length).toBe(0);
    expect([...caches].sort()).toEqual(['ponte-locales', 'workbox-precache-v2-http://ponte.test/']);
  });

  it('"cancel them": waiting requests never leave; one already on its way cannot be called back, so it is hidden', async () => {
    await personUsedTheDevice();
    await wipeDevice({ waiting: 'cancel' });
    expect((await db().outbox.toArray()).map((r) => [r.id, r.hidden, r.cancelled])).toEqual([['sending-1', true, true]]);
  });

  it('the next person sees none of the hidden requests, nor counts them', async () => {
    await personUsedTheDevice();
    await wipeDevice({ waiting: 'send' });
    expect(await listOutbox()).toEqual([]);
    expect(await countWaiting()).toBe(0);
    await db().outbox.put(request('next-person', 'waiting'));
    expect((await listOutbox()).map((r) => r.id)).toEqual(['next-person']);
    expect(await countWaiting()).toBe(1);
  });
});
