// Kiosk and quick-exit settings: published to devices in the manifest, checked at start-up;
// the kiosk code stays on the server and resists guessing.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEUTRAL_PAGE } from '../../src/shared/api';
import { createApp } from '../../src/server/app';
import { readConfig } from '../../src/server/config';
import { testServer } from '../helpers/server';

let server: Awaited<ReturnType<typeof testServer>>;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

const exit = (app: ReturnType<typeof createApp>, body: unknown) =>
  app.fetch(new Request('http://ponte.test/api/v1/kiosk/staff-code', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));
const codeOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

describe('kiosk and quick-exit settings', () => {
  it('are in the manifest, without the code itself', async () => {
    const device = { kiosk_idle_seconds: 90, quick_exit_url: 'https://www.example.org/weather' };
    const app = createApp({ sql: server.sql, device, kioskExitCode: '246813' });
    const manifest = await (await app.fetch(new Request('http://ponte.test/api/v1/directory/manifest'))).json();
    expect(manifest.device).toEqual({ ...device, kiosk_exit_code: true, retention_closed_days: 30, retention_max_days: 180 });
    expect(JSON.stringify(manifest)).not.toContain('246813');
  });

  it('default to two minutes and Ponte\'s own neutral page, which works offline', async () => {
    const manifest = await (await server.fetch('/api/v1/directory/manifest')).json();
    expect(manifest.device).toEqual({ kiosk_idle_seconds: 120, kiosk_exit_code: false, quick_exit_url: '/recipe.html', retention_closed_days: 30, retention_max_days: 180 });
  });

  it('the neutral page is a plain page with nothing of Ponte, titled as the history entries that become it', () => {
    const html = readFileSync(`public${NEUTRAL_PAGE.path}`, 'utf8');
    expect(html).toContain(`<title>${NEUTRAL_PAGE.title}</title>`);
    expect(html.replace(/<!--[\s\S]*?-->/g, '')).not.toMatch(/ponte|<script/i);
  });

  it('are checked at start-up, naming the setting to fix', () => {
    expect(readConfig({ KIOSK_IDLE_SECONDS: '300', QUICK_EXIT_URL: 'https://www.example.org/', KIOSK_EXIT_CODE: ' 246813 ' })).toMatchObject({
      device: { kiosk_idle_seconds: 300, quick_exit_url: 'https://www.example.org/' },
      kioskExitCode: '246813',
    });
    expect(() => readConfig({ KIOSK_IDLE_SECONDS: '10' })).toThrow(/KIOSK_IDLE_SECONDS/);
    expect(() => readConfig({ KIOSK_IDLE_SECONDS: 'two minutes' })).toThrow(/KIOSK_IDLE_SECONDS/);
    expect(() => readConfig({ QUICK_EXIT_URL: 'javascript:alert(1)' })).toThrow(/QUICK_EXIT_URL/);
    expect(() => readConfig({ QUICK_EXIT_URL: '//elsewhere.example' })).toThrow(/QUICK_EXIT_URL/);
    expect(() => readConfig({ KIOSK_EXIT_CODE: '12345' })).toThrow(/KIOSK_EXIT_CODE/);
  });
});

describe('POST /api/v1/kiosk/staff-code', () => {
  it('without a code set on the server, says kiosk mode can only be left by clearing the browser', async () => {
    const res = await exit(createApp({ sql: server.sql }), { code: '246813' });
    expect(res.status).toBe(403);
    expect(await codeOf(res)).toBe('kiosk_exit_disabled');
  });

  it('accepts the right code (which never counts), refuses a wrong one and a malformed request, then stops guessing', async () => {
    const app = createApp({ sql: server.sql, kioskExitCode: '246813' });
    expect((await exit(app, { code: '246813' })).status).toBe(204);
    expect((await exit(app, { code: ' 246813 ' })).status).toBe(204);
    // A malformed request is no guess: it does not count.
    for (let i = 0; i < 6; i++) {
      const malformed = await exit(app, { pin: 246813 });
      expect([malformed.status, await codeOf(malformed)]).toEqual([400, 'invalid_code']);
    }
    const wrong = await exit(app, { code: '1111' });
    expect([wrong.status, await codeOf(wrong)]).toEqual([403, 'wrong_code']);
    for (const guess of ['1234', '0000', '9999', '4321']) expect((await exit(app, { code: guess })).status).toBe(403);
    // Five wrong attempts, then one a minute: even the right code waits.
    const limited = await exit(app, { code: '246813' });
    expect([limited.status, await codeOf(limited)]).toEqual([429, 'too_many_attempts']);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
  });

  it('refuses a body that is not JSON (415) or too long for a code (413), before looking at it', async () => {
    const app = createApp({ sql: server.sql, kioskExitCode: '246813' });
    const send = (headers: Record<string, string>, body: BodyInit) =>
      app.fetch(new Request('http://ponte.test/api/v1/kiosk/staff-code', { method: 'POST', headers, body }));
    const form = await send({ 'Content-Type': 'application/x-www-form-urlencoded' }, 'code=246813');
    expect([form.status, await codeOf(form)]).toEqual([415, 'unsupported_media_type']);
    const long = await send({ 'Content-Type': 'application/json' }, JSON.stringify({ code: '246813', padding: 'x'.repeat(2000) }));
    expect([long.status, await codeOf(long)]).toEqual([413, 'too_large']);
    expect((await send({ 'Content-Type': 'Application/JSON; charset=utf-8' }, JSON.stringify({ code: '246813' }))).status).toBe(204);
  });

  it('limits wrong codes from all addresses together: a new address per guess does not help', async () => {
    const app = createApp({ sql: server.sql, kioskExitCode: '246813' });
    // As @hono/node-server passes the socket: each guess from another IPv6 network (addresses in
    // one /64 count as one client).
    const from = (i: number) => ({ incoming: { socket: { remoteAddress: `2001:db8:${i.toString(16)}::1`, remoteFamily: 'IPv6' } } });
    const guess = (i: number, code = `guess-${i}`) =>
      app.fetch(new Request('http://ponte.test/api/v1/kiosk/staff-code', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) }), from(i));
    const statuses = [];
    for (let i = 0; i < 25; i++) statuses.push((await guess(i)).status);
    expect(statuses.filter((s) => s === 403)).toHaveLength(20);
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429]);
  });

  it('one address spending its own tries leaves the others theirs', async () => {
    const app = createApp({ sql: server.sql, kioskExitCode: '246813' });
    const from = (address: string) => ({ incoming: { socket: { remoteAddress: address, remoteFamily: 'IPv4' } } });
    const send = (address: string, code: string) =>
      app.fetch(new Request('http://ponte.test/api/v1/kiosk/staff-code', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) }), from(address));
    const statuses = [];
    for (let i = 0; i < 25; i++) statuses.push((await send('203.0.113.7', `guess-${i}`)).status);
    expect(statuses.filter((s) => s === 403)).toHaveLength(5);
    expect((await send('198.51.100.20', '246813')).status).toBe(204);
  });
});
