// An in-process Ponte server for tests: the real Hono app on an in-memory PGlite (a copy of
// the database prepared once per run, see prepared-database.ts), or on PostgreSQL when
// DATABASE_URL is set (each test server then gets a schema of its own, so test files running in
// parallel never see each other's rows), with the demo directory published
// and a request key pair whose private half is in memory (`requestKeys`), never in the database.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp, type AppOptions } from '../../src/server/app';
import { openDatabase, type Sql } from '../../src/server/database';
import { publishDemoIfEmpty } from '../../src/server/hsds/demo-package';
import { memoryKeyStore } from '../../src/server/private-key-store';
import { openRequestKeys } from '../../src/server/request-keys';

export async function isolatedPostgres(url: string) {
  const schema = `test_${randomUUID().replaceAll('-', '')}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await run(`CREATE SCHEMA ${schema}`);
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return { url: scoped.toString(), drop: () => run(`DROP SCHEMA ${schema} CASCADE`) };
}

let prepared: Promise<Blob> | undefined;
/** The database tests/helpers/prepared-database.ts made for this run, if the project has one. */
function preparedDatabase(): Promise<Blob> | undefined {
  const file = inject('preparedDatabase');
  if (!file) return undefined;
  return (prepared ??= readFile(file).then((bytes) => new Blob([new Uint8Array(bytes)])));
}

async function openTestDatabase(): Promise<{ sql: Sql; drop?: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const postgres = await isolatedPostgres(process.env.DATABASE_URL);
    const sql = await openDatabase({ databaseUrl: postgres.url });
    await publishDemoIfEmpty(sql);
    return { sql, drop: postgres.drop };
  }
  if (!process.env.VITEST) {
    // The bench, outside vitest: one database, made from nothing.
    const sql = await openDatabase({});
    await publishDemoIfEmpty(sql);
    return { sql };
  }
  const copy = preparedDatabase();
  // Making a database from nothing in every test file is what made tests time out on a busy
  // machine: tests that need one belong to a project that prepares it.
  if (!copy) throw new Error('testServer() needs the database prepared by tests/helpers/prepared-database.ts: put this test in tests/integration/ (or tests/server/), or add that global setup to its project in vite.config.ts.');
  return { sql: await openDatabase({ loadDataDir: await copy }) };
}

/** `options`: more of the app's settings (a fake clock `now`, staff settings…). */
export async function testServer(options: Omit<AppOptions, 'sql' | 'requestKeys'> = {}) {
  const { sql, drop } = await openTestDatabase();
  const requestKeys = memoryKeyStore();
  await openRequestKeys(sql, requestKeys);
  const app = createApp({ sql, requestKeys, ...options });
  const requests: string[] = [];
  /** A fetch that goes straight to the app, recording what was asked. */
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://ponte.test');
    requests.push(url.pathname + url.search);
    return app.fetch(new Request(url, init));
  };
  const close = async () => {
    await sql.close();
    await drop?.();
  };
  return { sql, requestKeys, app, fetch: fetch as typeof globalThis.fetch, requests, close };
}
