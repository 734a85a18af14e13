// Global setup of the test projects whose tests open a database (server, integration): one
// PGlite database is made here, once per run, with the migrations applied and the demo directory
// published, and written to a file; each testServer() then loads that copy (`loadDataDir`).
// initdb, migrations and publishing cost 3–5 s of CPU (over 10 s on a busy 2-core machine, the
// hook timeout); loading the copy costs about 0.7 s.
// On PostgreSQL (DATABASE_URL) there is nothing to prepare: each test server gets a schema of its own.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The prepared PGlite database (an uncompressed dump of its data folder), if there is one. */
    preparedDatabase: string | null;
  }
}

// Several projects name this setup and vitest runs it once per project: they share one database
// (through globalThis: each project loads this file on its own), removed when the last one ends.
interface Shared {
  file: Promise<string>;
  users: number;
}
const SHARED = Symbol.for('ponte.tests.preparedDatabase');
const registry = globalThis as { [SHARED]?: Shared };

async function prepare(): Promise<string> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { migrate, pgliteSql } = await import('../../src/server/database');
  const { publishDemoIfEmpty } = await import('../../src/server/hsds/demo-package');
  const db = await PGlite.create();
  const sql = pgliteSql(db);
  await migrate(sql);
  await publishDemoIfEmpty(sql); // as a first start does
  // Checkpointed, so a copy starts without replaying the log; uncompressed: a bigger file, but
  // each load is 0.2 s of CPU cheaper than a gzipped one.
  await sql.query('CHECKPOINT');
  const dump = await db.dumpDataDir('none');
  await db.close();
  const file = join(mkdtempSync(join(tmpdir(), 'ponte-test-db-')), 'prepared.tar');
  writeFileSync(file, new Uint8Array(await dump.arrayBuffer()));
  return file;
}

export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('preparedDatabase', null);
    return;
  }
  const shared = (registry[SHARED] ??= { file: prepare(), users: 0 });
  shared.users++;
  project.provide('preparedDatabase', await shared.file);
  return async () => {
    if (--shared.users > 0) return;
    delete registry[SHARED];
    rmSync(join(await shared.file, '..'), { recursive: true, force: true });
  };
}
