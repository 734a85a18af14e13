// The key pairs that devices seal contact requests for. Made on first start, rotated on demand;
// a rotated key keeps opening the requests sealed with it.
import { randomBytes } from 'node:crypto';
import { generateKeyPair, importPrivateKey } from '../shared/sealing';
import type { Sql } from './database';

export interface RequestKey {
  id: string;
  public_key: string;
}

export async function currentRequestKey(sql: Sql): Promise<RequestKey> {
  const [row] = await sql.query<RequestKey>('SELECT id, public_key FROM request_key ORDER BY created_at DESC, id LIMIT 1');
  return row ?? rotateRequestKey(sql);
}

/** Makes a new key pair the one given to devices. */
export async function rotateRequestKey(sql: Sql): Promise<RequestKey> {
  const pair = await generateKeyPair();
  const id = `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(4).toString('hex')}`;
  await sql.query('INSERT INTO request_key (id, public_key, private_key) VALUES ($1, $2, $3)', [id, pair.publicKey, pair.privateKey]);
  return { id, public_key: pair.publicKey };
}

/** The private key for a key id, imported once (keys never change, only get added). */
export function privateKeys(sql: Sql) {
  const cache = new Map<string, Promise<CryptoKey>>();
  return async (id: string): Promise<CryptoKey | undefined> => {
    if (!cache.has(id)) {
      const [row] = await sql.query<{ private_key: string }>('SELECT private_key FROM request_key WHERE id = $1', [id]);
      if (!row) return undefined;
      cache.set(id, importPrivateKey(row.private_key));
    }
    return cache.get(id);
  };
}
