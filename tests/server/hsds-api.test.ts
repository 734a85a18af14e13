// The read-only HSDS 3.0 API under /api/hsds, on the test server with the demo directory
// published: lists and pages, filters, one record by its HSDS or Ponte id, CORS, caching.
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Directory } from '../../src/shared/directory';
import { CITY_LANGUAGE } from '../../src/shared/localized';
import { publishDirectory, readDirectory } from '../../src/server/directory-store';
import { HSDS_API_PREFIX, hsdsApi } from '../../src/server/hsds/api';
import { hsdsId } from '../../src/server/hsds/ids';
import { needTermId } from '../../src/server/hsds/needs-taxonomy';
import { testServer } from '../helpers/server';

let server: Awaited<ReturnType<typeof testServer>>;
let dir: Directory;
beforeAll(async () => {
  server = await testServer();
  dir = await readDirectory(server.sql);
});
afterAll(() => server.close());

const get = (path: string, headers: Record<string, string> = {}) => server.fetch(`${HSDS_API_PREFIX}${path}`, { headers });
const json = async (path: string) => {
  const res = await get(path);
  expect(res.status, path).toBe(200);
  return res.json();
};
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
type Page = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: { id: string; name?: string; organization_id?: string }[] };

describe('HSDS API lists', () => {
  it('pages through every service with the standard page fields', async () => {
    const total = dir.services.length;
    const first: Page = await json('/services?per_page=10');
    expect(first).toMatchObject({ total_items: total, total_pages: Math.ceil(total / 10), page_number: 1, size: 10, first_page: true, last_page: false, empty: false });
    const last: Page = await json(`/services?per_page=10&page=${first.total_pages}`);
    expect(last).toMatchObject({ page_number: first.total_pages, size: total - 10 * (first.total_pages - 1), first_page: false, last_page: true, empty: false });
    // Every service once across the pages.
    const ids = new Set<string>();
    for (let page = 1; page <= first.total_pages; page++) for (const s of ((await json(`/services?per_page=10&page=${page}`)) as Page).contents) ids.add(s.id);
    expect(ids).toEqual(new Set(dir.services.map((s) => hsdsId('service', s.id))));
    // Past the last page: an empty page, not an error.
    expect(await json(`/services?per_page=10&page=${first.total_pages + 1}`)).toMatchObject({ size: 0, empty: true, contents: [] });
    // 50 a page unless asked.
    expect(((await json('/services')) as Page).size).toBe(Math.min(50, total));
  });

  it('refuses a page or page size out of bounds, saying what to send', async () => {
    const cases: [string, string][] = [
      ['page=0', '"page" must be a whole number from 1 (the first page), not "0".'],
      ['page=-1', '"page" must be a whole number from 1 (the first page), not "-1".'],
      ['per_page=0', '"per_page" must be a whole number from 1 to 500, not "0".'],
      ['per_page=10000', '"per_page" must be a whole number from 1 to 500, not "10000".'],
      ['per_page=abc', '"per_page" must be a whole number from 1 to 500, not "abc".'],
      ['full=yes', '"full" must be true or false, not "yes".'],
      ['format=ndjson', '"format" can only be "json" here, not "ndjson".'],
      ['modified_after=2026-01-01', 'Unknown parameter "modified_after". It takes only "page", "per_page", "format", "search", "taxonomy_term_id", "taxonomy_id", "organization_id", "full".'],
      ['page=1&page=2', '"page" is given more than once. Give it once.'],
    ];
    for (const [query, message] of cases) {
      const res = await get(`/services?${query}`);
      expect(res.status, query).toBe(400);
      expect(await errorOf(res), query).toEqual({ code: 'invalid_parameter', message });
    }
    expect(((await json('/services?per_page=500')) as Page).size).toBe(dir.services.length);
  });

  it('filters services by organization, taxonomy term and words', async () => {
    const org = dir.services[0]!.organization_id;
    const ofOrg = dir.services.filter((s) => s.organization_id === org).map((s) => hsdsId('service', s.id));
    const byUuid: Page = await json(`/services?per_page=500&organization_id=${hsdsId('organization', org)}`);
    expect(byUuid.contents.map((s) => s.id).sort()).toEqual(ofOrg.sort());
    // A Ponte id (the one in page addresses) works as well.
    expect(((await json(`/services?per_page=500&organization_id=${org}`)) as Page).total_items).toBe(ofOrg.length);

    const housing = dir.services.filter((s) => s.needs.includes('housing')).map((s) => hsdsId('service', s.id));
    expect(housing.length).toBeGreaterThan(0);
    const byTerm: Page = await json(`/services?per_page=500&taxonomy_term_id=${needTermId('housing')}`);
    expect(byTerm.contents.map((s) => s.id).sort()).toEqual(housing.sort());

    const service = dir.services[3]!;
    const name = service.texts[CITY_LANGUAGE]!.name!;
    // Every word must be there, in any case and with or without accents.
    const words = name.normalize('NFD').replace(/\p{Mn}/gu, '').toUpperCase();
    const found: Page = await json(`/services?per_page=500&search=${encodeURIComponent(words)}`);
    expect(found.contents.map((s) => s.id)).toContain(hsdsId('service', service.id));
    expect(found.contents.every((s) => s.name)).toBe(true);
    expect(await json('/services?search=zzqxj')).toMatchObject({ total_items: 0, total_pages: 0, empty: true, last_page: true });
  });

  it('lists organizations, taxonomies and taxonomy terms', async () => {
    expect(((await json('/organizations?per_page=500')) as Page).total_items).toBe(dir.organizations.length);
    const terms: Page = await json('/taxonomy_terms?per_page=500');
    expect(terms.contents.map((t) => t.id)).toContain(needTermId('housing'));
    const taxonomies: Page = await json('/taxonomies');
    expect(taxonomies.total_items).toBe(1);
    expect(((await json(`/taxonomy_terms?taxonomy_id=${taxonomies.contents[0]!.id}&per_page=500`)) as Page).total_items).toBe(terms.total_items);
  });
});

