// An in-process Ponte server for tests: the real Hono app on an in-memory PGlite, or on
// PostgreSQL when DATABASE_URL is set (each test server then gets a schema of its own, so test
// files running in parallel never see each other's rows), with the demo directory published
// and a request key pair whose private half is in memory (`requestKeys`), never in the database.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { demoDirectory } from '../../src/content';
import { createApp } from '../../src/server/app';
import { openDatabase } from '../../src/server/database';
import { publishDirectory } from '../../src/server/directory-store';
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

export async function testServer() {
  const postgres = process.env.DATABASE_URL ? await isolatedPostgres(process.env.DATABASE_URL) : undefined;
  const sql = await openDatabase({ databaseUrl: postgres?.url });
  await publishDirectory(sql, demoDirectory, 'demo');
  const requestKeys = memoryKeyStore();
  await openRequestKeys(sql, requestKeys);
  const app = createApp({ sql, requestKeys });
  const requests: string[] = [];
  /** A fetch that goes straight to the app, recording what was asked. */
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://ponte.test');
    requests.push(url.pathname + url.search);
    return app.fetch(new Request(url, init));
  };
  const close = async () => {
    await sql.close();
    await postgres?.drop();
  };
  return { sql, requestKeys, app, fetch: fetch as typeof globalThis.fetch, requests, close };
}
