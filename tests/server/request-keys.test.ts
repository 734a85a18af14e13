// The private keys that open sealed contact requests are never in the database: a dump or a
// backup of it opens nothing. They live in a key file readable only by the server's account.
import { mkdtempSync, readdirSync, rmSync, statSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sealingContext } from '../../src/shared/contact-request';
import { fromBase64url, generateKeyPair, open, seal } from '../../src/shared/sealing';
import { createApp } from '../../src/server/app';
import { openRequestForStaff } from '../../src/server/contact-requests';
import { openDatabase, type Sql } from '../../src/server/database';
import { keyFileStore, memoryKeyStore, type PrivateKeyStore } from '../../src/server/private-key-store';
import { currentRequestKey, openRequestKeys, privateKeys, rotateRequestKey } from '../../src/server/request-keys';
import { post, sampleDetails, sealedRequest } from '../helpers/contact-requests';
import { isolatedPostgres, testServer } from '../helpers/server';
import { staffAccount } from '../helpers/staff';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'ponte-keys-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(folder, { recursive: true, force: true });
});

/** Every value of every row of every table, strings found inside JSON included. */
async function everyStoredString(sql: Sql): Promise<string[]> {
  const tables = await sql.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
  );
  const strings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const { table_name } of tables) collect(await sql.query(`SELECT * FROM "${table_name}"`));
  return strings;
}

describe('a copy of the database alone', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    server = await testServer();
  }, 120_000);
  afterAll(() => server.close());

  it('opens no stored request; the server with its key file does', async () => {
    const key = (await (await server.fetch('/api/v1/directory/manifest')).json()).request_key;
    const request = await sealedRequest(key);
    expect((await post(server.fetch, request)).status).toBe(201);
    const privateKey = (await server.requestKeys.get(key.id))!;

    const stored = await everyStoredString(server.sql);
    expect(stored).toContain(key.public_key);
    expect(stored.filter((s) => s.includes(privateKey))).toEqual([]);
    // Whatever in the database one tries as the private key, the seal stays shut.
    const [row] = await server.sql.query<{ sealed: { key_id: string; enc: string; ct: string } }>('SELECT sealed FROM contact_request WHERE id = $1', [request.id]);
    const context = sealingContext(request.id, request.serviceId);
    const opened = await Promise.all(stored.filter((s) => /^[A-Za-z0-9_-]{40,}$/.test(s)).map((s) => open(s, row.sealed, context).then(() => s, () => undefined)));
    expect(opened.filter(Boolean)).toEqual([]);
    // The service's organisation's staff member, through the staff seam.
    const account = await staffAccount(server.sql, { role: 'staff', organization_id: 'tenants-association' });
    const member = { account_id: account.id, email: account.email, role: 'staff' as const, organization_id: 'tenants-association' };
    const seam = (keys: PrivateKeyStore) => ({ sql: server.sql, now: () => new Date(), privateKeyOf: privateKeys(keys) });
    await expect(openRequestForStaff(seam(memoryKeyStore()), member, request.id)).rejects.toThrow(`The private key ${key.id} is gone`);

    const withKeyFile = await openRequestForStaff(seam(server.requestKeys), member, request.id);
    expect(withKeyFile?.details).toEqual(sampleDetails);
  });
});

