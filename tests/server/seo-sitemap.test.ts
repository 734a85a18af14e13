// sitemap.xml and robots.txt: every page in every language, dated from the directory's versions,
// built once per version and revalidated with its ETag.
import { brotliDecompressSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishDemoChange } from '../../src/server/admin-api';
import type { Sql } from '../../src/server/database';
import { DEMO_CHANGE_SERVICE } from '../../src/server/demo-change';
import { robotsTxt } from '../../src/server/pages/robots';
import { seoRoutes } from '../../src/server/pages/seo-routes';
import { FIXED_PAGES, sitemapEntries, sitemapXml } from '../../src/server/pages/sitemap';
import { NEED_IDS } from '../../src/shared/needs';
import { INTERFACE_LANGUAGES, matchRoute } from '../../src/shared/routes';
import { testServer } from '../helpers/server';

// An HTML and XML parser, as a browser and a crawler read the output. jsdom has no type
// declarations in this project: loaded by a name TypeScript does not resolve, typed by hand.
const JSDOM_MODULE = 'jsdom';
const { JSDOM } = (await import(JSDOM_MODULE)) as { JSDOM: new (text: string, options?: { contentType?: string }) => { window: Window } };

const PUBLIC = 'https://ponte.example.org';

let server: Awaited<ReturnType<typeof testServer>>;
let app: Hono;
beforeAll(async () => {
  server = await testServer();
  // Every version published long ago: a publish in this test is then certainly later, whatever
  // the clock and however fast the machine.
  await server.sql.query("UPDATE directory_version SET published_at = '2020-01-01T00:00:00Z'");
  app = new Hono().route('/', seoRoutes(server.sql, { publicUrl: `${PUBLIC}/ignored/path` }));
});
afterAll(() => server.close());

const get = (path: string, headers: Record<string, string> = {}, on = app) => on.fetch(new Request(`http://ponte.test${path}`, { headers }));

interface Url {
  loc: string;
  lastmod: string | null;
  alternates: [string, string][];
}

/** The sitemap as an XML parser reads it (a malformed document throws). */
function parse(text: string): Url[] {
  const doc = new JSDOM(text, { contentType: 'application/xml' }).window.document;
  expect(doc.documentElement.localName).toBe('urlset');
  expect(doc.documentElement.namespaceURI).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  return [...doc.getElementsByTagName('url')].map((url) => ({
    loc: url.getElementsByTagName('loc')[0]!.textContent!,
    lastmod: url.getElementsByTagName('lastmod')[0]?.textContent ?? null,
    alternates: [...url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!]),
  }));
}

const publishedIds = async (collection: string) =>
  (await server.sql.query<{ id: string }>('SELECT id FROM directory_item WHERE collection = $1 AND doc IS NOT NULL', [collection])).map((r) => r.id);

describe('the fixed pages', () => {
  it('are every listed screen without a parameter, and every need', () => {
    expect(FIXED_PAGES).toEqual(expect.arrayContaining(['/', '/about', '/privacy', ...NEED_IDS.map((n) => `/need/${n}`)]));
    for (const page of FIXED_PAGES) expect(matchRoute(page)?.route.listed, page).toBe(true);
    expect(FIXED_PAGES).not.toContain('/search');
  });
});

