import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/server/app';
import { openRequestForStaff } from '../../src/server/contact-requests';
import { privateKeys, rotateRequestKey } from '../../src/server/request-keys';
import { post, sampleDetails, sealedRequest } from '../helpers/contact-requests';
import { testServer } from '../helpers/server';
import { staffAccount } from '../helpers/staff';

let server: Awaited<ReturnType<typeof testServer>>;
let key: { id: string; public_key: string };
beforeAll(async () => {
  server = await testServer();
  key = (await (await server.fetch('/api/v1/directory/manifest')).json()).request_key;
});
afterAll(() => server.close());

const rows = async (id?: string) =>
  (await server.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM contact_request ${id ? 'WHERE id = $1' : ''}`, id ? [id] : []))[0].n;
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; fields?: Record<string, string> } }).error;

describe('POST /api/v1/requests', () => {
  it('stores a sealed request once and answers with a reference and the promised response time', async () => {
    const request = await sealedRequest(key);
    const res = await post(server.fetch, request);
    expect(res.status).toBe(201);
    const receipt = await res.json();
    expect(receipt.reference).toMatch(/^[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}$/);
    expect(receipt.promised_response_hours).toBe(48); // the eviction help desk promises 48 hours
    expect(await rows(request.id)).toBe(1);
    const [stored] = await server.sql.query<{ sealed: unknown }>('SELECT sealed FROM contact_request WHERE id = $1', [request.id]);
    const atRest = JSON.stringify(stored);
    // Spaces never occur in base64url: these can only appear in plain text.
    for (const secret of [sampleDetails.name, sampleDetails.phone, sampleDetails.message]) expect(atRest).not.toContain(secret);
  });

  it('answers the same key and body with the first answer, without a second row', async () => {
    const request = await sealedRequest(key);
    const first = await (await post(server.fetch, request)).json();
    const again = await post(server.fetch, request);
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(first);
    expect(await rows(request.id)).toBe(1);
  });

  it('stores one row for the same request sent 20 times at once, with 20 identical answers', async () => {
    const request = await sealedRequest(key);
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(server.fetch, request)));
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(201));
    const bodies = await Promise.all(answers.map((r) => r.text()));
    expect(new Set(bodies).size).toBe(1);
    expect(await rows(request.id)).toBe(1);
  });

  it('refuses the same key with another body (409)', async () => {
    const request = await sealedRequest(key);
    await post(server.fetch, request);
    const other = await sealedRequest(key, { id: request.id, details: { name: 'Someone Else' } });
    const res = await post(server.fetch, other);
    expect(res.status).toBe(409);
    expect((await errorOf(res)).code).toBe('conflict');
  });

  it('refuses invalid details with the fields to correct, storing nothing', async () => {
    const request = await sealedRequest(key, { details: { consent: false, phone: 'call me' } });
    const res = await post(server.fetch, request);
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({ code: 'invalid_details', fields: { consent: 'consent_required', phone: 'invalid_phone' } });
    expect(await rows(request.id)).toBe(0);
  });

  it('refuses a damaged seal, or a seal moved to another request, saying it cannot be opened', async () => {
    const request = await sealedRequest(key);
    const damaged = { ...request, body: request.body.replace(/"ct":"(.{8})/, '"ct":"AAAAAAAA') };
    expect((await errorOf(await post(server.fetch, damaged))).code).toBe('unreadable_seal');
    const moved = { ...request, id: crypto.randomUUID() };
    expect((await errorOf(await post(server.fetch, moved))).code).toBe('unreadable_seal');
    expect(await rows(request.id)).toBe(0);
  });

  it.each([
    ['a key the server does not have', (b: string) => b.replace(/"key_id":"[^"]+"/, '"key_id":"k-unknown"'), 400, 'unknown_key'],
    ['a service no longer listed', (b: string) => b.replace('"service_id":"eviction-support"', '"service_id":"closed-service"'), 400, 'unknown_service'],
    ['no JSON', () => 'name=Amina', 400, 'invalid_json'],
    ['a missing seal', () => JSON.stringify({ service_id: 'eviction-support', created_at: new Date().toISOString() }), 400, 'invalid_envelope'],
    ['over 16 KB', (b: string) => b.replace('"sealed":{', `"padding":"${'x'.repeat(17_000)}","sealed":{`), 413, 'too_large'],
  ])('refuses %s', async (_name, change, status, code) => {
    const request = await sealedRequest(key);
    const res = await post(server.fetch, { ...request, body: change(request.body) });
    expect(res.status).toBe(status);
    expect((await errorOf(res)).code).toBe(code);
  });

  it('needs a UUID as Idempotency-Key', async () => {
    const request = await sealedRequest(key);
    expect((await errorOf(await post(server.fetch, { ...request, id: 'not-a-uuid' }))).code).toBe('idempotency_key');
  });

  it('limits new requests per address (429 with Retry-After) but still answers replays', async () => {
    const app = createApp({ sql: server.sql, requestKeys: server.requestKeys, requestRateLimit: { capacity: 2, perMinute: 1 } });
    const fetch = ((path: string, init: RequestInit) => app.fetch(new Request(`http://ponte.test${path}`, init))) as typeof globalThis.fetch;
    const first = await sealedRequest(key);
    expect((await post(fetch, first)).status).toBe(201);
    expect((await post(fetch, await sealedRequest(key))).status).toBe(201);
    const limited = await post(fetch, await sealedRequest(key));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await post(fetch, first)).status).toBe(201);
  });

  it('after a key rotation, gives devices the new key and still opens requests sealed with the old one', async () => {
    const old = key;
    const sealedWithOld = await sealedRequest(old);
    const rotated = await rotateRequestKey(server.sql, server.requestKeys);
    const manifest = await (await server.fetch('/api/v1/directory/manifest')).json();
    expect(manifest.request_key).toEqual(rotated);
    expect((await post(server.fetch, sealedWithOld)).status).toBe(201);
    expect((await post(server.fetch, await sealedRequest(rotated))).status).toBe(201);
    key = rotated;
  });

  it('opens a stored request only through the staff seam, with the private key', async () => {
    const request = await sealedRequest(key);
    const { reference } = await (await post(server.fetch, request)).json();
    const account = await staffAccount(server.sql, { role: 'staff', organization_id: 'tenants-association' });
    const member = { account_id: account.id, email: account.email, role: 'staff' as const, organization_id: 'tenants-association' };
    const opened = await openRequestForStaff({ sql: server.sql, now: () => new Date(), privateKeyOf: privateKeys(server.requestKeys) }, member, request.id);
    expect(opened).toMatchObject({ service_id: 'eviction-support', reference, details: sampleDetails });
  });
});