describe('a damaged private key in the key file', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let current: { id: string; public_key: string };
  beforeAll(async () => {
    server = await testServer();
    current = await currentRequestKey(server.sql);
  }, 120_000);
  afterAll(() => server.close());

  /** A key store holding the current key id with `privateKey` (what a damaged key file reads as). */
  async function storeWith(privateKey: string) {
    const store = memoryKeyStore();
    await store.add({ [current.id]: privateKey });
    return store;
  }

  it('stops the start, naming the key file and the key and what to do, when the current key is cut short', async () => {
    const whole = (await server.requestKeys.get(current.id))!;
    const refused = openRequestKeys(server.sql, await storeWith(whole.slice(0, 20)));
    await expect(refused).rejects.toThrow(`The private key of the current request key ${current.id} in memory is damaged`);
    await expect(refused).rejects.toThrow('Put the key file back from your backup, or set REQUEST_KEYS_FILE');
    await expect(refused).rejects.toThrow('npm run rotate-request-key');
  });

  it('stops the start when the current key is whole but belongs to another public key', async () => {
    const stranger = (await generateKeyPair()).privateKey;
    await expect(openRequestKeys(server.sql, await storeWith(stranger))).rejects.toThrow(`current request key ${current.id} in memory is damaged or is not the one that belongs to its public key`);
  });

  it('does not turn every request into a 500: a request sealed for it is refused as for an unknown key, with one clear log line', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const damaged = await storeWith((await server.requestKeys.get(current.id))!.slice(0, 20));
    const app = createApp({ sql: server.sql, requestKeys: damaged });
    const siteFetch = ((path: string, init: RequestInit) => app.fetch(new Request(new URL(path, 'http://ponte.test'), init))) as typeof fetch;
    for (let i = 0; i < 2; i++) {
      const response = await post(siteFetch, await sealedRequest(current));
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe('unknown_key');
    }
    expect(error.mock.calls.map((call) => call.join(' '))).toEqual([`The private key ${current.id} in memory is damaged (Invalid private key for the ciphersuite): requests sealed with it cannot be opened. Put the key file back from your backup.`]);
  });

  it('is tried again next time, not remembered as a failure', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const whole = (await server.requestKeys.get(current.id))!;
    let reads = 0;
    // A store that reads a cut-short key once, then the whole one.
    const healing: PrivateKeyStore = { location: 'a test store', ids: async () => [current.id], add: async () => {}, remove: async () => {}, get: async () => (reads++ === 0 ? whole.slice(0, 20) : whole) };
    const keyOf = privateKeys(healing);
    expect(await keyOf(current.id)).toBeUndefined();
    const request = await sealedRequest(current);
    const { sealed } = JSON.parse(request.body);
    expect(await open((await keyOf(current.id))!, sealed, sealingContext(request.id, request.serviceId))).toContain('Amina');
  });
});

describe('the key file', () => {
  it('is readable by the server account only (mode 0600), and holds every key ever made', async () => {
    const path = join(folder, 'request-keys.json');
    const file = keyFileStore(path);
    await file.add({ k1: 'first' });
    await file.add({ k2: 'second' });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    // What a restart reads back.
    expect(await keyFileStore(path).ids()).toEqual(['k1', 'k2']);
    expect(JSON.parse(readFileSync(path, 'utf8')).keys).toEqual({ k1: 'first', k2: 'second' });
  });

  it('never replaces a key it holds with another', async () => {
    const path = join(folder, 'request-keys.json');
    await keyFileStore(path).add({ k1: 'first' });
    await expect(keyFileStore(path).add({ k1: 'other' })).rejects.toThrow('already holds another private key for k1');
    expect(await keyFileStore(path).get('k1')).toBe('first');
  });

  it('refuses a damaged file with what to do, rather than starting without keys', async () => {
    const path = join(folder, 'request-keys.json');
    writeFileSync(path, '{"keys": {"k1": "fir', { mode: 0o600 });
    await expect(keyFileStore(path).ids()).rejects.toThrow(`The request key file ${path} is damaged (not JSON). Put back a copy from your backup.`);
  });
});

