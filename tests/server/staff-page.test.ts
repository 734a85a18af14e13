// The staff pages' own HTML (src/staff.html) for every address under /staff: never the public
// app's shell, never kept by a cache, with the headers every page has.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app';
import { StaticFiles } from '../../src/server/static-files';
import { testServer } from '../helpers/server';

const SHELL = '<!doctype html><title>Ponte</title>';
const STAFF = '<!doctype html><title>Ponte · Staff</title>';
let server: Awaited<ReturnType<typeof testServer>>;
let built: string;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  server = await testServer();
  built = await mkdtemp(join(tmpdir(), 'ponte-dist-'));
  await writeFile(join(built, 'index.html'), SHELL);
  await writeFile(join(built, 'staff.html'), STAFF);
  app = createApp({ sql: server.sql, requestKeys: server.requestKeys, files: await StaticFiles.load(built) });
});
afterAll(async () => {
  await server.close();
  await rm(built, { recursive: true, force: true });
});

const ask = (path: string, headers: Record<string, string> = {}) => app.fetch(new Request(`http://ponte.test${path}`, { headers }));

describe('addresses under /staff', () => {
  it.each(['/staff', '/staff/', '/staff/sign-in', '/staff/invitation', '/staff/team', '/staff/audit', '/staff/figures', '/staff/reports', '/staff/requests/0b7c1f0e'])(
    '%s answers the staff page, never kept by a cache',
    async (path) => {
      const res = await ask(path, { 'Accept-Encoding': 'gzip' });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(STAFF);
      expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
      expect(res.headers.get('Cache-Control')).toBe('no-store');
      expect(res.headers.get('ETag')).toBeNull();
      // The headers every page has.
      expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
      expect(res.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    },
  );

  it('an address that is no staff page gets the staff page with a 404 (it says so), not the public app', async () => {
    const res = await ask('/staff/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.text()).toBe(STAFF);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });

  it("a revalidation with the file's own tag gets the page again, not 304: nothing was kept", async () => {
    const files = await StaticFiles.load(built);
    const tag = (await files.respond('/staff.html', new Request('http://ponte.test/staff.html')))!.headers.get('ETag')!;
    const again = await ask('/staff', { 'If-None-Match': tag });
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(STAFF);
  });

  it('the file itself, asked for by name, is not kept either', async () => {
    expect((await ask('/staff.html')).headers.get('Cache-Control')).toBe('no-store');
  });

  it('addresses that only begin like it stay the public app', async () => {
    const res = await ask('/staffing');
    expect(await res.text()).toBe(SHELL);
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
  });
});
