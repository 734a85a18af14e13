// THE TABLE: every route under /api/v1/staff × who asks, with the status each must get. Written as
// data, and checked against the app's own route list: a staff route added without a row here
// fails this test. Also: nobody reads or changes anything of an organisation that is not theirs
// (the rows of another organisation stay as they were; no audit row names them).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_BASE } from '../../src/shared/api';
import type { Sql } from '../../src/server/database';
import { signedIn, staffAccount, TEST_ORIGIN } from '../helpers/staff';
import { deliver, inboxServer, type InboxServer } from '../helpers/staff-inbox';

const OWN = 'housing-agency';
const OTHER = 'tenants-association';
// Nobody in the table belongs to it: its request and report must come out untouched and unnamed.
const THIRD = 'food-bank';

/** Who asks. noCsrf, wrongOrigin and expired ask as the row's `as` (the role the route is for). */
const WHO = ['own', 'other', 'admin', 'signedOut', 'expired', 'noCsrf', 'wrongOrigin'] as const;
type Who = (typeof WHO)[number];
type Role = 'own' | 'admin';

interface Fixture {
  /** A request of OWN's, made for this row. */
  request: string;
  /** A mistake report of OWN's, made for this row. */
  report: string;
  /** A staff account of OWN's that may be removed, made for each cell. */
  account: () => Promise<string>;
  /** A pending invitation to OWN that may be cancelled, made for each cell (its id). */
  invitation: () => Promise<string>;
}

interface RouteRow {
  method: 'GET' | 'POST';
  /** As the app lists it (Hono's pattern). */
  route: string;
  path?: (f: Fixture) => string;
  body?: unknown;
  as?: Role;
  expect: Record<Who, number>;
}

// The usual answers, by whom a route is for.
const session = (ok: number, method: 'GET' | 'POST'): Record<Who, number> => ({ own: ok, other: ok, admin: ok, signedOut: 401, expired: 401, noCsrf: method === 'GET' ? ok : 403, wrongOrigin: method === 'GET' ? ok : 403 });
/** No session needed (sign-in, invitations): only a change from another site is refused. */
const open = (status: number): Record<Who, number> => ({ own: status, other: status, admin: status, signedOut: status, expired: status, noCsrf: status, wrongOrigin: 403 });
const adminOnly = (ok: number, method: 'GET' | 'POST'): Record<Who, number> => ({ ...session(ok, method), own: 403, other: 403 });
/** One of OWN's requests: another organisation's staff get 404 (not revealed), administrators 403. */
const ownRequest = (ok: number, method: 'GET' | 'POST' = 'POST'): Record<Who, number> => ({ ...session(ok, method), other: 404, admin: 403 });

const PASSKEY_ANSWER = { id: 'bm9wZQ', rawId: 'bm9wZQ', type: 'public-key', response: { clientDataJSON: 'e30', authenticatorData: 'AA', signature: 'AA' }, clientExtensionResults: {} };