describe('sitemap.xml', () => {
  it('lists every published service, rights card and fixed page in every language, standard and easy read', async () => {
    const res = await get('/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/xml; charset=utf-8');
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    const text = await res.text();
    const urls = parse(text);
    const locs = new Set(urls.map((u) => u.loc));

    const services = await publishedIds('services');
    const cards = await publishedIds('rights');
    expect(services).toHaveLength(64);
    expect(cards).toHaveLength(22);
    const pages = [...FIXED_PAGES, ...services.map((id) => `/service/${id}`), ...cards.map((id) => `/rights/${id}`)];
    for (const page of pages) {
      for (const lang of INTERFACE_LANGUAGES) {
        const standard = page === '/' ? `/${lang}` : `/${lang}${page}`;
        const easy = page === '/' ? `/${lang}/easy` : `/${lang}/easy${page}`;
        expect(locs.has(PUBLIC + standard), standard).toBe(true);
        expect(locs.has(PUBLIC + easy), easy).toBe(true);
      }
    }
    // Nothing else, and nothing twice.
    expect(urls).toHaveLength(pages.length * INTERFACE_LANGUAGES.length * 2);
    expect(locs.size).toBe(urls.length);
    // Far inside the limits of one sitemap file (50,000 addresses, 50 MB).
    expect(urls.length).toBeLessThan(50_000);
    expect(Buffer.byteLength(text)).toBeLessThan(50 * 1024 * 1024);
  });

  it('gives each address its hreflang alternates: the same page in every language, and x-default', async () => {
    const urls = parse(await (await get('/sitemap.xml')).text());
    const shelter = urls.find((u) => u.loc === `${PUBLIC}/fr/service/night-shelter`)!;
    expect(shelter.alternates).toEqual([
      ...INTERFACE_LANGUAGES.map((lang) => [lang, `${PUBLIC}/${lang}/service/night-shelter`]),
      ['x-default', `${PUBLIC}/service/night-shelter`],
    ]);
    const easyHome = urls.find((u) => u.loc === `${PUBLIC}/ar/easy`)!;
    expect(easyHome.alternates).toContainEqual(['es', `${PUBLIC}/es/easy`]);
    expect(easyHome.alternates).toContainEqual(['x-default', `${PUBLIC}/`]);
    // Every address is among its own alternates (search engines ask for the return link).
    for (const url of urls) expect(url.alternates.map(([, href]) => href)).toContain(url.loc);
  });

  it('dates every page from the directory', async () => {
    const urls = parse(await (await get('/sitemap.xml')).text());
    for (const url of urls) expect(url.lastmod, url.loc).toBe('2020-01-01T00:00:00.000Z');
  });

  it('answers 304 to a crawler that has the current sitemap, and compresses', async () => {
    const first = await get('/sitemap.xml', { 'Accept-Encoding': 'identity' });
    const etag = first.headers.get('ETag')!;
    const version = (await server.sql.query<{ v: number }>('SELECT max(version) AS v FROM directory_version'))[0]!.v;
    expect(etag).toMatch(new RegExp(`^"sitemap-${version}-`));
    const again = await get('/sitemap.xml', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('ETag')).toBe(etag);
    expect((await get('/sitemap.xml', { 'If-None-Match': `W/${etag}` })).status).toBe(304);
    expect((await get('/sitemap.xml', { 'If-None-Match': '"sitemap-0-x"' })).status).toBe(200);

    const br = await get('/sitemap.xml', { 'Accept-Encoding': 'gzip, br' });
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(br.headers.get('Vary')).toBe('Accept-Encoding');
    const bytes = Buffer.from(await br.arrayBuffer());
    expect(brotliDecompressSync(bytes).toString()).toBe(await first.text());
  });

  it('moves a changed service to a new date after a publish, and a new ETag; the rest keep theirs', async () => {
    const before = new Map((await sitemapEntries(server.sql)).map((e) => [e.path, e.lastmod]));
    const oldTag = (await get('/sitemap.xml')).headers.get('ETag')!;
    await publishDemoChange(server.sql);
    const res = await get('/sitemap.xml', { 'If-None-Match': oldTag });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).not.toBe(oldTag);
    const after = new Map(parse(await res.text()).filter((u) => /^\/en(\/|$)/.test(u.loc.slice(PUBLIC.length)) && !u.loc.includes('/easy')).map((u) => [u.loc.slice(`${PUBLIC}/en`.length) || '/', u.lastmod]));

    const changed = `/service/${DEMO_CHANGE_SERVICE}`;
    expect(after.get(changed)! > before.get(changed)!).toBe(true);
    const [published] = await server.sql.query<{ published_at: Date | string }>('SELECT published_at FROM directory_version ORDER BY version DESC LIMIT 1');
    expect(after.get(changed)).toBe(new Date(published!.published_at).toISOString());
    // The needs listing it and the cards naming it changed with it; the home page is dated by the version.
    const { needs } = (await server.sql.query<{ needs: string[] }>("SELECT doc->'needs' AS needs FROM directory_item WHERE collection = 'services' AND id = $1", [DEMO_CHANGE_SERVICE]))[0]!;
    for (const need of needs) expect(after.get(`/need/${need}`)).toBe(after.get(changed));
    const cards = await server.sql.query<{ id: string }>("SELECT id FROM directory_item WHERE collection = 'rights' AND doc->'service_ids' ? $1", [DEMO_CHANGE_SERVICE]);
    for (const card of cards) expect(after.get(`/rights/${card.id}`)).toBe(after.get(changed));
    expect(after.get('/')).toBe(after.get(changed));
    // A service it has nothing to do with keeps its date.
    expect(after.get('/service/night-shelter')).toBe(before.get('/service/night-shelter'));
    expect(after.get('/need/digital')).toBe(before.get('/need/digital'));
  });

  it('names the request’s own origin when no public address is set', async () => {
    const local = new Hono().route('/', seoRoutes(server.sql, {}));
    const urls = parse(await (await get('/sitemap.xml', {}, local)).text());
    expect(urls[0]!.loc).toBe('http://ponte.test/ar');
    expect(urls.every((u) => u.loc.startsWith('http://ponte.test/'))).toBe(true);
  });

  it('lists only the fixed pages, undated, before anything is published', async () => {
    const empty: Sql = { query: async () => [], transaction: (fn) => fn(empty), close: async () => {} };
    expect(await sitemapEntries(empty)).toEqual(FIXED_PAGES.map((path) => ({ path })));
    const nothing = new Hono().route('/', seoRoutes(empty, { publicUrl: PUBLIC }));
    const res = await get('/sitemap.xml', {}, nothing);
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toMatch(/^"sitemap-0-/);
    const urls = parse(await res.text());
    expect(urls).toHaveLength(FIXED_PAGES.length * INTERFACE_LANGUAGES.length * 2);
    expect(urls.every((u) => u.lastmod === null)).toBe(true);
  });

  it('escapes what it writes', () => {
    const text = sitemapXml('https://a.example', [{ path: '/search?q=a&b=<c>', lastmod: '2026-01-01' }]);
    expect(text).toContain('<loc>https://a.example/es/search?q=a&amp;b=&lt;c&gt;</loc>');
    expect(parse(text)[0]!.loc).toBe('https://a.example/ar/search?q=a&b=<c>');
  });
});

describe('robots.txt', () => {
  it('allows the public pages, not the APIs or the staff side, and names the sitemap', async () => {
    const res = await get('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    const text = await res.text();
    expect(text).toBe(robotsTxt(PUBLIC));
    const lines = text.split('\n');
    expect(lines).toContain('User-agent: *');
    expect(lines).toContain('Disallow: /api/');
    expect(lines).toContain('Disallow: /staff');
    expect(lines).toContain(`Sitemap: ${PUBLIC}/sitemap.xml`);
    expect(lines.filter((l) => l.startsWith('Disallow:'))).toHaveLength(2);
  });
});
