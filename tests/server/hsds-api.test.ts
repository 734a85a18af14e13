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
type Page = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: { id: string; name?: string; organization_id?: string; last_modified?: string }[] };

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
      ['postcode=28001', 'Unknown parameter "postcode". It takes only "page", "per_page", "format", "search", "taxonomy_term_id", "taxonomy_id", "organization_id", "full", "minimal", "modified_after".'],
      ['minimal=true&full=true', '"minimal" (just ids and dates) and "full" (everything nested) ask for opposite answers: give one of them.'],
      ['minimal=true&per_page=50001', '"per_page" must be a whole number from 1 to 50000, not "50001".'],
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
  it('lets a tool that sends its own headers (Authorization, an API key) through the preflight', async () => {
    const preflight = (requestHeaders: string) =>
      server.fetch(`${HSDS_API_PREFIX}/services`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://other.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': requestHeaders },
      });
    const res = await preflight('authorization,x-api-key');
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Headers')).toBe('authorization,x-api-key');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    // Caches keep one preflight answer per header list; no cookies or credentials are ever allowed.
    expect(res.headers.get('Vary')).toBe('Access-Control-Request-Headers');
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull();
    // Something that is not a list of header names is not echoed back.
    const odd = await preflight('x-a, (nope)');
    expect(odd.headers.get('Access-Control-Allow-Headers')).toBe('Accept, Accept-Language, Cache-Control, Content-Type, If-None-Match');
  });

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
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toBe('if-none-match');
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

  it('limits how many answers one address has built, never those already built', async () => {
    const api = hsdsApi({ sql: server.sql, buildLimit: { capacity: 3, perMinute: 1 } });
    const ask = (query: string) => api.request(`/services?per_page=5&${query}`);
    for (const page of [1, 2, 3]) expect((await ask(`page=${page}`)).status).toBe(200);
    const refused = await ask('page=4');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/Pages already asked for are answered at once/);
    // A page already built costs nothing: a tool paging again, or syncing, is never refused.
    expect((await ask('page=2')).status).toBe(200);
  });

  it('says which version of HSDS and of the directory it serves, with or without the last slash', async () => {
    const about = await json('');
    expect(about).toMatchObject({
      version: '3.0',
      profile: expect.stringMatching(/^https:\/\//),
      openapi_url: expect.stringMatching(/^https:\/\//),
      directory_version: expect.any(Number),
    });
    expect(await json('/')).toEqual(about);
    expect((await server.fetch(`${HSDS_API_PREFIX}/`, { method: 'POST' })).status).toBe(405);
  });
});