describe('private keys of an older database', () => {
  // One database for these tests, put back before each into the form older versions left:
  // request_key with its private_key column.
  let sql: Sql;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const postgres = process.env.DATABASE_URL ? await isolatedPostgres(process.env.DATABASE_URL) : undefined;
    drop = postgres?.drop;
    sql = await openDatabase({ databaseUrl: postgres?.url });
  }, 120_000);
  afterAll(async () => {
    await sql.close();
    await drop?.();
  });
  beforeEach(async () => {
    await sql.query('DELETE FROM request_key');
    await sql.query('ALTER TABLE request_key ADD COLUMN IF NOT EXISTS private_key text NOT NULL');
  });

  /** A key pair as older versions stored it, and a request sealed for it. */
  async function olderKey(id: string) {
    const pair = await generateKeyPair();
    await sql.query('INSERT INTO request_key (id, public_key, private_key) VALUES ($1, $2, $3)', [id, pair.publicKey, pair.privateKey]);
    const sealed = await seal(pair.publicKey, id, 'details', 'context');
    return { privateKey: pair.privateKey, sealed };
  }
  const hasColumn = async () =>
    (await sql.query("SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'request_key' AND column_name = 'private_key'")).length > 0;

  it('move into the key file on first start, and still open what was sealed with them', async () => {
    const { sealed } = await olderKey('k-old');
    const path = join(folder, 'request-keys.json');
    await openRequestKeys(sql, keyFileStore(path));
    expect(await hasColumn()).toBe(false);
    expect(await everyStoredString(sql)).not.toContain(await keyFileStore(path).get('k-old'));
    // After a restart, from the file alone.
    const key = await privateKeys(keyFileStore(path))('k-old');
    expect(await open(key!, sealed, 'context')).toBe('details');
  });

  it('finish moving when a start stopped half-way (keys in the file and still in the database)', async () => {
    const { privateKey } = await olderKey('k-old');
    const path = join(folder, 'request-keys.json');
    await keyFileStore(path).add({ 'k-old': privateKey });
    await openRequestKeys(sql, keyFileStore(path));
    expect(await hasColumn()).toBe(false);
    const current = await currentRequestKey(sql);
    expect(JSON.parse(readFileSync(path, 'utf8')).keys).toEqual({ 'k-old': privateKey, [current.id]: expect.any(String) });
  });

  it('are retired: a new key, never in the database, becomes current, and the log says what a copy made before can still open', async () => {
    await olderKey('k-old');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await openRequestKeys(sql, keyFileStore(join(folder, 'request-keys.json')));
    const current = await currentRequestKey(sql);
    expect(current.id).not.toBe('k-old');
    const said = log.mock.calls.join(' ');
    expect(said).toContain('requests stored before this upgrade can be opened by anyone holding a copy of the data folder or the database made before or at this upgrade');
    expect(said).toContain(`New requests use a new key, ${current.id}, that was never in the database`);
    expect(said).not.toContain('rotate-request-key');
  });

  it('stay in the database when the file holds another key under the same id', async () => {
    const { privateKey } = await olderKey('k-old');
    const path = join(folder, 'request-keys.json');
    await keyFileStore(path).add({ 'k-old': 'a different key' });
    await expect(openRequestKeys(sql, keyFileStore(path))).rejects.toThrow('already holds another private key for k-old');
    expect(await sql.query('SELECT private_key FROM request_key')).toEqual([{ private_key: privateKey }]);
  });

  it('a missing key file stops the start with what to do, and no new key pair is made', async () => {
    await olderKey('k-old');
    await openRequestKeys(sql, keyFileStore(join(folder, 'request-keys.json')));
    const keysBefore = await sql.query('SELECT id FROM request_key ORDER BY id');
    const { id } = await currentRequestKey(sql);
    const missing = join(folder, 'elsewhere', 'request-keys.json');
    const refused = openRequestKeys(sql, keyFileStore(missing));
    await expect(refused).rejects.toThrow(`The private key of the current request key ${id} is not in ${missing} (nor those of k-old)`);
    await expect(refused).rejects.toThrow('Put the key file back from your backup, or set REQUEST_KEYS_FILE');
    await expect(refused).rejects.toThrow('npm run rotate-request-key');
    expect(await sql.query('SELECT id FROM request_key ORDER BY id')).toEqual(keysBefore);
  });

  it('lost for good: after rotate-request-key the server starts with the new key', async () => {
    await olderKey('k-old');
    await openRequestKeys(sql, keyFileStore(join(folder, 'request-keys.json')));
    const fresh = keyFileStore(join(folder, 'new-request-keys.json'));
    const rotated = await rotateRequestKey(sql, fresh);
    await expect(openRequestKeys(sql, fresh)).resolves.toBeUndefined();
    expect(await fresh.ids()).toEqual([rotated.id]);
  });
});

describe('an older PGlite data folder, upgraded', () => {
  /** Every file under a folder, as bytes. */
  const filesUnder = (dir: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(join(entry.parentPath, entry.name)));

  it('gives new requests a key whose private part is in no file of the database (its log holds the moved ones)', { timeout: 120_000 }, async () => {
    const pglite = join(folder, 'pglite');
    const sql = await openDatabase({ dataDir: pglite });
    const path = join(folder, 'request-keys.json');
    try {
      // As older versions left it (the migrations still make the column; the first start moves it out).
      await sql.query('ALTER TABLE request_key ADD COLUMN IF NOT EXISTS private_key text');
      const old = await generateKeyPair();
      await sql.query('INSERT INTO request_key (id, public_key, private_key) VALUES ($1, $2, $3)', ['k-old', old.publicKey, old.privateKey]);
      vi.spyOn(console, 'log').mockImplementation(() => {});
      await openRequestKeys(sql, keyFileStore(path));
    } finally {
      await sql.close();
    }
    const reopened = await openDatabase({ dataDir: pglite });
    const current = await currentRequestKey(reopened).finally(() => reopened.close());
    expect(current.id).not.toBe('k-old');
    const privateKey = (await keyFileStore(path).get(current.id))!;
    const database = filesUnder(pglite);
    expect(database.some((bytes) => bytes.includes(current.public_key))).toBe(true);
    expect(database.filter((bytes) => bytes.includes(privateKey) || bytes.includes(Buffer.from(fromBase64url(privateKey))))).toEqual([]);
  });
});
