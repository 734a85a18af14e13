// What every answer says about itself: security headers, caching of private answers, 405 for a
// wrong method, and 404 for a page of something the directory does not list.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoDirectory } from '../../src/server/hsds/demo-package';
import { createApp } from '../../src/server/app';
import { readConfig } from '../../src/server/config';
import { publishDirectory } from '../../src/server/directory-store';
import { StaticFiles } from '../../src/server/static-files';
import { post, sealedRequest } from '../helpers/contact-requests';
import { testServer } from '../helpers/server';

const demoDirectory = await loadDemoDirectory();

const SHELL = '<!doctype html><title>Ponte</title>';
let server: Awaited<ReturnType<typeof testServer>>;
let built: string;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  server = await testServer();
  built = await mkdtemp(join(tmpdir(), 'ponte-dist-'));
  await writeFile(join(built, 'index.html'), SHELL);
  app = createApp({ sql: server.sql, requestKeys: server.requestKeys, files: await StaticFiles.load(built) });
});
afterAll(async () => {
  await server.close();
  await rm(built, { recursive: true, force: true });
});

const ask = (path: string, init?: RequestInit, on = app) => on.fetch(new Request(`http://ponte.test${path}`, init));

describe('headers on every answer', () => {
  it.each([
    ['a page', '/', undefined],
    ['an API answer', '/api/v1/directory/manifest', undefined],
    ['an API error', '/api/v1/nothing-here', undefined],
    ['a refused method', '/', { method: 'POST' }],
  ])('%s keeps devices, other sites and windows out', async (_what, path, init) => {
    const res = await ask(path, init);
    expect(res.headers.get('Permissions-Policy')).toMatch(/(^|, )camera=\(\)/);
    expect(res.headers.get('Permissions-Policy')).toMatch(/(^|, )microphone=\(\)/);
    // "Near me" asks for the position, from Ponte's own pages only.
    expect(res.headers.get('Permissions-Policy')).toMatch(/(^|, )geolocation=\(self\)/);
    expect(res.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
  });

  it('tell browsers to keep to https only when the site is served over it (HTTPS=1)', async () => {
    expect((await ask('/')).headers.get('Strict-Transport-Security')).toBeNull();
    const overTls = createApp({ sql: server.sql, https: readConfig({ HTTPS: '1', PUBLIC_URL: 'https://ponte.example.org' }).https });
    expect((await ask('/', undefined, overTls)).headers.get('Strict-Transport-Security')).toBe('max-age=31536000');
    expect(readConfig({}).https).toBe(false);
    expect(() => readConfig({ HTTPS: 'yes please' })).toThrow(/HTTPS must be 1 \(yes\) or 0 \(no\)/);
    // Behind TLS, the address people use must be said: passkeys and the staff pages' checks need it.
    expect(() => readConfig({ HTTPS: '1' })).toThrow(/With HTTPS=1, set PUBLIC_URL/);
    expect(() => readConfig({ HTTPS: '1', PUBLIC_URL: 'http://ponte.example.org' })).toThrow(/With HTTPS=1, set PUBLIC_URL/);
  });
});

describe('private answers are never stored by a cache', () => {
  it('API errors and request receipts, first and replayed, say no-store', async () => {
    const key = (await (await ask('/api/v1/directory/manifest')).json()).request_key;
    const fetch = ((path: string, init: RequestInit) => ask(path, init)) as typeof globalThis.fetch;
    const request = await sealedRequest(key);
    const receipt = await post(fetch, request);
    const replay = await post(fetch, request);
    const invalid = await post(fetch, await sealedRequest(key, { details: { consent: false } }));
    const notFound = await ask('/api/v1/nothing-here');
    expect([receipt.status, replay.status, invalid.status, notFound.status]).toEqual([201, 201, 400, 404]);
    for (const res of [receipt, replay, invalid, notFound]) expect(res.headers.get('Cache-Control')).toBe('no-store');
    // Directory answers stay cacheable (revalidated by ETag).
    expect((await ask('/api/v1/directory/manifest')).headers.get('Cache-Control')).toBe('no-cache');
  });
});

describe('a wrong method gets 405 with the methods that work', () => {
  it.each([
    ['POST', '/', 'GET, HEAD'],
    ['DELETE', '/service/eviction-support', 'GET, HEAD'],
    ['PUT', '/index.html', 'GET, HEAD'],
    ['GET', '/api/v1/requests', 'POST'],
    ['PUT', '/api/v1/directory', 'GET, HEAD'],
    ['POST', '/api/v1/directory/manifest', 'GET, HEAD'],
    ['DELETE', '/api/v1/kiosk/staff-code', 'POST'],
  ])('%s %s', async (method, path, allow) => {
    const res = await ask(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe(allow);
    expect(await res.text()).toContain(allow);
  });

  it('while an API path that does not exist stays 404, whatever the method', async () => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      const res = await ask('/api/v1/requestz', { method });
      expect(res.status).toBe(404);
      expect(res.headers.get('Allow')).toBeNull();
    }
  });

  it('and HEAD works wherever GET does', async () => {
    expect((await ask('/api/v1/directory/manifest', { method: 'HEAD' })).status).toBe(200);
    expect((await ask('/need/food', { method: 'HEAD' })).status).toBe(200);
  });
});

describe('pages of things the directory does not list', () => {
  const [service] = demoDirectory.services;
  const [rights] = demoDirectory.rights;

  it.each([
    ['/', 200],
    ['/search', 200],
    ['/need/food', 200],
    [`/service/${service.id}`, 200],
    [`/service/${service.id}/ask`, 200],
    [`/rights/${rights.id}`, 200],
    ['/need/food/print', 200],
    ['/settings', 200],
    ['/about', 200],
    ['/privacy', 200],
    ['/workshop', 200],
    ['/need/spaceships', 404],
    ['/need/spaceships/print', 404],
    ['/need/food/ask', 404],
    [`/service/${service.id}/print`, 404],
    [`/rights/${rights.id}/ask`, 404],
    ['/service/no-such-service', 404],
    ['/service/no-such-service/ask', 404],
    ['/rights/no-such-right', 404],
    [`/rights/${service.id}`, 404],
    ['/somewhere-else', 404],
  ])('%s answers %i, with the app shell either way', async (path, status) => {
    const res = await ask(path);
    expect(res.status).toBe(status);
    expect(await res.text()).toBe(SHELL);
  });

  it('a service removed in a new version answers 404 from then on', async () => {
    expect((await ask(`/service/${service.id}`)).status).toBe(200);
    await publishDirectory(server.sql, { ...demoDirectory, services: demoDirectory.services.slice(1), rights: demoDirectory.rights.map((r) => ({ ...r, service_ids: r.service_ids.filter((id) => id !== service.id) })) }, 'remove one');
    expect((await ask(`/service/${service.id}`)).status).toBe(404);
    expect((await ask(`/service/${demoDirectory.services[1].id}`)).status).toBe(200);
  });
});
