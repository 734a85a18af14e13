// Which database the tests ran on, said out loud, and the adapter's transaction semantics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from '../helpers/server';

let server: Awaited<ReturnType<typeof testServer>>;
beforeAll(async () => {
  server = await testServer();
  console.info(`Server tests on ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite (embedded)'}.`);
});
afterAll(() => server.close());

describe('database adapter', () => {
  it('runs on the database it was given', async () => {
    const [{ version }] = await server.sql.query<{ version: string }>('SELECT version()');
    expect(version).toMatch(/PostgreSQL/);
  });

  it('rolls a transaction back whole when it fails', async () => {
    const count = async () => (await server.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM directory_version'))[0].n;
    const before = await count();
    await expect(
      server.sql.transaction(async (tx) => {
        await tx.query("INSERT INTO directory_version (version, note) VALUES (999, 'half')");
        throw new Error('something failed half-way');
      }),
    ).rejects.toThrow('half-way');
    expect(await count()).toBe(before);
  });

  it('gives a transaction begun inside another the same interface, in the same transaction', async () => {
    const count = async (q = server.sql) => (await q.query<{ n: number }>('SELECT count(*)::int AS n FROM directory_version'))[0].n;
    const before = await count();
    const seen = await server.sql.transaction((outer) =>
      outer.transaction(async (inner) => {
        await inner.query("INSERT INTO directory_version (version, note) VALUES (998, 'nested')");
        // Rows, as from any Sql; and the outer transaction sees what the inner one wrote.
        return { inner: await count(inner), outer: await count(outer) };
      }),
    );
    expect(seen).toEqual({ inner: before + 1, outer: before + 1 });
    await server.sql.query('DELETE FROM directory_version WHERE version = 998');
  });

  it('rolls the outer transaction back too when a nested one fails', async () => {
    const count = async () => (await server.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM directory_version'))[0].n;
    const before = await count();
    await expect(
      server.sql.transaction(async (outer) => {
        await outer.query("INSERT INTO directory_version (version, note) VALUES (997, 'outer')");
        await outer.transaction(async (inner) => {
          await inner.query("INSERT INTO directory_version (version, note) VALUES (996, 'inner')");
          throw new Error('the nested step failed');
        });
      }),
    ).rejects.toThrow('nested step failed');
    expect(await count()).toBe(before);
  });

  it('applies each migration once', async () => {
    const rows = await server.sql.query<{ name: string }>('SELECT name FROM schema_migrations');
    expect(rows.map((r) => r.name)).toEqual(['001_directory.sql', '002_contact_requests.sql', '003_staff.sql', '004_invitation_id.sql']);
  });
});
