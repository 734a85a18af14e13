// What `npm start` leaves in its data folder, as a real process: the key file (mode 0600) and a
// database whose files hold no private key; and with DATABASE_URL, a data folder that does not
// exist yet is made (it holds the lock, server.json and the key file).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromBase64url } from '../../src/shared/sealing';
import { CliProcess } from '../helpers/cli-process';
import { post, sealedRequest } from '../helpers/contact-requests';
import { isolatedPostgres } from '../helpers/server';

let folder: string;
const started: CliProcess[] = [];
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'ponte-cli-'));
});
afterEach(async () => {
  for (const cli of started.splice(0)) await cli.stop('SIGKILL');
  rmSync(folder, { recursive: true, force: true });
});

function serve(env: Record<string, string>) {
  const cli = new CliProcess('serve', env);
  started.push(cli);
  return cli;
}

/** Every file under a folder, as bytes. */
function filesUnder(dir: string): Buffer[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name)));
}

describe('npm start', { timeout: 120_000 }, () => {
  it('keeps the private key in a file of mode 0600, and out of every file of the database', async () => {
    const dataDir = join(folder, 'data');
    const server = serve({ DATA_DIR: dataDir });
    const base = `http://localhost:${await server.running()}`;
    const key = (await (await fetch(`${base}/api/v1/directory/manifest`)).json()).request_key;
    const siteFetch = ((path: string, init: RequestInit) => fetch(base + path, init)) as typeof fetch;
    expect((await post(siteFetch, await sealedRequest(key))).status).toBe(201);
    expect(await server.stop()).toEqual({ code: 0, signal: null });

    const keyFile = join(dataDir, 'request-keys.json');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const privateKey: string = JSON.parse(readFileSync(keyFile, 'utf8')).keys[key.id];
    expect(privateKey).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    // A copy of the database folder: neither the key's text nor its bytes are anywhere in it.
    const database = filesUnder(join(dataDir, 'pglite'));
    expect(database.length).toBeGreaterThan(0);
    expect(database.some((bytes) => bytes.includes(key.public_key))).toBe(true);
    expect(database.filter((bytes) => bytes.includes(privateKey) || bytes.includes(Buffer.from(fromBase64url(privateKey))))).toEqual([]);
  });
});

describe('npm start with a damaged key file', { timeout: 120_000 }, () => {
  it('refuses to start, naming the key file and the key, rather than refusing every request later', async () => {
    const dataDir = join(folder, 'data');
    const first = serve({ DATA_DIR: dataDir });
    await first.running();
    expect(await first.stop()).toEqual({ code: 0, signal: null });
    const keyFile = join(dataDir, 'request-keys.json');
    const file = JSON.parse(readFileSync(keyFile, 'utf8'));
    const [id] = Object.keys(file.keys);
    file.keys[id] = file.keys[id].slice(0, 20);
    writeFileSync(keyFile, JSON.stringify(file), { mode: 0o600 });

    const second = serve({ DATA_DIR: dataDir });
    const outcome = await second.waitFor(/The private key of the current request key .*|running on/);
    expect(outcome[0]).toContain(`The private key of the current request key ${id} in ${keyFile} is damaged`);
    expect((await second.exited).code).toBe(1);
  });
});

describe('npm start with DATABASE_URL', { timeout: 120_000 }, () => {
  if (!process.env.DATABASE_URL) console.warn('SKIPPED: DATABASE_URL is not set, so `serve` on PostgreSQL with a missing data folder is not tested here (CI runs it).');

  it.runIf(process.env.DATABASE_URL)('starts cleanly when the data folder does not exist yet, and makes it', async () => {
    const postgres = await isolatedPostgres(process.env.DATABASE_URL!);
    try {
      const dataDir = join(folder, 'a', 'fresh', 'data');
      const server = serve({ DATA_DIR: dataDir, DATABASE_URL: postgres.url });
      const port = await server.running();
      expect(JSON.parse(readFileSync(join(dataDir, 'server.json'), 'utf8'))).toMatchObject({ pid: server.pid, port });
      expect(statSync(join(dataDir, 'request-keys.json')).mode & 0o777).toBe(0o600);
      expect(await server.stop()).toEqual({ code: 0, signal: null });
      expect(existsSync(join(dataDir, 'server.json'))).toBe(false);
    } finally {
      await postgres.drop();
    }
  });
});
