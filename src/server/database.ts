// One narrow SQL interface over the embedded PGlite (default) and PostgreSQL through `pg`
// (when DATABASE_URL is set): the rest of the server writes plain PostgreSQL for both.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';

export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /**
   * Runs fn in one transaction; rolls back if it throws. Called on a transaction's own Sql, it
   * runs fn in that same transaction (no savepoint): a failure anywhere rolls back all of it.
   */
  transaction<R>(fn: (tx: Sql) => Promise<R>): Promise<R>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… to use PostgreSQL; otherwise PGlite. */
  databaseUrl?: string;
  /** PGlite's folder; omitted means in memory (tests). */
  dataDir?: string;
  /**
   * PGlite only: start from this copy of a data folder (PGlite's `dumpDataDir()`) instead of an
   * empty one. Tests load one prepared database this way: far cheaper than initdb each time.
   */
  loadDataDir?: Blob;
}

export async function openDatabase(options: DatabaseOptions): Promise<Sql> {
  const sql = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options);
  await migrate(sql);
  return sql;
}

async function openPglite({ dataDir, loadDataDir }: DatabaseOptions): Promise<Sql> {
  const { PGlite } = await import('@electric-sql/pglite');
  return pgliteSql(await PGlite.create({ dataDir, loadDataDir }));
}

/** Ponte's Sql over an open PGlite (tests use it to prepare the database they copy). */
export function pgliteSql(db: PGlite): Sql {
  type Queryable = Pick<PGlite, 'query'>;
  const query = (q: Queryable) => async <T>(text: string, params?: unknown[]) => (await q.query<T>(text, params)).rows;
  return {
    query: query(db),
    transaction: (fn) =>
      db.transaction((raw) => {
        // PGlite's own transaction answers { rows, fields }: wrapped, it is the same Sql as any.
        const tx: Sql = { query: query(raw), transaction: (inner) => inner(tx), close: async () => {} };
        return fn(tx);
      }),
    close: () => db.close(),
  };
}

async function openPostgres(url: string): Promise<Sql> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const sql: Sql = {
    query: async <T>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as T[],
    transaction: async (fn) => {
      const client = await pool.connect();
      const tx: Sql = {
        query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
        transaction: (inner) => inner(tx),
        close: async () => {},
      };
      try {
        await client.query('BEGIN');
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
  return sql;
}

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Applies the numbered .sql files not applied yet, each in its own transaction. */
export async function migrate(sql: Sql): Promise<void> {
  await sql.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied = new Set((await sql.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.sql')).sort();
  for (const name of files) {
    if (applied.has(name)) continue;
    const text = await readFile(MIGRATIONS_DIR + name, 'utf8');
    await sql.transaction(async (tx) => {
      for (const statement of text.split(/;\s*$/m).map((s) => s.trim()).filter(Boolean)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
    });
  }
}
