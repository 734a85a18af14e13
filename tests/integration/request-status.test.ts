// @vitest-environment node
// The device follows its request against the real app (PGlite) and staff inbox: the token made
// when composing, questions on a fake clock's schedule (304 while nothing changed), what staff
// do arriving on the outbox entry, withdrawing, and a report queued offline then delivered.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { composeReport, composeRequest } from '../../src/data/outbox';
import { statusTokenHash } from '../../src/shared/request-status';
import { syncDirectory } from '../../src/sync/directory-sync';
import { sendDueRequests } from '../../src/sync/outbox-sender';
import { checkRequestStatuses, withdrawRequest } from '../../src/sync/request-status';
import { sampleDetails } from '../helpers/contact-requests';
import { testServer } from '../helpers/server';
import { signedIn, type SignedIn } from '../helpers/staff';

let server: Awaited<ReturnType<typeof testServer>>;
let organization_id: string;
let clock = Date.now();
beforeAll(async () => {
  server = await testServer({ now: () => new Date(clock) });
  await syncDirectory({ db: db(), locales: ['en'], fetch: server.fetch });
  [{ organization_id }] = await server.sql.query<{ organization_id: string }>(
    "SELECT doc ->> 'organization_id' AS organization_id FROM directory_item WHERE collection = 'services' AND id = 'eviction-support'",
  );
});
afterAll(() => server.close());
beforeEach(async () => {
  await db().outbox.clear();
  // The contact requests API checks created_at against the real time: each test starts from it.
  clock = Date.now();
});

const MINUTE = 60_000;
const send = (fetch: typeof globalThis.fetch = server.fetch) => sendDueRequests({ db: db(), fetch, now: () => clock, random: () => 0.5, timeoutMs: 2000 });
const check = (force = false) => checkRequestStatuses({ db: db(), fetch: server.fetch, now: () => clock, force });
const statusAsks = () => server.requests.filter((path) => path.endsWith('/status')).length;
const offline = (async () => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
/** A staff member of the service's organisation, signed in now (sessions follow the fake clock). */
const staffNow = (): Promise<SignedIn> => signedIn(server, { role: 'staff', organization_id, now: new Date(clock) });
/** Staff act through their inbox (src/server/staff/inbox-api.ts), as the staff pages do. */
const staffDo = async (id: string, action: string, body?: unknown) => {
  clock += MINUTE;
  const staff = await staffNow();
  const res = await staff.fetch(`/api/v1/staff/requests/${id}/${action}`, { method: 'POST', ...(body ? { body: JSON.stringify(body) } : {}) });
  expect(res.status, `${action}: ${await res.clone().text()}`).toBe(200);
};

async function deliveredRequest() {
  const id = await composeRequest('eviction-support', sampleDetails, new Date(clock));
  expect(await send()).toMatchObject({ delivered: 1 });
  return id;
}

describe('following a delivered request', () => {
  it('the server keeps only the token\'s hash; the device asks on schedule and shows what staff did', async () => {
    const id = await deliveredRequest();
    const entry = (await db().outbox.get(id))!;
    const [row] = await server.sql.query<{ status_token_hash: string }>('SELECT status_token_hash FROM contact_request WHERE id = $1', [id]);
    expect(row.status_token_hash).toBe(await statusTokenHash(entry.status_token!));
    expect(JSON.stringify(await server.sql.query('SELECT * FROM contact_request WHERE id = $1', [id]))).not.toContain(entry.status_token);

    // Not due yet: nothing is asked.
    const before = statusAsks();
    await check();
    expect(statusAsks()).toBe(before);

    // (The server stamps the receipt with its own time, a moment after the fake clock's.)
    clock += 16 * MINUTE;
    await check();
    expect((await db().outbox.get(id))!.progress).toMatchObject({ state: 'new', attempts: [] });

    // Nothing changed: asked again 15 minutes later, answered 304, the entry keeps its answer.
    clock += 15 * MINUTE;
    const unchanged = await server.app.fetch(
      new Request(`http://ponte.test/api/v1/requests/${id}/status`, { headers: { Authorization: `Bearer ${entry.status_token}`, 'If-None-Match': (await db().outbox.get(id))!.progress_etag! } }),
    );
    expect(unchanged.status).toBe(304);
    await check();
    expect((await db().outbox.get(id))!).toMatchObject({ progress: { state: 'new' }, progress_checked_at: clock });

    await staffDo(id, 'open');
    await staffDo(id, 'attempt', { method: 'call' });
    await staffDo(id, 'contacted');
    // Back online, or My requests opened: asked at once, whatever the schedule.
    await check(true);
    const followed = (await db().outbox.get(id))!.progress!;
    expect(followed).toMatchObject({ state: 'contacted', attempts: [{ method: 'call' }], details_erased: false });
    expect(followed.opened_at).not.toBeNull();
    expect(followed.contacted_at).not.toBeNull();

    await staffDo(id, 'close', { outcome: 'helped' });
    await check(true);
    expect((await db().outbox.get(id))!.progress).toMatchObject({ state: 'closed', outcome: 'helped' });
    // Closed: never asked again, even when forced.
    const asked = statusAsks();
    clock += 2 * 24 * 60 * MINUTE;
    await check(true);
    expect(statusAsks()).toBe(asked);
  });

  it('stops asking once the server no longer knows the request', async () => {
    const id = await deliveredRequest();
    await server.sql.query('UPDATE contact_request SET status_token_hash = NULL WHERE id = $1', [id]);
    await check(true);
    expect((await db().outbox.get(id))!.progress_gone).toBe(true);
    const asked = statusAsks();
    await check(true);
    expect(statusAsks()).toBe(asked);
  });

  it('withdrawing erases the details on the server at once, and the device shows it withdrawn', async () => {
    const id = await deliveredRequest();
    expect(await withdrawRequest(id, { db: db(), fetch: offline })).toBe('offline');
    expect(await withdrawRequest(id, { db: db(), fetch: server.fetch, now: () => clock })).toBe('withdrawn');
    expect((await db().outbox.get(id))!.progress).toMatchObject({ state: 'closed', outcome: 'withdrawn', details_erased: true });
    const [row] = await server.sql.query<{ sealed: unknown; state: string }>('SELECT sealed, state FROM contact_request WHERE id = $1', [id]);
    expect(row).toEqual({ sealed: null, state: 'closed' });
  });
});

describe('a report about a service', () => {
  it('queued offline, leaves once the connection is back, and lands with the service\'s organisation', async () => {
    const id = await composeReport('eviction-support', { reason: 'hours', details: 'Closed on\nFriday afternoons' }, new Date(clock));
    expect(await send(offline)).toMatchObject({ delivered: 0 });
    expect(await db().outbox.get(id)).toMatchObject({ kind: 'report', status: 'waiting', last_problem: 'offline' });
    clock += MINUTE;
    expect(await send()).toMatchObject({ delivered: 1 });
    const entry = (await db().outbox.get(id))!;
    expect(entry).toMatchObject({ status: 'delivered', body: '', report_receipt: { received_at: new Date(clock).toISOString() } });
    expect(entry.receipt).toBeUndefined();
    const [row] = await server.sql.query<{ reason: string; details: string; service_id: string }>('SELECT reason, details, service_id FROM mistake_report WHERE id = $1', [id]);
    expect(row).toEqual({ reason: 'hours', details: 'Closed on Friday afternoons', service_id: 'eviction-support' });
    // And staff of that organisation see it in their reports.
    const reports = await (await (await staffNow()).fetch('/api/v1/staff/reports?state=open')).json();
    expect(reports.items.map((r: { id: string }) => r.id)).toContain(id);
  });
});
