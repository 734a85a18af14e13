// Everything of the person using this device, removed in one place: the end of a kiosk session,
// "Clear my information" and any later feature (giving a phone away) call wipeDevice().
// Deny by default: an IndexedDB store, localStorage key or cache not named here as the app's
// own is emptied, and tests/unit/wipe.test.ts fails until a new store is named, so no feature
// can forget one.
import { isAppCache } from '../shared/caches';
import { db, type PonteDatabase } from './db';
import { clearPersonalSettings } from './settings';

/** What becomes of each IndexedDB store. The directory is public and costly to download again. */
export const STORE_POLICY: Record<string, 'keep' | 'clear' | 'requests'> = {
  services: 'keep',
  organizations: 'keep',
  rights: 'keep',
  meta: 'keep',
  searchIndex: 'keep',
  // Which directory items were removed: public, part of the directory.
  removedItems: 'keep',
  favourites: 'clear',
  outbox: 'requests',
};

/** Requests still waiting to leave: sent anyway (sealed, unseen), or cancelled. */
export type WaitingRequests = 'send' | 'cancel';

/** Stores the policy above does not name: a test lists them, and the wipe empties them. */
export const unnamedStores = (database: PonteDatabase = db()): string[] =>
  database.tables.map((t) => t.name).filter((name) => !(name in STORE_POLICY));

export async function wipeDevice({ waiting, database = db() }: { waiting: WaitingRequests; database?: PonteDatabase }): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    for (const table of database.tables) {
      const policy = STORE_POLICY[table.name] ?? 'clear';
      if (policy === 'clear') await table.clear();
      if (policy === 'requests') await forgetRequests(database, waiting);
    }
  });
  clearPersonalSettings();
  if ('caches' in globalThis) {
    for (const name of await caches.keys()) if (!isAppCache(name)) await caches.delete(name);
  }
}

async function forgetRequests(database: PonteDatabase, waiting: WaitingRequests): Promise<void> {
  await database.outbox.where('status').anyOf('delivered', 'refused').delete();
  if (waiting === 'cancel') {
    await database.outbox.where('status').equals('waiting').delete();
    // One being sent this instant cannot be called back, but it is never tried again.
    await database.outbox.toCollection().modify({ cancelled: true });
  }
  // Nobody sees them again; the sender deletes each once it has left (or has been cancelled).
  // Nor follows them: the status token, which would let this device ask what became of a
  // request (and withdraw it), goes now, not when the request has left.
  await database.outbox.toCollection().modify((entry) => {
    entry.hidden = true;
    delete entry.status_token;
  });
}
