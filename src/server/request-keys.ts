// The key pairs that devices seal contact requests for. Made on first start, rotated on demand;
// a rotated key keeps opening the requests sealed with it. The database holds only the public
// halves (id, public_key); the private ones are in a PrivateKeyStore (the key file), so that a
// copy of the database alone opens nothing.
import { randomBytes } from 'node:crypto';
import { generateKeyPair, importPrivateKey, open, seal } from '../shared/sealing';
import type { Sql } from './database';
import type { PrivateKeyStore } from './private-key-store';

export interface RequestKey {
  id: string;
  public_key: string;
}

const NEWEST_FIRST = 'ORDER BY created_at DESC, id';

/** The key given to devices: the newest. `openRequestKeys` makes the first one. */
export async function currentRequestKey(sql: Sql): Promise<RequestKey> {
  const [row] = await sql.query<RequestKey>(`SELECT id, public_key FROM request_key ${NEWEST_FIRST} LIMIT 1`);
  if (!row) throw new Error('There is no request key yet: the server makes one when it starts (openRequestKeys).');
  return row;
}

/** Makes a new key pair the one given to devices. */
export async function rotateRequestKey(sql: Sql, store: PrivateKeyStore): Promise<RequestKey> {
  const key = await newKeyInStore(store);
  await sql.query('INSERT INTO request_key (id, public_key) VALUES ($1, $2)', [key.id, key.public_key]);
  return key;
}

/** A new key pair whose private key is safely stored, before devices can be given its public key. */
async function newKeyInStore(store: PrivateKeyStore): Promise<RequestKey> {
  const pair = await generateKeyPair();
  const id = `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(4).toString('hex')}`;
  await store.add({ [id]: pair.privateKey });
  return { id, public_key: pair.publicKey };
}

/**
 * Gets the keys ready when a server starts: moves private keys that older versions kept in the
 * database into the store, refuses to start when the store lacks the current key (a new key pair
 * made silently would leave every request sealed with the lost one unreadable), and makes the
 * first key pair of a new database.
 */
export async function openRequestKeys(sql: Sql, store: PrivateKeyStore): Promise<void> {
  await movePrivateKeysOutOfDatabase(sql, store);
  const rows = await sql.query<{ id: string; private_key_deleted_at: Date | null }>(`SELECT id, private_key_deleted_at FROM request_key ${NEWEST_FIRST}`);
  const ids = rows.map((r) => r.id);
  // Keys the retention job deleted on purpose (nothing stored needs them) are not missing.
  const deleted = new Set(rows.filter((r) => r.private_key_deleted_at).map((r) => r.id));
  if (ids.length === 0) {
    await rotateRequestKey(sql, store);
    return;
  }
  const held = new Set(await store.ids());
  const missing = ids.filter((id) => !held.has(id) && !deleted.has(id));
  if (missing.includes(ids[0])) {
    throw new Error(
      `The private key of the current request key ${ids[0]} is not in ${store.location}` +
        (missing.length > 1 ? ` (nor those of ${missing.slice(1).join(', ')})` : '') +
        ': the requests sealed with it could not be opened. Put the key file back from your backup, or set REQUEST_KEYS_FILE to where it is. ' +
        'If the keys are lost for good, run "npm run rotate-request-key" to make a new key pair: requests sealed with the lost keys will stay unreadable.',
    );
  }
  if (missing.length > 0) {
    console.warn(`Warning: ${store.location} lacks the private keys ${missing.join(', ')}: requests sealed with them cannot be opened.`);
  }
  await checkCurrentKeyPairs(sql, store, ids[0]);
}

/**
 * A damaged or wrong private key for the current key would refuse every new request: found here,
 * the server does not start. Proven by use: a test message sealed with the public key devices get
 * must open with the private key.
 */
