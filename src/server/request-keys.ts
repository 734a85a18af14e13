// The key pairs that devices seal contact requests for. Made on first start, rotated on demand;
// a rotated key keeps opening the requests sealed with it. The database holds only the public
// halves (id, public_key); the private ones are in a PrivateKeyStore (the key file), so that a
// copy of the database alone opens nothing.
import { randomBytes } from 'node:crypto';
import { generateKeyPair, importPrivateKey } from '../shared/sealing';
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
  const pair = await generateKeyPair();
  const id = `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(4).toString('hex')}`;
  // The private key is safely stored before devices can be given its public key.
  await store.add({ [id]: pair.privateKey });
  await sql.query('INSERT INTO request_key (id, public_key) VALUES ($1, $2)', [id, pair.publicKey]);
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
  const ids = (await sql.query<{ id: string }>(`SELECT id FROM request_key ${NEWEST_FIRST}`)).map((r) => r.id);
  if (ids.length === 0) {
    await rotateRequestKey(sql, store);
    return;
  }
  const held = new Set(await store.ids());
  const missing = ids.filter((id) => !held.has(id));
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
}

/**
 * Before this version the private keys were a column of request_key. They go to the store
 * first, written and synced; only then does the column go. Stopped half-way, the keys are in
 * both places and the next start finishes the move (adding a key the store already holds is a
 * no-op; a different key for the same id is refused).
 */
export async function movePrivateKeysOutOfDatabase(sql: Sql, store: PrivateKeyStore) {
  const [column] = await sql.query(
    "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'request_key' AND column_name = 'private_key'",
  );
  if (!column) return;
  const rows = await sql.query<{ id: string; private_key: string }>('SELECT id, private_key FROM request_key WHERE private_key IS NOT NULL');
  await store.add(Object.fromEntries(rows.map((r) => [r.id, r.private_key])));
  await sql.query('ALTER TABLE request_key DROP COLUMN IF EXISTS private_key');
  // A dropped column's values stay in the table's pages until it is rewritten.
  await sql.query('VACUUM FULL request_key');
  if (rows.length > 0) {
    // The database's log and any backup made before still hold them.
    console.log(
      `Moved ${rows.length} private request key(s) out of the database into ${store.location}: back that file up apart from the database. ` +
        'Copies of the database made before now still hold them; "npm run rotate-request-key" gives new requests a key that never was in it.',
    );
  }
}

/** The private key for a key id, imported once (keys never change, only get added). */
export function privateKeys(store: PrivateKeyStore) {
  const cache = new Map<string, Promise<CryptoKey>>();
  return async (id: string): Promise<CryptoKey | undefined> => {
    if (!cache.has(id)) {
      const key = await store.get(id);
      if (key === undefined) return undefined;
      cache.set(id, importPrivateKey(key));
    }
    return cache.get(id);
  };
}