describe('HSDS API records', () => {
  it('answers a full service by its HSDS id or its Ponte id', async () => {
    const service = dir.services[0]!;
    const byUuid = await json(`/services/${hsdsId('service', service.id)}`);
    expect(byUuid).toMatchObject({ id: hsdsId('service', service.id), name: service.texts[CITY_LANGUAGE]!.name, organization: { id: hsdsId('organization', service.organization_id) } });
    expect(byUuid.phones.map((p: { number: string }) => p.number)).toContain(service.phones[0]!.number);
    expect(await json(`/services/${service.id}`)).toEqual(byUuid);
  });

  it('answers 404 with a sentence for an id it does not know', async () => {
    for (const path of ['/services/no-such-service', '/organizations/00000000-0000-4000-8000-000000000000', '/taxonomy_terms/x', '/taxonomies/x']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect((await errorOf(res)).message).toMatch(/^There is no .+ with the id "/);
    }
    expect((await get('/nothing-here')).status).toBe(404);
  });

  it('answers an organization with its services', async () => {
    const org = dir.organizations[0]!;
    const answer = await json(`/organizations/${org.id}`);
    expect(answer.id).toBe(hsdsId('organization', org.id));
    const expected = dir.services.filter((s) => s.organization_id === org.id).map((s) => hsdsId('service', s.id));
    expect(answer.services.map((s: { id: string }) => s.id).sort()).toEqual(expected.sort());
  });
});

describe('HSDS API for other sites and caches', () => {
  it('lets any site read it (CORS on GET and on a preflight), never with cookies', async () => {
    const res = await get('/services?per_page=1', { Origin: 'https://other.example', Cookie: 'session=abc' });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull();
    expect(res.headers.get('Set-Cookie')).toBeNull();
    const head = await server.fetch(`${HSDS_API_PREFIX}/services`, { method: 'HEAD', headers: { Origin: 'https://other.example' } });
    expect(head.status).toBe(200);
    expect(head.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const preflight = await server.fetch(`${HSDS_API_PREFIX}/services`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://other.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toBe('GET, HEAD, OPTIONS');
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toContain('If-None-Match');
  });

  it('refuses other methods with 405, without opening them to other sites', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const res = await server.fetch(`${HSDS_API_PREFIX}/services`, { method, headers: { Origin: 'https://other.example' } });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
      expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
    }
  });

  it('answers 304 for the ETag it gave, compresses, and changes both with a new published version', async () => {
    const first = await get('/services?per_page=5', { 'Accept-Encoding': 'br' });
    const etag = first.headers.get('ETag')!;
    expect(first.headers.get('Content-Encoding')).toBe('br');
    const before = JSON.parse(brotliDecompressSync(Buffer.from(await first.arrayBuffer())).toString());
    const again = await get('/services?per_page=5', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('Access-Control-Allow-Origin')).toBe('*');

    // The city renames its first service and publishes.
    const changed = structuredClone(dir);
    const renamed = changed.services.find((s) => hsdsId('service', s.id) === before.contents[0].id)!;
    renamed.texts[CITY_LANGUAGE]!.name = 'Albergue renovado';
    await publishDirectory(server.sql, changed, 'rename');
    const after = await get('/services?per_page=5', { 'If-None-Match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('ETag')).not.toBe(etag);
    expect(((await after.json()) as Page).contents[0]!.name).toBe('Albergue renovado');
    expect((await json(`/services/${renamed.id}`)).name).toBe('Albergue renovado');
  });

  it('compresses a bounded number of answers per version, and still answers the others', async () => {
    const api = hsdsApi({ sql: server.sql, compressionsPerVersion: 2 });
    const encodingOf = async (query: string) => {
      const res = await api.request(`/services?per_page=10&${query}`, { headers: { 'Accept-Encoding': 'br' } });
      expect(res.status).toBe(200);
      return res.headers.get('Content-Encoding');
    };
    expect([await encodingOf('page=1'), await encodingOf('page=2')]).toEqual(['br', 'br']);
    // Endless distinct pages and searches cannot make the server compress endlessly.
    expect(await encodingOf('page=3')).toBeNull();
    // What was compressed stays so.
    expect(await encodingOf('page=1')).toBe('br');
  });

  it('says which version of HSDS and of the directory it serves', async () => {
    expect(await json('')).toMatchObject({ version: '3.0', openapi_url: expect.stringMatching(/^https:\/\//), directory_version: expect.any(Number) });
  });
});