describe('input the server does not accept', () => {
  // An app of its own, so that these requests do not use up the allowance the tests above count on.
  let app: ReturnType<typeof createApp>;
  beforeAll(() => {
    app = createApp({ sql: server.sql, requestKeys: server.requestKeys, requestRateLimit: { capacity: 1000, perMinute: 1000 } });
  });
  const fetch = ((path: string, init: RequestInit) => app.fetch(new Request(`http://ponte.test${path}`, init))) as typeof globalThis.fetch;
  const DAY = 24 * 60 * 60_000;
  const withCreatedAt = <R extends { body: string }>(request: R, at: string): R => ({ ...request, body: request.body.replace(/"created_at":"[^"]+"/, `"created_at":"${at}"`) });

  it.each([
    ['in year 0000', () => '0000-01-01T00:00:00.000Z'],
    ['in year 9999', () => '9999-12-31T23:59:59.999Z'],
    ['two days ahead', () => new Date(Date.now() + 2 * DAY).toISOString()],
    ['over a year ago', () => new Date(Date.now() - 400 * DAY).toISOString()],
  ])('refuses a new request created %s, naming the device\'s clock, and stores nothing', async (_when, at) => {
    const request = await sealedRequest(key);
    const res = await post(fetch, withCreatedAt(request, at()));
    expect(res.status).toBe(400);
    const error = (await res.json()).error;
    expect(error.code).toBe('invalid_created_at');
    expect(error.message).toMatch(/check the device's date/);
    expect(await rows(request.id)).toBe(0);
  });

  it('takes a request that waited weeks offline, and stores its own receipt time, not the device\'s', async () => {
    const request = await sealedRequest(key);
    const createdAt = new Date(Date.now() - 45 * DAY).toISOString();
    const before = Date.now();
    const res = await post(fetch, withCreatedAt(request, createdAt));
    expect(res.status).toBe(201);
    const receipt = await res.json();
    expect(Date.parse(receipt.received_at)).toBeGreaterThanOrEqual(before - 1000); // the database's clock, to the second
    const [stored] = await server.sql.query<{ received_at: Date | string }>('SELECT received_at FROM contact_request WHERE id = $1', [request.id]);
    expect(new Date(stored.received_at).toISOString()).toBe(receipt.received_at);
  });

  it('answers a replay with its first answer even once its created_at has grown too old for a new request', async () => {
    // An app of its own: its rate limiter sees the clock move forward, then back.
    const own = createApp({ sql: server.sql, requestKeys: server.requestKeys });
    const fetch = ((path: string, init: RequestInit) => own.fetch(new Request(`http://ponte.test${path}`, init))) as typeof globalThis.fetch;
    const request = withCreatedAt(await sealedRequest(key), new Date(Date.now() - 300 * DAY).toISOString());
    const first = await post(fetch, request);
    expect(first.status).toBe(201);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 100 * DAY);
      const replay = await post(fetch, request);
      expect([replay.status, await replay.json()]).toEqual([201, await first.json()]);
      const sameTimeNew = await post(fetch, withCreatedAt(await sealedRequest(key), JSON.parse(request.body).created_at));
      expect((await errorOf(sameTimeNew)).code).toBe('invalid_created_at');
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    ['a right-to-left override', 'Amina\u202e44 33 22 116'],
    ['a control character', 'Amina\u0000Haddad'],
  ])('refuses a name with %s as a field to correct', async (_what, name) => {
    const request = await sealedRequest(key, { details: { name } });
    const res = await post(fetch, request);
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({ code: 'invalid_details', fields: { name: 'hidden_characters' } });
    expect(await rows(request.id)).toBe(0);
  });

  it.each(['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])('refuses a body sent as %s (415), saying to send JSON', async (type) => {
    const request = await sealedRequest(key);
    const res = await post(fetch, request, { 'Content-Type': type });
    expect(res.status).toBe(415);
    const error = await errorOf(res);
    expect(error.code).toBe('unsupported_media_type');
    expect((error as unknown as { message: string }).message).toMatch(/Content-Type: application\/json/);
    expect(await rows(request.id)).toBe(0);
  });

  it('takes JSON with a charset', async () => {
    expect((await post(fetch, await sealedRequest(key), { 'Content-Type': 'application/json; charset=utf-8' })).status).toBe(201);
  });
});
