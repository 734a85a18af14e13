// Signed-in staff for server tests: an account and a live session written straight into the
// database (how they are made through invitations is tested in staff-auth tests), and a fetch
// that sends the session's cookie, the CSRF token and Ponte's own Origin, as the staff pages do.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Sql } from '../../src/server/database';

export const TEST_ORIGIN = 'http://ponte.test';

export interface SignedIn {
  account_id: string;
  email: string;
  cookie: string;
  csrf: string;
  /** fetch as this person's browser would: cookie, X-CSRF-Token and Origin on every request. */
  fetch: (path: string, init?: RequestInit) => Promise<Response>;
}

export async function staffAccount(sql: Sql, options: { role: 'admin' | 'staff'; organization_id?: string | null; email?: string; now?: Date }) {
  const id = randomUUID();
  const email = options.email ?? `${options.role}-${id.slice(0, 8)}@example.org`;
  await sql.query('INSERT INTO staff_account (id, email, role, organization_id, created_at) VALUES ($1, $2, $3, $4, $5)', [
    id,
    email,
    options.role,
    options.role === 'admin' ? null : (options.organization_id ?? null),
    options.now ?? new Date(),
  ]);
  return { id, email };
}

/** A session started at `now` (default: the real time) for a new account. */
export async function signedIn(
  server: { sql: Sql; fetch: typeof globalThis.fetch },
  options: { role: 'admin' | 'staff'; organization_id?: string; email?: string; now?: Date },
): Promise<SignedIn> {
  const account = await staffAccount(server.sql, options);
  const id = randomBytes(32).toString('base64url');
  const csrf = randomBytes(32).toString('base64url');
  const at = options.now ?? new Date();
  await server.sql.query('INSERT INTO staff_session (id_hash, account_id, csrf_token, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)', [
    createHash('sha256').update(id).digest('base64url'),
    account.id,
    csrf,
    at,
  ]);
  const cookie = `ponte-staff=${id}`;
  return {
    account_id: account.id,
    email: account.email,
    cookie,
    csrf,
    fetch: (path, init = {}) => {
      const headers = new Headers(init.headers);
      headers.set('Cookie', cookie);
      headers.set('X-CSRF-Token', csrf);
      headers.set('Origin', TEST_ORIGIN);
      if (init.body && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
      return server.fetch(path, { ...init, headers });
    },
  };
}