async function checkCurrentKeyPairs(sql: Sql, store: PrivateKeyStore, id: string) {
  const [{ public_key }] = await sql.query<RequestKey>('SELECT id, public_key FROM request_key WHERE id = $1', [id]);
  const privateKey = (await store.get(id))!;
  try {
    const sealed = await seal(public_key, id, 'ponte key check', 'ponte key check');
    if ((await open(privateKey, sealed, 'ponte key check')) !== 'ponte key check') throw new Error('the test message came back changed');
  } catch (error) {
    throw new Error(
      `The private key of the current request key ${id} in ${store.location} is damaged or is not the one that belongs to its public key ` +
        `(${(error as Error).message || (error as Error).name}): no request sealed with it could be opened. ` +
        'Put the key file back from your backup, or set REQUEST_KEYS_FILE to the right file. ' +
        'If the key is lost for good, run "npm run rotate-request-key" to make a new key pair: requests sealed with the lost key will stay unreadable.',
    );
  }
}

/**
 * Before this version the private keys were a column of request_key. They go to the store
 * first, written and synced; only then does the column go. Stopped half-way, the keys are in
 * both places and the next start finishes the move (adding a key the store already holds is a
 * no-op; a different key for the same id is refused).
 *
 * The moved keys stay readable in the database's write-ahead log (PGlite: pglite/pg_wal) and in
 * any copy made before, so they are retired: the same transaction that drops the column makes a
 * new key pair current, whose private key was never in the database. Returns that key, if any.
 */
export async function movePrivateKeysOutOfDatabase(sql: Sql, store: PrivateKeyStore): Promise<RequestKey | undefined> {
  const [column] = await sql.query(
    "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'request_key' AND column_name = 'private_key'",
  );
  if (!column) return undefined;
  const rows = await sql.query<{ id: string; private_key: string }>('SELECT id, private_key FROM request_key WHERE private_key IS NOT NULL');
  await store.add(Object.fromEntries(rows.map((r) => [r.id, r.private_key])));
  // Stopped before the transaction, the next start makes another: an unused key in the file is harmless.
  const fresh = rows.length > 0 ? await newKeyInStore(store) : undefined;
  await sql.transaction(async (tx) => {
    await tx.query('ALTER TABLE request_key DROP COLUMN IF EXISTS private_key');
    if (fresh) await tx.query('INSERT INTO request_key (id, public_key) VALUES ($1, $2)', [fresh.id, fresh.public_key]);
  });
  // A dropped column's values stay in the table's pages until it is rewritten.
  await sql.query('VACUUM FULL request_key');
  if (fresh) {
    console.log(
      `Moved ${rows.length} private request key(s) (${rows.map((r) => r.id).join(', ')}) out of the database into ${store.location}: back that file up apart from the database. ` +
        'The database still held them until now (also in its log), so requests stored before this upgrade can be opened by anyone holding a copy of the data folder or the database made before or at this upgrade. ' +
        `New requests use a new key, ${fresh.id}, that was never in the database.`,
    );
  }
  return fresh;
}

/**
 * The private key for a key id, imported once (keys never change, only get added). A key that
 * cannot be imported (damaged in the key file) is not remembered as such: it counts as missing,
 * logged once, and is tried again next time.
 */
export function privateKeys(store: PrivateKeyStore) {
  const cache = new Map<string, Promise<CryptoKey>>();
  const reported = new Set<string>();
  return async (id: string): Promise<CryptoKey | undefined> => {
    let imported = cache.get(id);
    if (!imported) {
      const key = await store.get(id);
      if (key === undefined) return undefined;
      imported = importPrivateKey(key);
      cache.set(id, imported);
    }
    try {
      return await imported;
    } catch (error) {
      if (cache.get(id) === imported) cache.delete(id);
      if (!reported.has(id)) {
        reported.add(id);
        console.error(
          `The private key ${id} in ${store.location} is damaged (${(error as Error).message || (error as Error).name}): requests sealed with it cannot be opened. Put the key file back from your backup.`,
        );
      }
      return undefined;
    }
  };
}
