import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoDirectory } from '../../src/server/hsds/demo-package';
import { publishDemoChange } from '../../src/server/admin-api';
import { createApp } from '../../src/server/app';
import { ContentError, publishDirectory } from '../../src/server/directory-store';
import { StaticFiles } from '../../src/server/static-files';
import { testServer } from '../helpers/server';

const demoDirectory = await loadDemoDirectory();

let server: Awaited<ReturnType<typeof testServer>>;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

const get = (path: string, headers: Record<string, string> = {}) => server.fetch(path, { headers });
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

describe('directory API', () => {
  it('publishes a manifest with the version, languages and counts', async () => {
    const res = await get('/api/v1/directory/manifest');
    expect(res.status).toBe(200);
    const manifest = await res.json();
    expect(manifest).toMatchObject({ format: 1, locales: ['ar', 'en', 'es', 'fr', 'pt', 'uk'], counts: { services: 64, organizations: 32 } });
    expect(manifest.version).toBeGreaterThanOrEqual(1);
  });

  it('answers a full snapshot with every service, in the languages asked for', async () => {
    const res = await get('/api/v1/directory?locales=es');
    const body = await res.json();
    expect(body.kind).toBe('snapshot');
    expect(body.upserts.services).toHaveLength(64);
    // A language brings its easy-read version: switching to easy-read needs no download.
    expect(Object.keys(body.upserts.services[0].texts)).toEqual(['es', 'es-x-easy']);
  });

  it('answers 304 when the ETag still matches', async () => {
    const first = await get('/api/v1/directory?locales=en,es');
    const etag = first.headers.get('ETag')!;
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
    const again = await get('/api/v1/directory?locales=en,es', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    // A cache between device and server keeps compressed and plain answers apart, 304 or not.
    expect(again.headers.get('Vary')).toBe('Accept-Encoding');
    const manifestTag = (await get('/api/v1/directory/manifest')).headers.get('ETag')!;
    expect((await get('/api/v1/directory/manifest', { 'If-None-Match': manifestTag })).status).toBe(304);
  });

  it('compresses with brotli or gzip as the client accepts', async () => {
    const plain = await (await get('/api/v1/directory?locales=en,es', { 'Accept-Encoding': 'identity' })).arrayBuffer();
    const br = await get('/api/v1/directory?locales=en,es', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers.get('Content-Encoding')).toBe('br');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brotliDecompressSync(brBytes).equals(Buffer.from(plain))).toBe(true);
    expect(brBytes.length).toBeLessThan(plain.byteLength / 4);
    const gz = await get('/api/v1/directory?locales=en,es', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).equals(Buffer.from(plain))).toBe(true);
    expect(gz.headers.get('Vary')).toBe('Accept-Encoding');
  });

  it('answers a delta with only what changed since a version, far smaller than the snapshot', async () => {
    const before = (await (await get('/api/v1/directory/manifest')).json()).version;
    await publishDemoChange(server.sql);
    const res = await get(`/api/v1/directory?since=${before}&locales=en,es`);
    const delta = await res.json();
    expect(delta).toMatchObject({ kind: 'delta', since: before, version: before + 1 });
    expect(delta.upserts.services.map((s: { id: string }) => s.id)).toEqual(['food-bank-distribution']);
    expect(delta.upserts.rights).toEqual([]);
    const snapshot = await (await get('/api/v1/directory?locales=en,es')).text();
    expect(JSON.stringify(delta).length).toBeLessThan(snapshot.length / 20);
    // Nothing new since the latest version: an empty delta.
    const empty = await (await get(`/api/v1/directory?since=${before + 1}&locales=en,es`)).json();
    expect(empty.upserts.services).toEqual([]);
  });

  it('carries deletions in deltas', async () => {
    const { version } = await (await get('/api/v1/directory/manifest')).json();
    await publishDirectory(server.sql, { ...demoDirectory, services: demoDirectory.services.filter((s) => s.id !== 'scam-help') });
    const delta = await (await get(`/api/v1/directory?since=${version}`)).json();
    expect(delta.deletions.services).toContain('scam-help');
  });

  it.each([
    ['since=abc', 'invalid_since'],
    ['since=-1', 'invalid_since'],
    ['since=99999', 'unknown_version'],
    ['locales=xx', 'unknown_locale'],
    ['locales=en,<script>', 'unknown_locale'],
    ['locales=', 'unknown_locale'],
    ['foo=bar', 'unknown_parameter'],
    ['since=1&since=x', 'repeated_parameter'],
    ['locales=en&locales=es', 'repeated_parameter'],
  ])('refuses ?%s with a 400 that says what to fix', async (query, code) => {
    const res = await get(`/api/v1/directory?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toContain('application/json');
    const error = await errorOf(res);
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(20);
  });

  it('answers 404 in JSON for an unknown API route', async () => {
    const res = await get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('not_found');
  });

  it('refuses to publish an invalid directory and keeps the current version', async () => {
    const { version } = await (await get('/api/v1/directory/manifest')).json();
    const broken = { ...demoDirectory, services: [{ ...demoDirectory.services[0], organization_id: 'nobody' }, ...demoDirectory.services.slice(1)] };
    await expect(publishDirectory(server.sql, broken)).rejects.toBeInstanceOf(ContentError);
    await expect(publishDirectory(server.sql, { ...demoDirectory, rights: [{ id: 'X' }] })).rejects.toThrow(/rights\.0/);
    expect((await (await get('/api/v1/directory/manifest')).json()).version).toBe(version);
  });
});

describe('serving the app', () => {
  let files: StaticFiles;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ponte-dist-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Ponte</title>' + ' '.repeat(600));
    await writeFile(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    await writeFile(join(dir, 'assets', 'main-abc123.js'), 'console.log(1);'.repeat(100));
    files = await StaticFiles.load(dir);
  });
  const appGet = (path: string, headers: Record<string, string> = {}) =>
    createApp({ sql: server.sql, files }).fetch(new Request(`http://ponte.test${path}`, { headers }));

  it('marks hashed assets immutable and the HTML and service worker no-cache', async () => {
    expect((await appGet('/assets/main-abc123.js')).headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect((await appGet('/sw.js')).headers.get('Cache-Control')).toBe('no-cache');
    expect((await appGet('/')).headers.get('Cache-Control')).toBe('no-cache');
  });
  it('sends a content security policy that allows only the app\'s own code', async () => {
    const csp = (await appGet('/')).headers.get('Content-Security-Policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });
  it('answers deep links with the app shell, unknown pages with the shell and a 404', async () => {
    const deep = await appGet('/service/housing-advice-office');
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<title>Ponte</title>');
    expect((await appGet('/no/such/page')).status).toBe(404);
  });
  it('compresses text assets and revalidates with ETags', async () => {
    const res = await appGet('/assets/main-abc123.js', { 'Accept-Encoding': 'br' });
    expect(res.headers.get('Content-Encoding')).toBe('br');
    const again = await appGet('/assets/main-abc123.js', { 'If-None-Match': res.headers.get('ETag')! });
    expect(again.status).toBe(304);
  });
});

describe('admin route for the command line', () => {
  const adminApp = () => createApp({ sql: server.sql, adminToken: 'secret-token-for-tests' });
  const post = (token?: string) =>
    adminApp().fetch(new Request('http://ponte.test/api/v1/admin/publish-demo-change', {
      method: 'POST',
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    }));

  it('refuses without the token from the data folder', async () => {
    expect((await post()).status).toBe(401);
    expect((await post('wrong-token-wrong-length!')).status).toBe(401);
  });
  it('publishes the demo change with it', async () => {
    const before = (await (await get('/api/v1/directory/manifest')).json()).version;
    const res = await post('secret-token-for-tests');
    expect(res.status).toBe(200);
    expect((await res.json()).version).toBe(before + 1);
  });
  it('does not exist when no token is configured', async () => {
    const res = await createApp({ sql: server.sql }).fetch(new Request('http://ponte.test/api/v1/admin/publish-demo-change', { method: 'POST' }));
    expect(res.status).toBe(404);
  });
});
