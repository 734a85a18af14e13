// Per-client limits as a client meets them: junk from an address does not lock out the people
// sharing it, and behind a trusted reverse proxy each client has its own allowance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AppOptions } from '../../src/server/app';
import { TrustedProxies } from '../../src/server/client-address';
import { post, sealedRequest } from '../helpers/contact-requests';
import { testServer } from '../helpers/server';

let server: Awaited<ReturnType<typeof testServer>>;
let key: { id: string; public_key: string };
beforeAll(async () => {
  server = await testServer();
  key = (await (await server.fetch('/api/v1/directory/manifest')).json()).request_key;
});
afterAll(() => server.close());

/** A fetch into the app as @hono/node-server calls it: from a peer at `peer`. */
function appFrom(options: Omit<AppOptions, 'sql'>) {
  const app = createApp({ sql: server.sql, requestKeys: server.requestKeys, ...options });
  return (peer: string, extraHeaders: Record<string, string> = {}) =>
    (async (path: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      for (const [name, value] of Object.entries(extraHeaders)) headers.set(name, value);
      return app.fetch(new Request(`http://ponte.test${path}`, { ...init, headers }), { incoming: { socket: { remoteAddress: peer } } });
    }) as typeof globalThis.fetch;
}
const wrongCode = (fetch: typeof globalThis.fetch) =>
  fetch('/api/v1/kiosk/staff-code', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: 'not-the-code' }) });

// Limits below use a steady rate of 0.001 a minute: nothing refills while a test runs, however slow the machine.
describe('junk requests', () => {
  it('70 requests with a broken seal from one address do not lock out a genuine one from it', async () => {
    const from = appFrom({})('192.0.2.10'); // the default allowance: a burst of 60
    const request = await sealedRequest(key);
    const broken = { ...request, body: request.body.replace(/"ct":"(.{8})/, '"ct":"AAAAAAAA') };
    for (let n = 0; n < 70; n++) expect((await post(from, broken)).status).toBe(400);
    expect((await post(from, request)).status).toBe(201);
  });

  it('still cost the address its allowance past a bound, so a flood cannot open seals without end', async () => {
    const from = appFrom({ requestRateLimit: { capacity: 2, perMinute: 0.001 } })('192.0.2.11');
    const request = await sealedRequest(key, { details: { consent: false } });
    const statuses = [];
    for (let n = 0; n < 13; n++) statuses.push((await post(from, request)).status);
    expect(statuses).toEqual([...Array(12).fill(400), 429]);
  });

  it('other bodies sent again and again under one stored request\'s key are limited too', async () => {
    const from = appFrom({ requestRateLimit: { capacity: 2, perMinute: 0.001 } })('192.0.2.12');
    const stored = await sealedRequest(key);
    expect((await post(from, stored)).status).toBe(201);
    // Each costs a seal opening (it is opened while the key is looked up): they count as refused.
    for (let n = 0; n < 12; n++) expect((await post(from, { ...(await sealedRequest(key)), id: stored.id })).status).toBe(409);
    expect((await post(from, await sealedRequest(key))).status).toBe(429);
    // The stored request's own replay is always answered.
    expect((await post(from, stored)).status).toBe(201);
  });
});

describe('behind a reverse proxy', () => {
  const proxy = '127.0.0.1';
  const secondRequestIs = async (fetchFor: (client: string) => typeof globalThis.fetch) => {
    expect((await post(fetchFor('198.51.100.1'), await sealedRequest(key))).status).toBe(201);
    return (await post(fetchFor('198.51.100.2'), await sealedRequest(key))).status;
  };

  it('gives each client its own allowance when the proxy is trusted', async () => {
    const app = appFrom({ requestRateLimit: { capacity: 1, perMinute: 0.001 }, trustedProxies: TrustedProxies.parse('loopback') });
    // The client's own X-Forwarded-For is kept by the proxy, which appends the address it saw.
    expect(await secondRequestIs((client) => app(proxy, { 'X-Forwarded-For': `203.0.113.99, ${client}` }))).toBe(201);
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const app = appFrom({ requestRateLimit: { capacity: 1, perMinute: 0.001 }, trustedProxies: TrustedProxies.parse('10.0.0.1') });
    expect(await secondRequestIs((client) => app('192.0.2.20', { 'X-Forwarded-For': client }))).toBe(429);
    const untrusting = appFrom({ requestRateLimit: { capacity: 1, perMinute: 0.001 } });
    expect(await secondRequestIs((client) => untrusting(proxy, { 'X-Forwarded-For': client }))).toBe(429);
  });

  it('counts kiosk code guesses by the same client address', async () => {
    const app = appFrom({ kioskExitCode: '246813', trustedProxies: TrustedProxies.parse('10.0.0.0/8') });
    const viaProxy = (client: string) => app('10.0.0.7', { 'X-Forwarded-For': `${client}, 10.0.0.8` });
    for (let n = 0; n < 5; n++) expect((await wrongCode(viaProxy('198.51.100.5'))).status).toBe(403);
    expect((await wrongCode(viaProxy('198.51.100.5'))).status).toBe(429);
    expect((await wrongCode(viaProxy('198.51.100.6'))).status).toBe(403);
    // A client naming itself in the header gets nothing: the hop the proxy wrote decides.
    expect((await wrongCode(viaProxy('198.51.100.6, 198.51.100.5'))).status).toBe(429);
  });

  it('counts an IPv6 client by its /64 network', async () => {
    const app = appFrom({ kioskExitCode: '246813' });
    for (let n = 1; n <= 5; n++) expect((await wrongCode(app(`2001:db8:7:7::${n}`))).status).toBe(403);
    expect((await wrongCode(app('2001:db8:7:7:abcd::1'))).status).toBe(429);
    expect((await wrongCode(app('2001:db8:7:8::1'))).status).toBe(403);
  });
});
