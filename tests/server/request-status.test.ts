// The person follows their request with the status token only their device holds: refused
// (the same 404) without it, with a wrong one or another request's; cheap with ETag/304; nothing
// personal in the answer; withdrawing erases the details at once, and staff see it withdrawn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRequestForStaff } from '../../src/server/contact-requests';
import { privateKeys } from '../../src/server/request-keys';
import { newStatusToken, statusTokenHash } from '../../src/shared/request-status';
import { post, sampleDetails, sealedRequest } from '../helpers/contact-requests';
import { testServer } from '../helpers/server';

let server: Awaited<ReturnType<typeof testServer>>;
let key: { id: string; public_key: string };
let clock = new Date('2026-12-03T09:00:00Z');
beforeAll(async () => {
  server = await testServer({ now: () => clock });
  key = (await (await server.fetch('/api/v1/directory/manifest')).json()).request_key;
});
afterAll(() => server.close());

/** A request delivered as a device sends it: with the hash of its token (or none: an older device). */
async function delivered({ withToken = true } = {}) {
  const token = newStatusToken();
  const request = await sealedRequest(key, withToken ? { statusTokenHash: await statusTokenHash(token) } : {});
  expect((await post(server.fetch, request)).status).toBe(201);
  return { id: request.id, token };
}

const status = (id: string, token?: string, headers: Record<string, string> = {}) =>
  server.fetch(`/api/v1/requests/${id}/status`, { headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers } });
const withdraw = (id: string, token: string) => server.fetch(`/api/v1/requests/${id}/withdraw`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
const row = async (id: string) =>
  (await server.sql.query<Record<string, unknown>>('SELECT state, outcome, sealed, note, closed_at, details_erased_at, status_version FROM contact_request WHERE id = $1', [id]))[0];

describe('GET /api/v1/requests/:id/status', () => {
  it('answers the device that holds the token, with the state and no personal detail', async () => {
    const { id, token } = await delivered();
    const res = await status(id, token);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('private, no-cache');
    expect(res.headers.get('ETag')).toBe('"1"');
    const body = await res.json();
    expect(body).toEqual({ state: 'new', opened_at: null, contacted_at: null, closed_at: null, outcome: null, attempts: [], details_erased: false });
    for (const secret of [sampleDetails.name, sampleDetails.phone, sampleDetails.message]) expect(JSON.stringify(body)).not.toContain(secret);
  });

  it('refuses a missing token, a wrong one, another request\'s and an unknown id with the very same 404', async () => {
    const mine = await delivered();
    const other = await delivered();
    const answers = [
      await status(mine.id),
      await status(mine.id, newStatusToken()),
      await status(mine.id, other.token),
      await status(mine.id, `${mine.token}x`),
      await status('6b0e7b8e-1f7a-4c55-9d7e-2f5c3c8a9e01', mine.token),
      await status('not-a-uuid', mine.token),
    ];
    const bodies = await Promise.all(answers.map(async (r) => `${r.status} ${await r.text()}`));
    expect(new Set(bodies).size).toBe(1);
    expect(bodies[0]).toMatch(/^404 .*"not_found"/);
  });

  it('never answers for a request sent by an older device, which sent no token hash', async () => {
    const { id, token } = await delivered({ withToken: false });
    expect((await status(id, token)).status).toBe(404);
    expect((await withdraw(id, token)).status).toBe(404);
    expect((await row(id)).sealed).not.toBeNull();
  });

  it('answers 304 while nothing changed, and the new state with a new ETag once staff act', async () => {
    const { id, token } = await delivered();
    const first = await status(id, token);
    const etag = first.headers.get('ETag')!;
    const unchanged = await status(id, token, { 'If-None-Match': etag });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');

    // What the staff inbox does (src/server/staff/inbox-api.ts), written directly here.
    await server.sql.query("INSERT INTO contact_attempt (request_id, method, at) VALUES ($1, 'call', '2026-12-04T10:15:00Z')", [id]);
    await server.sql.query(
      "UPDATE contact_request SET state = 'contacted', opened_at = '2026-12-03T08:00:00Z', contacted_at = '2026-12-04T16:00:00Z', status_version = status_version + 2 WHERE id = $1",
      [id],
    );
    const changed = await status(id, token, { 'If-None-Match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('ETag')).toBe('"3"');
    expect(await changed.json()).toMatchObject({
      state: 'contacted',
      opened_at: '2026-12-03T08:00:00.000Z',
      contacted_at: '2026-12-04T16:00:00.000Z',
      attempts: [{ at: '2026-12-04T10:15:00.000Z', method: 'call' }],
    });
  });

  it('stops an address that keeps guessing, while the right token still gets through from elsewhere', async () => {
    const { id, token } = await delivered();
    const from = (address: string, t: string) =>
      server.app.fetch(new Request(`http://ponte.test/api/v1/requests/${id}/status`, { headers: { Authorization: `Bearer ${t}` } }), { incoming: { socket: { remoteAddress: address } } });
    const guesses = [];
    for (let i = 0; i < 31; i++) guesses.push((await from('203.0.113.9', newStatusToken())).status);
    expect(guesses.slice(0, 30)).toEqual(Array(30).fill(404));
    const refused = await from('203.0.113.9', newStatusToken());
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    // The same address (a library's computers share one) still gets its own request's status.
    expect((await from('203.0.113.9', token)).status).toBe(200);
    // A device polling its own request is never counted: forty right answers in a row.
    for (let i = 0; i < 40; i++) expect((await from('198.51.100.7', token)).status).toBe(200);
  });
});

describe('POST /api/v1/requests/:id/withdraw', () => {
  it('erases the details and the note at once, closes the request as withdrawn, and is audited', async () => {
    const { id, token } = await delivered();
    await server.sql.query(`UPDATE contact_request SET note = '{"key_id":"k","enc":"e","ct":"c"}'::jsonb WHERE id = $1`, [id]);
    clock = new Date('2026-12-05T11:00:00Z');
    const res = await withdraw(id, token);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ state: 'closed', outcome: 'withdrawn', closed_at: '2026-12-05T11:00:00.000Z', details_erased: true });
    expect(await row(id)).toMatchObject({ state: 'closed', outcome: 'withdrawn', sealed: null, note: null, status_version: 2 });
    expect(new Date((await row(id)).details_erased_at as string).toISOString()).toBe('2026-12-05T11:00:00.000Z');
    const audits = await server.sql.query<{ action: string; address: string | null }>('SELECT action, address FROM audit_log WHERE request_id = $1', [id]);
    expect(audits).toEqual([{ action: 'request_withdrawn', address: null }]);

    // Twice: the same answer, nothing changes, nothing more in the log.
    const again = await withdraw(id, token);
    expect(again.status).toBe(200);
    expect(again.headers.get('ETag')).toBe('"2"');
    expect((await row(id)).status_version).toBe(2);
    expect(await server.sql.query('SELECT 1 FROM audit_log WHERE request_id = $1', [id])).toHaveLength(1);
  });

  it('leaves staff nothing to open: the seam answers that the details are erased', async () => {
    const { id, token } = await delivered();
    const [{ organization_id }] = await server.sql.query<{ organization_id: string }>('SELECT organization_id FROM contact_request WHERE id = $1', [id]);
    // Before: the seam opens the details (the test's own check that it can).
    expect((await openWithdrawn(id, organization_id))?.details?.name).toBe(sampleDetails.name);
    await withdraw(id, token);
    const opened = await openWithdrawn(id, organization_id);
    expect(opened?.details).toBeNull();
    expect(opened?.row).toMatchObject({ state: 'closed', outcome: 'withdrawn' });
    expect(JSON.stringify(opened)).not.toContain(sampleDetails.name);
  });

  it('is refused without the right token, and erases nothing then', async () => {
    const { id } = await delivered();
    const other = await delivered();
    expect((await withdraw(id, other.token)).status).toBe(404);
    expect(await row(id)).toMatchObject({ state: 'new', outcome: null });
    expect((await row(id)).sealed).not.toBeNull();
  });
});

/** Staff of the request's organisation opening it through the one seam. */
const openWithdrawn = (id: string, organization_id: string) =>
  openRequestForStaff({ sql: server.sql, now: () => clock, privateKeyOf: privateKeys(server.requestKeys) }, { account_id: '00000000-0000-4000-8000-000000000000', email: 'staff@example.org', role: 'staff', organization_id }, id);
