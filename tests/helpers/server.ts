// An in-process Ponte server for tests: the real Hono app on an in-memory PGlite (or on
// PostgreSQL when DATABASE_URL is set), with the demo directory published.
import { demoDirectory } from '../../src/content';
import { createApp } from '../../src/server/app';
import { openDatabase, type Sql } from '../../src/server/database';
import { publishDirectory } from '../../src/server/directory-store';

export async function testServer() {
  const sql = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
  if (process.env.DATABASE_URL) await resetDirectory(sql);
  await publishDirectory(sql, demoDirectory, 'demo');
  const app = createApp({ sql });
  const requests: string[] = [];
  /** A fetch that goes straight to the app, recording what was asked. */
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://ponte.test');
    requests.push(url.pathname + url.search);
    return app.fetch(new Request(url, init));
  };
  return { sql, app, fetch: fetch as typeof globalThis.fetch, requests, close: () => sql.close() };
}

async function resetDirectory(sql: Sql) {
  await sql.query('DELETE FROM directory_item');
  await sql.query('DELETE FROM directory_version');
}
