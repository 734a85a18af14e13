// The private keys that open sealed contact requests are never in the database: a dump or a
// backup of it opens nothing. They live in a key file readable only by the server's account.
import { mkdtempSync, rmSync, statSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sealingContext } from '../../src/shared/contact-request';
import { generateKeyPair, open, seal } from '../../src/shared/sealing';
import { openRequestForStaff } from '../../src/server/contact-requests';
import { openDatabase, type Sql } from '../../src/server/database';
import { keyFileStore, memoryKeyStore } from '../../src/server/private-key-store';
import { openRequestKeys, privateKeys, rotateRequestKey } from '../../src/server/request-keys';
import { post, sampleDetails, sealedRequest } from '../helpers/contact-requests';
import { isolatedPostgres, testServer } from '../helpers/server';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'ponte-keys-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

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
    await expect(openRequestForStaff(server.sql, privateKeys(memoryKeyStore()), request.id)).rejects.toThrow(`The private key ${key.id} is gone`);

    const withKeyFile = await openRequestForStaff(server.sql, privateKeys(server.requestKeys), request.id);
    expect(withKeyFile?.details).toEqual(sampleDetails);
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
    expect(JSON.parse(readFileSync(path, 'utf8')).keys).toEqual({ 'k-old': privateKey });
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
    const missing = join(folder, 'elsewhere', 'request-keys.json');
    const refused = openRequestKeys(sql, keyFileStore(missing));
    await expect(refused).rejects.toThrow(`The private key of the current request key k-old is not in ${missing}`);
    await expect(refused).rejects.toThrow('Put the key file back from your backup, or set REQUEST_KEYS_FILE');
    await expect(refused).rejects.toThrow('npm run rotate-request-key');
    expect(await sql.query('SELECT id FROM request_key')).toEqual([{ id: 'k-old' }]);
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