const TABLE: RouteRow[] = [
  // Auth (engineer A).
  { method: 'GET', route: '/session', expect: session(200, 'GET') },
  { method: 'POST', route: '/session/extend', expect: session(200, 'POST') },
  { method: 'POST', route: '/sign-out', expect: session(204, 'POST') },
  { method: 'POST', route: '/sign-out-everywhere', expect: session(204, 'POST') },
  { method: 'POST', route: '/invitations/check', body: { token: 'no-such-invitation' }, expect: open(404) },
  { method: 'POST', route: '/invitations/passkey-options', body: { token: 'no-such-invitation' }, expect: open(404) },
  { method: 'POST', route: '/invitations/passkey', body: { token: 'no-such-invitation', response: PASSKEY_ANSWER }, expect: open(404) },
  { method: 'POST', route: '/invitations/password', body: { token: 'no-such-invitation', password: 'a long enough passphrase 42' }, expect: open(404) },
  { method: 'POST', route: '/sign-in/passkey-options', body: {}, expect: open(200) },
  { method: 'POST', route: '/sign-in/passkey', body: { response: PASSKEY_ANSWER }, expect: open(401) },
  // A different e-mail address each time (see `bodyOf`), so the lock never comes into it.
  { method: 'POST', route: '/sign-in/password', body: { email: 'nobody@example.org', password: 'not the password 123' }, expect: open(401) },
  // Team (engineer A).
  { method: 'GET', route: '/organizations', expect: session(200, 'GET') },
  { method: 'GET', route: '/accounts', as: 'admin', expect: adminOnly(200, 'GET') },
  { method: 'POST', route: '/invitations', as: 'admin', body: { email: 'new-person@example.org', role: 'staff', organization_id: OWN }, expect: adminOnly(201, 'POST') },
  { method: 'POST', route: '/accounts/:id/remove', as: 'admin', path: () => '', expect: adminOnly(204, 'POST') },
  { method: 'GET', route: '/invitations', as: 'admin', expect: adminOnly(200, 'GET') },
  { method: 'POST', route: '/invitations/:id/cancel', as: 'admin', expect: adminOnly(204, 'POST') },
  { method: 'GET', route: '/audit', as: 'admin', expect: adminOnly(200, 'GET') },
  // Inbox (engineer B).
  { method: 'GET', route: '/requests', expect: { ...session(200, 'GET'), admin: 403 } },
  { method: 'POST', route: '/requests/export', expect: { ...session(200, 'POST'), admin: 403 } },
  { method: 'POST', route: '/requests/:id/open', expect: ownRequest(200) },
  { method: 'POST', route: '/requests/:id/attempt', body: { method: 'call' }, expect: ownRequest(200) },
  { method: 'POST', route: '/requests/:id/contacted', expect: ownRequest(200) },
  { method: 'POST', route: '/requests/:id/close', body: { outcome: 'helped' }, expect: ownRequest(200) },
  { method: 'POST', route: '/requests/:id/note', body: { note: 'Llamar por la tarde.' }, expect: ownRequest(200) },
  { method: 'GET', route: '/figures', expect: session(200, 'GET') },
  { method: 'GET', route: '/reports', expect: session(200, 'GET') },
  { method: 'POST', route: '/reports/:id/close', expect: { ...ownRequest(204), admin: 204 } },
];

let server: InboxServer;
let third: { request: string; report: string };
beforeAll(async () => {
  server = await inboxServer();
  third = { request: (await deliver(server, { serviceId: 'food-bank-distribution' })).id, report: await report(server.sql, THIRD, 'food-bank-distribution') };
}, 120_000);
afterAll(() => server.close());

async function report(sql: Sql, organization_id: string, service_id: string) {
  const id = randomUUID();
  await sql.query("INSERT INTO mistake_report (id, body_hash, service_id, organization_id, reason, details) VALUES ($1, 'h', $2, $3, 'phone', 'No contestan')", [id, service_id, organization_id]);
  return id;
}

/** The concrete path of a row for this cell. */
async function pathOf(row: RouteRow, fixture: Fixture): Promise<string> {
  let path = row.route.replace('/requests/:id', `/requests/${fixture.request}`).replace('/reports/:id', `/reports/${fixture.report}`);
  if (row.route === '/accounts/:id/remove') path = `/accounts/${await fixture.account()}/remove`;
  if (row.route === '/invitations/:id/cancel') path = `/invitations/${await fixture.invitation()}/cancel`;
  return `${API_BASE}/staff${path}`;
}

let cellNumber = 0;
function bodyOf(row: RouteRow): string | undefined {
  if (row.body === undefined) return undefined;
  cellNumber++;
  if (row.route === '/sign-in/password') return JSON.stringify({ ...(row.body as object), email: `nobody-${cellNumber}@example.org` });
  if (row.route === '/invitations') return JSON.stringify({ ...(row.body as object), email: `new-${cellNumber}@example.org` });
  return JSON.stringify(row.body);
}

/** What one cell sends, as a browser of that person would. */
async function ask(row: RouteRow, who: Who, fixture: Fixture): Promise<{ status: number; actor?: string }> {
  const path = await pathOf(row, fixture);
  const body = bodyOf(row);
  const headers = new Headers(body === undefined ? {} : { 'Content-Type': 'application/json' });
  const role: Role = row.as ?? 'own';
  const sessionOf = (r: Role | 'other') =>
    signedIn(server, r === 'admin' ? { role: 'admin', now: server.clock.now() } : { role: 'staff', organization_id: r === 'own' ? OWN : OTHER, now: server.clock.now() });
  const send = (h: Headers) => server.fetch(path, { method: row.method, headers: h, body });

  if (who === 'signedOut') {
    headers.set('Origin', TEST_ORIGIN);
    return { status: (await send(headers)).status };
  }
  const person = await sessionOf(who === 'own' || who === 'other' || who === 'admin' ? who : role);
  headers.set('Cookie', person.cookie);
  headers.set('Origin', who === 'wrongOrigin' ? 'https://evil.example' : TEST_ORIGIN);
  if (who !== 'noCsrf') headers.set('X-CSRF-Token', person.csrf);
  if (who === 'expired') {
    const before = server.clock.now();
    server.clock.advance(31 * 60_000);
    try {
      return { status: (await send(headers)).status, actor: person.account_id };
    } finally {
      server.clock.set(before);
    }
  }
  return { status: (await send(headers)).status, actor: person.account_id };
}