describe('HSDS API for tools that sync (last_modified, modified_after, minimal)', () => {
  type Minimal = { id: string; last_modified: string };
  /** Publishes `change` of the current directory, dated `at` (a fixed date: no test waits for the clock). */
  const publishAt = async (at: string, change: (d: Directory) => void) => {
    const next = await readDirectory(server.sql);
    change(next);
    const { version } = await publishDirectory(server.sql, next, 'sync test');
    await server.sql.query('UPDATE directory_version SET published_at = $1 WHERE version = $2', [at, version]);
  };
  const idsAfter = async (when: string) => ((await json(`/services?per_page=500&modified_after=${when}`)) as Page).contents.map((s) => s.id).sort();

  it('dates every service by the version that last changed it, and lists only what changed since', async () => {
    const untouched = dir.services[1]!;
    // Before any change: each service carries the publication date of its own version.
    const [stored] = await server.sql.query<{ published_at: Date | string }>(
      `SELECT v.published_at FROM directory_item i JOIN directory_version v ON v.version = i.version WHERE i.collection = 'services' AND i.id = $1`,
      [untouched.id],
    );
    const untouchedDate = new Date(stored!.published_at).toISOString();
    expect((await json(`/services/${untouched.id}`)).last_modified).toBe(untouchedDate);

    const renamed = dir.services[5]!;
    await publishAt('2030-01-02T03:04:05.678Z', (d) => {
      d.services.find((s) => s.id === renamed.id)!.texts[CITY_LANGUAGE]!.name = 'Renamed for the sync test';
    });
    const renamedId = hsdsId('service', renamed.id);
    expect((await json(`/services/${renamed.id}`)).last_modified).toBe('2030-01-02T03:04:05.678Z');
    expect((await json(`/services/${untouched.id}`)).last_modified).toBe(untouchedDate);
    const listed = ((await json('/services?per_page=500')) as Page).contents;
    expect(listed.find((s) => s.id === renamedId)?.last_modified).toBe('2030-01-02T03:04:05.678Z');

    // "On or after", as the standard has it; a date alone is its start (UTC); an offset counts.
    expect(await idsAfter('2030-01-02T03:04:05.678Z')).toEqual([renamedId]);
    expect(await idsAfter('2030-01-02T03:04:05.679Z')).toEqual([]);
    expect(await idsAfter('2030-01-02')).toEqual([renamedId]);
    expect(await idsAfter(encodeURIComponent('2030-01-02T04:04:05.678+01:00'))).toEqual([renamedId]);
    expect(await idsAfter('2030-01-02T04:04:05.679+01:00')).toEqual([]); // an unencoded '+' (a space) is still an offset
    expect(await idsAfter('2030-01-03')).toEqual([]);
    expect((await idsAfter('2000-01-01')).length).toBe(dir.services.length);
    // With another filter, both apply: one organisation's changes, not all its services.
    const ofItsOrganization = `/services?per_page=500&organization_id=${renamed.organization_id}`;
    expect(((await json(`${ofItsOrganization}&modified_after=2030-01-02`)) as Page).contents.map((s) => s.id)).toEqual([renamedId]);
    expect(((await json(`${ofItsOrganization}&modified_after=2030-01-03`)) as Page).contents).toEqual([]);
  });

  it('counts a change of the organization as a change of its services', async () => {
    const org = dir.organizations[0]!;
    await publishAt('2031-06-07T08:09:10.000Z', (d) => {
      d.organizations.find((o) => o.id === org.id)!.email = 'new-address@example.org';
    });
    const ofOrg = dir.services.filter((s) => s.organization_id === org.id).map((s) => hsdsId('service', s.id));
    expect(await idsAfter('2031-06-07T08:09:10Z')).toEqual(ofOrg.sort());
    // Inside their organization too.
    const nested = (await json(`/organizations/${org.id}`)).services as Minimal[];
    expect(nested.map((s) => s.last_modified)).toEqual(ofOrg.map(() => '2031-06-07T08:09:10.000Z'));
  });

  it('answers minimal=true with every service in one page, each just its id and last_modified', async () => {
    const all = (await json('/services?minimal=true')) as Page;
    expect(all).toMatchObject({ total_items: dir.services.length, total_pages: 1, size: dir.services.length });
    for (const item of all.contents) expect(Object.keys(item)).toEqual(['id', 'last_modified']);
    const { last_modified, id } = (await json(`/services/${dir.services[1]!.id}`)) as Minimal;
    expect(all.contents).toContainEqual({ id, last_modified });
    // With a filter: what a tool fetches after its last sync.
    expect(((await json('/services?minimal=true&modified_after=2031-06-07T08:09:10Z')) as Page).total_items).toBe(
      dir.services.filter((s) => s.organization_id === dir.organizations[0]!.id).length,
    );
  });

  it('refuses a modified_after it cannot read, saying the format to use', async () => {
    for (const value of ['yesterday', '2026-02-30', '2026-03-15T10:30:00', '2026-13-01', '15/03/2026', '2026-03-15T25:00:00Z']) {
      const res = await get(`/services?modified_after=${encodeURIComponent(value)}`);
      expect(res.status, value).toBe(400);
      expect(await errorOf(res), value).toEqual({
        code: 'invalid_parameter',
        message: `"modified_after" must be a date-time such as 2026-03-15T10:30:00Z (or with an offset: 2026-03-15T11:30:00+01:00) or a date such as 2026-03-15 (from its start, in UTC), not ${JSON.stringify(value)}.`,
      });
    }
  });
});
