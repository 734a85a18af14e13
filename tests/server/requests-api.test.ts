import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app';
import { openRequestForStaff } from '../../src/server/contact-requests';
import { privateKeys, rotateRequestKey } from '../../src/server/request-keys';
import { post, sampleDetails, sealedRequest } from '../helpers/contact-requests';
import { testServer } from '../helpers/server';

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
    const app = createApp({ sql: server.sql, requestRateLimit: { capacity: 2, perMinute: 1 } });
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
    const rotated = await rotateRequestKey(server.sql);
    const manifest = await (await server.fetch('/api/v1/directory/manifest')).json();
    expect(manifest.request_key).toEqual(rotated);
    expect((await post(server.fetch, sealedWithOld)).status).toBe(201);
    expect((await post(server.fetch, await sealedRequest(rotated))).status).toBe(201);
    key = rotated;
  });

  it('opens a stored request only through the staff seam, with the private key', async () => {
    const request = await sealedRequest(key);
    const { reference } = await (await post(server.fetch, request)).json();
    const opened = await openRequestForStaff(server.sql, privateKeys(server.sql), request.id);
    expect(opened).toEqual({ service_id: 'eviction-support', reference, details: sampleDetails });
  });
});