async function snapshot(sql: Sql, requests: string[], reports: string[]) {
  return {
    requests: await sql.query('SELECT * FROM contact_request WHERE id = ANY($1::uuid[]) ORDER BY id', [requests]),
    attempts: await sql.query('SELECT * FROM contact_attempt WHERE request_id = ANY($1::uuid[]) ORDER BY id', [requests]),
    reports: await sql.query('SELECT * FROM mistake_report WHERE id = ANY($1::uuid[]) ORDER BY id', [reports]),
  };
}
const lastAuditId = async () => Number((await server.sql.query<{ id: string | null }>('SELECT max(id) AS id FROM audit_log'))[0].id ?? 0);

describe('every staff route × who asks', () => {
  it('has a row in the table for each route the app has, and none for a route it lacks', () => {
    const routes = new Set(
      server.app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith(`${API_BASE}/staff/`))
        .map((r) => `${r.method} ${r.path.slice(`${API_BASE}/staff`.length)}`),
    );
    expect([...routes].sort()).toEqual(TABLE.map((r) => `${r.method} ${r.route}`).sort());
  });

  it.each(TABLE.map((row) => [`${row.method} ${row.route}`, row] as const))('%s', async (_name, row) => {
    const got: Partial<Record<Who, number>> = {};
    for (const who of WHO) {
      // A request, a report and an account of OWN's for each cell, so one cell's change never decides another's answer.
      const fixture: Fixture = {
        request: (await deliver(server, { serviceId: 'housing-advice-office' })).id,
        report: await report(server.sql, OWN, 'housing-advice-office'),
        account: async () => (await staffAccount(server.sql, { role: 'staff', organization_id: OWN })).id,
        // Written straight in (as staffAccount does): made inside the cell, an audited invitation would name OWN.
        invitation: async () =>
          (
            await server.sql.query<{ id: string }>(
              "INSERT INTO staff_invitation (token_hash, email, role, organization_id, created_at, expires_at) VALUES ($1, $2, 'staff', $3, $4, $4::timestamptz + interval '72 hours') RETURNING id",
              [randomUUID(), `invited-${randomUUID()}@example.org`, OWN, server.clock.now()],
            )
          )[0].id,
      };
      const before = await snapshot(server.sql, [fixture.request], [fixture.report]);
      const auditFrom = await lastAuditId();
      const { status, actor } = await ask(row, who, fixture);
      got[who] = status;

      const changedBy: Who[] = ['own', ...(row.route === '/reports/:id/close' ? ['admin' as const] : [])];
      if (!changedBy.includes(who)) expect(await snapshot(server.sql, [fixture.request], [fixture.report]), `${who} changed nothing of ${OWN}'s`).toEqual(before);
      const written = await server.sql.query<{ account_id: string | null; organization_id: string | null; request_id: string | null; action: string }>('SELECT * FROM audit_log WHERE id > $1', [auditFrom]);
      if (who !== 'own') expect(written.filter((a) => a.request_id === fixture.request), `${who}: no audit row names ${OWN}'s request`).toEqual([]);
      if (who === 'other') expect(written.filter((a) => a.organization_id === OWN || (a.account_id === actor && a.organization_id !== OTHER)), 'no audit row of the other organisation\'s staff names OWN').toEqual([]);
    }
    expect(got).toEqual(row.expect);
  });

  it('left the organisation nobody in the table belongs to as it was, and named it nowhere', async () => {
    expect(await snapshot(server.sql, [third.request], [third.report])).toEqual(
      expect.objectContaining({ attempts: [], reports: [expect.objectContaining({ id: third.report, details: 'No contestan', closed_at: null })] }),
    );
    const [request] = await server.sql.query('SELECT state, opened_at, status_version, note FROM contact_request WHERE id = $1', [third.request]);
    expect(request).toEqual({ state: 'new', opened_at: null, status_version: 1, note: null });
    expect(await server.sql.query('SELECT action FROM audit_log WHERE organization_id = $1 OR request_id = $2', [THIRD, third.request])).toEqual([]);
  });
});
