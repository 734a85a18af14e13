// The public pages as the server sends them: real HTML, in the address's language (or the
// visitor's), with the head a search engine and a link preview read, the data the app takes the
// page over with, 404 for addresses that lead nowhere, made once per directory version and
// revalidated by ETag. The app's own render runs here from its source (no build needed): the
// built index.html is stood in for by a small one of the same shape.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { publishDemoChange } from '../../src/server/admin-api';
import { DEMO_CHANGE_SERVICE } from '../../src/server/demo-change';
import { publishDirectory } from '../../src/server/directory-store';
import { loadDemoDirectory } from '../../src/server/hsds/demo-package';
import { loadAppRenderer, type AppRenderer } from '../../src/server/pages/app-renderer';
import { StaticFiles } from '../../src/server/static-files';
import type { Directory, Service } from '../../src/shared/directory';
import { SEARCH_MAX_CHARS, type ServedPage } from '../../src/shared/page-data';
import { INTERFACE_LANGUAGES } from '../../src/shared/routes';
import { testServer } from '../helpers/server';

// An HTML parser, as a browser and a crawler read the output. jsdom has no type declarations in
// this project: loaded by a name TypeScript does not resolve, typed by hand.
const JSDOM_MODULE = 'jsdom';
const { JSDOM } = (await import(JSDOM_MODULE)) as { JSDOM: new (text: string) => { window: Window } };

const ORIGIN = 'http://ponte.test';
const NOSCRIPT_IN_SHELL = 'Ponte needs JavaScript to work.';
/** The built index.html's shape: its head (a description and title the pages replace, the
 *  build's script), an empty #app and a <noscript>. */
const SHELL = [
  '<!doctype html>',
  '<html lang="en" dir="ltr">',
  '  <head>',
  '    <meta charset="utf-8" />',
  '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
  '    <meta name="description" content="x" />',
  '    <title>Ponte</title>',
  '    <script type="module" crossorigin src="/assets/index-abc.js"></script>',
  '  </head>',
  '  <body>',
  '    <div id="app"></div>',
  `    <noscript>${NOSCRIPT_IN_SHELL}</noscript>`,
  '  </body>',
  '</html>',
].join('\n');

const demo = await loadDemoDirectory();
const serviceOf = (directory: Directory, id: string) => directory.services.find((s) => s.id === id)!;
const SHELTER = serviceOf(demo, 'night-shelter');

type Strings = Record<string, Record<string, unknown>>;
const LOCALES = resolve(import.meta.dirname, '../../locales');
const stringsOf = (lang: string, ns: 'common' | 'pages'): Strings => JSON.parse(readFileSync(join(LOCALES, lang, `${ns}.json`), 'utf8'));

let distDir: string;
let files: StaticFiles;
beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'ponte-public-pages-'));
  await writeFile(join(distDir, 'index.html'), SHELL);
  files = await StaticFiles.load(distDir);
});
afterAll(() => rm(distDir, { recursive: true, force: true }));

/** A server with the app's renderer, whose renders are counted (renderApp is wrapped). */
async function pagesServer() {
  const renderApp = vi.fn<AppRenderer['renderApp']>();
  const renderer = loadAppRenderer().then((real) => {
    renderApp.mockImplementation((served) => real.renderApp(served));
    return { ...real, renderApp };
  });
  const server = await testServer({ files, renderer });
  return { ...server, renderApp };
}

type Server = Awaited<ReturnType<typeof pagesServer>>;

interface Page {
  res: Response;
  html: string;
  doc: Document;
}

async function page(server: Server, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Page> {
  const res = await server.fetch(path, { headers, method });
  const html = await res.text();
  return { res, html, doc: new JSDOM(html).window.document };
}

const metaContent = (doc: Document, key: string) => doc.querySelector(`meta[name="${key}"], meta[property="${key}"]`)?.getAttribute('content') ?? null;
const canonicalOf = (doc: Document) => doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
const alternatesOf = (doc: Document) => [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
const headingOf = (doc: Document) => doc.querySelector('#app h1')?.textContent?.trim() ?? null;

/** The page's data block, as the app reads it (undefined on a page without one). */
function servedOf(doc: Document): ServedPage | undefined {
  const block = doc.getElementById('ponte-page');
  if (!block) return undefined;
  expect(block.getAttribute('type')).toBe('application/json');
  return JSON.parse(block.textContent!) as ServedPage;
}

const jsonLdOf = (doc: Document) => [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!) as Record<string, unknown>);

/** Every `texts` map in a value (services, organizations, rights cards, however nested). */
function textLanguages(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => textLanguages(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'texts' && inner && typeof inner === 'object') Object.keys(inner).forEach((tag) => found.add(tag));
      else textLanguages(inner, found);
    }
  }
  return found;
}

const currentVersion = async (server: Server) => (await server.sql.query<{ v: number }>('SELECT max(version) AS v FROM directory_version'))[0]!.v;

/** The 404 page: status, the NotFound screen in the language, nothing to index, no alternates. */
function expectNotFound({ res, doc }: Page, lang: string) {
  expect(res.status).toBe(404);
  expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
  expect(doc.documentElement.getAttribute('lang')).toBe(lang);
  const notFound = stringsOf(lang, 'common').notFound as { title: string; text: string };
  expect(headingOf(doc)).toBe(notFound.title);
  expect(doc.querySelector('#app')!.textContent).toContain(notFound.text);
  expect(metaContent(doc, 'robots')).toBe('noindex');
  expect(alternatesOf(doc)).toEqual([]);
  expect(servedOf(doc)?.data.kind).toBe('not-found');
}

/** The app's shell: nothing in #app, no page data, a note in <noscript> instead. */
function expectShell({ res, doc, html }: Page) {
  expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
  expect(doc.getElementById('app')!.innerHTML).toBe('');
  expect(servedOf(doc)).toBeUndefined();
  expect(html).toContain('<script type="module" crossorigin src="/assets/index-abc.js"></script>');
  expect(metaContent(doc, 'robots')).toBe('noindex');
}

/** What the body's <noscript> holds, parsed as a browser without JavaScript reads it (the head
 *  has one of its own: the stylesheet hiding what needs JavaScript). */
function noscriptOf(html: string): Document {
  const inner = /<body[\s\S]*?<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1];
  expect(inner, 'a <noscript> element').toBeDefined();
  return new JSDOM(`<!doctype html><body>${inner}</body>`).window.document;
}

describe('public pages', () => {
  let server: Server;
  beforeAll(async () => {
    server = await pagesServer();
  });
  afterAll(() => server.close());

  const common = (lang: string) => stringsOf(lang, 'common');
  const pages = (lang: string) => stringsOf(lang, 'pages');
  const food = demo.rights.find((r) => r.id === 'right-to-food')!;

  it.each([
    { kind: 'home', path: '/', lang: 'es', heading: () => (common('es').home as { title: string }).title },
    { kind: 'need', path: '/need/housing', lang: 'fr', heading: () => (common('fr').needs as Record<string, string>).housing! },
    { kind: 'service', path: '/service/night-shelter', lang: 'ar', heading: () => SHELTER.texts.ar!.name! },
    { kind: 'rights', path: '/rights/right-to-food', lang: 'pt', heading: () => food.texts.pt!.title! },
    { kind: 'about', path: '/about', lang: 'uk', heading: () => (pages('uk').about as { title: string }).title },
    { kind: 'privacy', path: '/privacy', lang: 'en', heading: () => (pages('en').privacy as { title: string }).title },
  ])('renders the $kind page in its language, with its head and data ($lang, $path)', async ({ kind, path, lang, heading }) => {
    const address = path === '/' ? `/${lang}` : `/${lang}${path}`;
    const { res, doc } = await page(server, address);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('Content-Language')).toBe(lang);
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    const dir = lang === 'ar' ? 'rtl' : 'ltr';
    expect(doc.documentElement.getAttribute('lang')).toBe(lang);
    expect(doc.documentElement.getAttribute('dir')).toBe(dir);

    // The page's own title and heading, replacing the shell's.
    expect(doc.title).toBe(`${heading()} · Ponte`);
    expect(doc.querySelectorAll('title')).toHaveLength(1);
    expect(headingOf(doc)).toBe(heading());
    const description = metaContent(doc, 'description');
    expect(description).toBeTruthy();
    expect(description).not.toBe('x');
    expect(doc.querySelectorAll('meta[name="description"]')).toHaveLength(1);
    expect(metaContent(doc, 'robots')).toBeNull();

    // Canonical, the same page in every language, and x-default: the address without one.
    expect(canonicalOf(doc)).toBe(ORIGIN + address);
    expect(alternatesOf(doc)).toEqual([
      ...INTERFACE_LANGUAGES.map((l) => [l, ORIGIN + (path === '/' ? `/${l}` : `/${l}${path}`)]),
      ['x-default', ORIGIN + path],
    ]);
    expect(metaContent(doc, 'og:title')).toBe(doc.title);
    expect(metaContent(doc, 'og:description')).toBe(description);
    expect(metaContent(doc, 'og:url')).toBe(ORIGIN + address);
    expect(metaContent(doc, 'og:type')).toBe(kind === 'service' || kind === 'rights' ? 'article' : 'website');
    expect(metaContent(doc, 'og:locale')).toMatch(new RegExp(`^${lang}_[A-Z]{2}$`));

    // The data the app takes the page over with.
    const served = servedOf(doc)!;
    expect(served).toMatchObject({ path, prefixed: true, lang, easy: false, version: await currentVersion(server) });
    expect(served.data.kind).toBe(kind);
    // The built app's script is still there to take over.
    expect(doc.querySelector('script[type="module"]')?.getAttribute('src')).toBe('/assets/index-abc.js');
    // Structured data for search engines on a service's page, and no service anywhere else.
    const services = jsonLdOf(doc).filter((j) => j['@type'] === 'GovernmentService' || j['@type'] === 'Service');
    expect(services).toHaveLength(kind === 'service' ? 1 : 0);
  });

  it('names the service in its heading and its JSON-LD, with its phone', async () => {
    const { doc } = await page(server, '/es/service/night-shelter');
    const name = SHELTER.texts.es!.name!;
    expect(doc.querySelector('#app h1')!.textContent).toContain(name);
    const [jsonLd, ...more] = jsonLdOf(doc);
    expect(more).toEqual([]);
    expect(jsonLd!['@context']).toBe('https://schema.org');
    expect(['GovernmentService', 'Service']).toContain(jsonLd!['@type']);
    expect(jsonLd!.name).toBe(name);
    expect(jsonLd!.url).toBe(`${ORIGIN}/es/service/night-shelter`);
    expect(JSON.stringify(jsonLd)).toContain(SHELTER.phones[0]!.number.replaceAll(' ', ''));
    const served = servedOf(doc)!;
    expect(served.data.kind === 'service' && served.data.service.id).toBe('night-shelter');
    // Readable without JavaScript: the phone is a link in the page itself.
    expect(doc.querySelector(`#app a[href="tel:${SHELTER.phones[0]!.number.replaceAll(' ', '')}"]`)).not.toBeNull();
  });

  describe('the language of an address without one', () => {
    it.each([
      ['fr-FR,fr;q=0.9', 'fr'],
      ['de', 'en'],
      ['ar;q=0.5, uk', 'uk'],
      ['', 'en'],
    ])('Accept-Language %j gives %s', async (accept, lang) => {
      const { res, doc } = await page(server, '/service/night-shelter', accept ? { 'Accept-Language': accept } : {});
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Language')).toBe(lang);
      expect(res.headers.get('Vary')).toBe('Accept-Encoding, Accept-Language');
      expect(doc.documentElement.getAttribute('lang')).toBe(lang);
      expect(doc.title).toBe(`${SHELTER.texts[lang]!.name} · Ponte`);
      expect(servedOf(doc)).toMatchObject({ path: '/service/night-shelter', prefixed: false, lang, easy: false });
      // The address is its own canonical, and the x-default of its alternates (a canonical naming
      // another alternate would tell search engines the alternates are not each other's).
      expect(canonicalOf(doc)).toBe(`${ORIGIN}/service/night-shelter`);
      expect(doc.querySelector('link[hreflang="x-default"]')?.getAttribute('href')).toBe(`${ORIGIN}/service/night-shelter`);
      expect(alternatesOf(doc).at(-1)).toEqual(['x-default', `${ORIGIN}/service/night-shelter`]);
      // Its links stay without a language, as the address came.
      expect(doc.querySelector('#app a.brand')?.getAttribute('href')).toBe('/');
    });

    it('does not vary an address with a language by Accept-Language', async () => {
      const { res, doc } = await page(server, '/es/service/night-shelter', { 'Accept-Language': 'fr' });
      expect(res.headers.get('Vary')).toBe('Accept-Encoding');
      expect(res.headers.get('Content-Language')).toBe('es');
      expect(doc.documentElement.getAttribute('lang')).toBe('es');
      // Its links keep the language.
      expect(doc.querySelector('#app a.brand')?.getAttribute('href')).toBe('/es');
    });
  });

  it('renders easy read at /<lang>/easy/…, with the easy texts', async () => {
    const easyTexts = SHELTER.texts['es-x-easy']!;
    const firstEasyLine = easyTexts.description!.split('\n')[0]!;
    const { res, doc } = await page(server, '/es/easy/service/night-shelter');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Language')).toBe('es');
    expect(doc.documentElement.getAttribute('lang')).toBe('es');
    // Easy read's styles (more space, pictograms) from the first paint, with or without JavaScript.
    expect(doc.documentElement.dataset.reading).toBe('easy');
    const served = servedOf(doc)!;
    expect(served).toMatchObject({ path: '/service/night-shelter', prefixed: true, lang: 'es', easy: true });
    expect(served.data.kind === 'service' && served.data.service.texts['es-x-easy']).toEqual(easyTexts);
    const shown = doc.getElementById('app')!.textContent!;
    expect(shown).toContain(firstEasyLine);
    expect(shown).not.toContain(SHELTER.texts.es!.description!);
    expect(canonicalOf(doc)).toBe(`${ORIGIN}/es/easy/service/night-shelter`);
    expect(alternatesOf(doc)).toContainEqual(['ar', `${ORIGIN}/ar/easy/service/night-shelter`]);
    expect(doc.querySelector('#app a.brand')?.getAttribute('href')).toBe('/es/easy');

    // The standard page shows the standard text.
    const standardDoc = (await page(server, '/es/service/night-shelter')).doc;
    expect(standardDoc.documentElement.dataset.reading).toBeUndefined();
    const standard = standardDoc.getElementById('app')!.textContent!;
    expect(standard).toContain(SHELTER.texts.es!.description!);
    expect(standard).not.toContain(firstEasyLine);
  });

  it('sends only the page language’s chain of texts in its data', async () => {
    for (const [address, allowed] of [
      ['/es/service/night-shelter', ['es', 'en']],
      ['/es/need/housing', ['es', 'en']],
      ['/fr/rights/right-to-food', ['fr', 'es', 'en']],
    ] as const) {
      const served = servedOf((await page(server, address)).doc)!;
      const tags = [...textLanguages(served.data)];
      expect(tags.length, address).toBeGreaterThan(0);
      expect(tags.filter((tag) => !(allowed as readonly string[]).includes(tag.split('-')[0]!)), address).toEqual([]);
      expect(tags, address).toContain(allowed[0]);
    }
    // The directory does have Arabic texts: they were left out, not missing.
    expect(Object.keys(SHELTER.texts)).toContain('ar');
  });

  describe('addresses that lead nowhere', () => {
    it.each([
      ['an unknown service', '/es/service/no-such-service', 'es'],
      ['an unknown rights card', '/fr/rights/right-to-nothing', 'fr'],
      ['a need that is none', '/need/spaceships', 'en'],
      ['a path matching no route', '/es/no/such/page', 'es'],
      ['a language prefix that is none', '/xx/need/housing', 'en'],
      ['a broken %-escape', '/service/%E0%A4%A', 'en'],
    ])('%s answers 404 with the not-found page (%s)', async (_what, path, lang) => {
      const found = await page(server, path);
      expectNotFound(found, lang);
      // Never "not modified": a 404 is said every time.
      const etag = found.res.headers.get('ETag');
      const again = await server.fetch(path, { headers: etag ? { 'If-None-Match': etag } : {} });
      expect(again.status).toBe(404);
      await again.arrayBuffer();
    });

    it('answers 404 with the shell for the request form of a service not listed', async () => {
      const found = await page(server, '/service/no-such-service/ask');
      expect(found.res.status).toBe(404);
      expectShell(found);
    });
  });

  describe('pages only the device can show', () => {
    it('sends the shell for /favourites, with a note in the visitor’s language', async () => {
      const found = await page(server, '/favourites', { 'Accept-Language': 'fr' });
      expect(found.res.status).toBe(200);
      expectShell(found);
      expect(found.res.headers.get('Content-Language')).toBe('fr');
      expect(found.doc.documentElement.getAttribute('lang')).toBe('fr');
      const note = noscriptOf(found.html);
      expect(note.body.textContent).toContain((pages('fr').noscript as { needsJs: string }).needsJs);
      expect(found.html).not.toContain(NOSCRIPT_IN_SHELL);
    });

    it('lists the service’s phone as a tel: link on its request form', async () => {
      const found = await page(server, '/es/service/night-shelter/ask');
      expect(found.res.status).toBe(200);
      expectShell(found);
      const note = noscriptOf(found.html);
      const phone = SHELTER.phones[0]!.number;
      const link = note.querySelector(`a[href="tel:${phone.replaceAll(' ', '')}"]`);
      expect(link?.textContent).toBe(phone);
      expect(note.body.textContent).toContain(SHELTER.texts.es!.name);
      expect(note.body.textContent).toContain((pages('es').noscript as { needsJs: string }).needsJs);
      expect(note.querySelector('a[href="/es"]')).not.toBeNull();
    });

    it('links an unprefixed shell’s note to the unprefixed home, whatever page was rendered before', async () => {
      // A page with a language made just before (new in this test: certainly rendered now)…
      expect((await page(server, '/pt/easy/need/food')).res.status).toBe(200);
      // …must not lend its prefix to the next page's links.
      const found = await page(server, '/favourites', { 'Accept-Language': 'uk' });
      expect(found.res.headers.get('Content-Language')).toBe('uk');
      const homeLinks = [...noscriptOf(found.html).querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(homeLinks).toEqual(['/']);
    });
  });

  describe('caching', () => {
    it('answers 304 to the ETag it gave, and 200 to another', async () => {
      const first = await page(server, '/es/need/food');
      const etag = first.res.headers.get('ETag')!;
      expect(etag).toBeTruthy();
      const again = await server.fetch('/es/need/food', { headers: { 'If-None-Match': etag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('ETag')).toBe(etag);
      expect(again.headers.get('Vary')).toBe('Accept-Encoding');
      const other = await server.fetch('/es/need/food', { headers: { 'If-None-Match': 'W/"0.es.nothing"' } });
      expect(other.status).toBe(200);
      expect(await other.text()).toBe(first.html);
      // Another language is another page: the Spanish ETag does not match it.
      const french = await server.fetch('/fr/need/food', { headers: { 'If-None-Match': etag } });
      expect(french.status).toBe(200);
      expect(french.headers.get('ETag')).not.toBe(etag);
      await french.arrayBuffer();
    });

    it('gives an address without a language another ETag in another language', async () => {
      const english = await server.fetch('/need/work', { headers: { 'Accept-Language': 'en' } });
      const etag = english.headers.get('ETag')!;
      await english.arrayBuffer();
      expect((await server.fetch('/need/work', { headers: { 'Accept-Language': 'en', 'If-None-Match': etag } })).status).toBe(304);
      // The browser kept the English page; its reader now asks for French: not the same page.
      const french = await page(server, '/need/work', { 'Accept-Language': 'fr', 'If-None-Match': etag });
      expect(french.res.status).toBe(200);
      expect(french.res.headers.get('ETag')).not.toBe(etag);
      expect(french.doc.documentElement.getAttribute('lang')).toBe('fr');
    });

    it('compresses with brotli or gzip when asked, the same page', async () => {
      const plain = await server.fetch('/fr/service/night-shelter', { headers: { 'Accept-Encoding': 'identity' } });
      expect(plain.headers.get('Content-Encoding')).toBeNull();
      const text = await plain.text();
      expect(text).toContain('<div id="app"><');

      const br = await server.fetch('/fr/service/night-shelter', { headers: { 'Accept-Encoding': 'gzip, br' } });
      expect(br.headers.get('Content-Encoding')).toBe('br');
      expect(br.headers.get('Vary')).toBe('Accept-Encoding');
      const brBytes = Buffer.from(await br.arrayBuffer());
      expect(brBytes.length).toBeLessThan(Buffer.byteLength(text));
      expect(brotliDecompressSync(brBytes).toString('utf8')).toBe(text);

      const gzip = await server.fetch('/fr/service/night-shelter', { headers: { 'Accept-Encoding': 'gzip' } });
      expect(gzip.headers.get('Content-Encoding')).toBe('gzip');
      expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString('utf8')).toBe(text);
    });

    it('renders a page once for all its requests, encodings and revalidations', async () => {
      const rendersOf = (path: string, lang: string) => server.renderApp.mock.calls.filter(([served]) => served.path === path && served.lang === lang && served.prefixed).length;
      expect(rendersOf('/rights/right-to-food', 'uk')).toBe(0);
      const answers = await Promise.all([
        server.fetch('/uk/rights/right-to-food'),
        server.fetch('/uk/rights/right-to-food', { headers: { 'Accept-Encoding': 'br' } }),
      ]);
      const [plain] = await Promise.all(answers.map((a) => a.text()));
      const etag = answers[0]!.headers.get('ETag')!;
      const later = await server.fetch('/uk/rights/right-to-food', { headers: { 'Accept-Encoding': 'gzip' } });
      expect(gunzipSync(Buffer.from(await later.arrayBuffer())).toString('utf8')).toBe(plain);
      expect((await server.fetch('/uk/rights/right-to-food', { headers: { 'If-None-Match': etag } })).status).toBe(304);
      expect(await (await server.fetch('/uk/rights/right-to-food')).text()).toBe(plain);
      expect(rendersOf('/rights/right-to-food', 'uk')).toBe(1);
    });

    it('keeps no page of an address that leads nowhere, nor of a search: each is made again, uncompressed, and a search is not stored', async () => {
      const rendersOf = (path: string) => server.renderApp.mock.calls.filter(([served]) => served.path === path).length;
      for (let i = 0; i < 2; i++) {
        const gone = await server.fetch('/es/service/never-listed-anywhere', { headers: { 'Accept-Encoding': 'br' } });
        expect(gone.status).toBe(404);
        expect(gone.headers.get('Content-Encoding')).toBeNull();
        await gone.text();
      }
      expect(rendersOf('/service/never-listed-anywhere')).toBe(2);
      const search = await server.fetch('/es/search?q=albergue');
      expect(search.status).toBe(200);
      expect(search.headers.get('Cache-Control')).toBe('no-store');
      expect(await search.text()).toContain('search-input');
    });

    it('answers a search posted by the form (no words in the address), like a link’s ?q=, and stores none of it', async () => {
      const form = (body: string, type = 'application/x-www-form-urlencoded') => ({ 'Content-Type': type, body });
      const post = (path: string, { body, ...headers }: { body: string } & Record<string, string>) => server.fetch(path, { method: 'POST', headers, body });
      const posted = await post('/es/search', form('q=albergue+noche'));
      expect(posted.status).toBe(200);
      expect(posted.headers.get('Cache-Control')).toBe('no-store');
      const postedDoc = new JSDOM(await posted.text()).window.document;
      const linked = (await page(server, '/es/search?q=albergue+noche')).doc;
      expect(servedOf(postedDoc)).toMatchObject({ data: { kind: 'search', query: 'albergue noche' } });
      expect(servedOf(postedDoc)!.data).toEqual(servedOf(linked)!.data);
      expect(postedDoc.querySelector('.search-count')!.textContent).toBe(linked.querySelector('.search-count')!.textContent);
      expect(postedDoc.querySelectorAll('#app li.item').length).toBeGreaterThan(0);
      // The form itself posts, to the page's own address, no more words than the server reads.
      const searchForm = postedDoc.querySelector('form[role="search"]')!;
      expect([searchForm.getAttribute('method'), searchForm.getAttribute('action')]).toEqual(['post', '/es/search']);
      expect(searchForm.querySelector('input[name="q"]')!.getAttribute('maxlength')).toBe(String(SEARCH_MAX_CHARS));

      // Not a form, or no words: the empty search page. Too long: 413, nothing read.
      for (const body of [form('{"q":"x"}', 'application/json'), form('nothing=here')]) {
        const answer = await post('/es/search', body);
        expect(answer.status).toBe(200);
        expect(servedOf(new JSDOM(await answer.text()).window.document)).toMatchObject({ data: { kind: 'search', query: '' } });
      }
      expect((await post('/es/search', form(`q=${'a'.repeat(5000)}`))).status).toBe(413);
      // Another form of the address keeps the words: 308, posted again there.
      const moved = await server.fetch('/es/search/', { method: 'POST', redirect: 'manual', ...form('q=albergue') });
      expect([moved.status, moved.headers.get('Location')]).toEqual([308, '/es/search']);
      // Other pages are only read, and the 405 of the search page names POST.
      const wrong = await server.fetch('/es/search', { method: 'PUT' });
      expect([wrong.status, wrong.headers.get('Allow')]).toEqual([405, 'GET, HEAD, POST']);
      expect((await post('/es/need/housing', form('q=albergue'))).status).toBe(405);
      expect((await post('/es/need/housing', form(`q=${'a'.repeat(5000)}`))).status).toBe(405); // refused before its body is read
    });

    it('sends other forms of an address to the page’s own (trailing slash, doubled slashes, an escaped id)', async () => {
      for (const [asked, own] of [
        ['/es/service/night-shelter/', '/es/service/night-shelter'],
        ['/service//night-shelter', '/service/night-shelter'],
        ['/ar/easy/service/night%2Dshelter', '/ar/easy/service/night-shelter'],
        ['/favourites/?x=1', '/favourites?x=1'],
      ]) {
        const answer = await server.fetch(asked!, { redirect: 'manual' });
        expect(answer.status, asked).toBe(301);
        expect(answer.headers.get('Location'), asked).toBe(own);
      }
    });

    it('describes a rights card as a web page about its services (JSON-LD)', async () => {
      const { doc } = await page(server, '/es/rights/right-against-eviction');
      const blocks = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '') as { '@type': string; mentions?: { url: string }[] });
      expect(blocks).toHaveLength(1);
      expect(blocks[0]!['@type']).toBe('WebPage');
      expect(blocks[0]!.mentions?.map((m) => m.url)).toContain(`${ORIGIN}/es/service/eviction-support`);
    });
  });

  describe('the shell and methods', () => {
    it('keeps /index.html the bare shell the worker precaches, while / is the rendered home', async () => {
      const { res, html, doc } = await page(server, '/index.html', { 'Accept-Language': 'es' });
      expect(res.status).toBe(200);
      expect(html).toBe(SHELL);
      expect(doc.getElementById('app')!.innerHTML).toBe('');
      expect(servedOf(doc)).toBeUndefined();
      const home = await page(server, '/', { 'Accept-Language': 'es' });
      expect(servedOf(home.doc)?.data.kind).toBe('home');
      expect(home.doc.getElementById('app')!.innerHTML).not.toBe('');
    });

    it('answers HEAD with the headers of GET and no body, and refuses POST with 405', async () => {
      const get = await server.fetch('/es/about');
      const getBody = await get.text();
      expect(getBody).toContain('id="ponte-page"');
      const head = await server.fetch('/es/about', { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(await head.text()).toBe('');
      for (const name of ['Content-Type', 'Content-Language', 'ETag', 'Vary', 'Cache-Control']) expect(head.headers.get(name), name).toBe(get.headers.get(name));

      const post = await server.fetch('/es/about', { method: 'POST' });
      expect(post.status).toBe(405);
      expect(post.headers.get('Allow')).toBe('GET, HEAD');
      await post.arrayBuffer();
    });
  });
});

describe('public pages after a new directory version', () => {
  let server: Server;
  beforeAll(async () => {
    server = await pagesServer();
  });
  afterAll(() => server.close());

  /** The demo directory (as first published) with one service changed. */
  const withService = (id: string, change: (service: Service) => Service): Directory => ({
    ...demo,
    services: demo.services.map((s) => (s.id === id ? change(s) : s)),
  });
  const renamed = (texts: Record<string, string>) => (s: Service): Service => ({
    ...s,
    texts: Object.fromEntries(Object.entries(s.texts).map(([tag, t]) => [tag, tag in texts ? { ...t, name: texts[tag] } : t])),
  });

  it('makes new pages: a new ETag, the new content, and the old ETag no longer 304', async () => {
    const before = await page(server, '/en/service/night-shelter');
    const oldEtag = before.res.headers.get('ETag')!;
    expect(headingOf(before.doc)).toBe(SHELTER.texts.en!.name);
    expect((await server.fetch('/en/service/night-shelter', { headers: { 'If-None-Match': oldEtag } })).status).toBe(304);
    const oldVersion = servedOf(before.doc)!.version;

    await publishDirectory(server.sql, withService('night-shelter', renamed({ en: 'Lighthouse Night Shelter', es: 'Albergue El Faro' })), 'rename the shelter');

    const after = await page(server, '/en/service/night-shelter', { 'If-None-Match': oldEtag });
    expect(after.res.status).toBe(200);
    const newEtag = after.res.headers.get('ETag')!;
    expect(newEtag).not.toBe(oldEtag);
    expect(headingOf(after.doc)).toBe('Lighthouse Night Shelter');
    expect(after.doc.title).toBe('Lighthouse Night Shelter · Ponte');
    expect(servedOf(after.doc)!.version).toBeGreaterThan(oldVersion);
    expect(after.html).not.toContain(SHELTER.texts.en!.name);
    // Every page of the version is new, not only the changed service's.
    const need = await page(server, '/es/need/housing');
    expect(need.doc.getElementById('app')!.textContent).toContain('Albergue El Faro');
    expect((await server.fetch('/en/service/night-shelter', { headers: { 'If-None-Match': newEtag } })).status).toBe(304);
  });

  it('shows the demo change (publishDemoChange) once published', async () => {
    const path = `/en/service/${DEMO_CHANGE_SERVICE}`;
    const note = 'From this week, open until 20:00 on Fridays.';
    const before = await page(server, path);
    expect(before.doc.getElementById('app')!.textContent).not.toContain(note);
    await publishDemoChange(server.sql);
    const after = await page(server, path, { 'If-None-Match': before.res.headers.get('ETag')! });
    expect(after.res.status).toBe(200);
    expect(after.doc.getElementById('app')!.textContent).toContain(note);
  });

  it('keeps hostile directory texts inside their elements: no script breaks out, and the head is escaped', async () => {
    // $& and $' would be replacement patterns if the page were put together with string patterns.
    const hostile = `Shelter </script><script>alert(1)</script><!-- & "quoted" 'n' $& $' \u2028`;
    const description = `Beds </script><script type="application/ld+json">{"evil":1}</script> & more`;
    await publishDirectory(
      server.sql,
      withService('night-shelter', (s) => ({ ...s, texts: { ...s.texts, en: { ...s.texts.en, name: hostile, description } } })),
      'a hostile name',
    );

    const { res, html, doc } = await page(server, '/en/service/night-shelter');
    expect(res.status).toBe(200);
    // As many scripts as the page has by itself: the app's, the JSON-LD, the page's data.
    expect(html.match(/<script/gi)).toHaveLength(3);
    expect(html).not.toContain('<script>alert(1)');
    const scripts = [...doc.querySelectorAll('script')].map((s) => s.getAttribute('type'));
    expect(scripts.sort()).toEqual(['application/json', 'application/ld+json', 'module']);
    // Each block still parses, and gives the text as published.
    const served = servedOf(doc)!;
    expect(served.data.kind === 'service' && served.data.service.texts.en!.name).toBe(hostile);
    const [jsonLd] = jsonLdOf(doc);
    expect(jsonLd!.name).toBe(hostile);
    expect(jsonLd!.description).toBe(description);
    // The head holds the text as text.
    expect(doc.title).toBe(`${hostile} · Ponte`);
    expect(metaContent(doc, 'og:title')).toBe(`${hostile} · Ponte`);
    expect(metaContent(doc, 'description')).toBe(description);
    expect(headingOf(doc)).toBe(hostile.trim());

    // The pages that list it, and the note on its request form, too.
    for (const address of ['/en/need/housing', '/en/service/night-shelter/ask']) {
      const listed = await page(server, address);
      expect(listed.res.status, address).toBe(200);
      expect(listed.html, address).not.toContain('<script>alert(1)');
      expect([...listed.doc.querySelectorAll('script')].every((s) => s.getAttribute('type') !== null), address).toBe(true);
    }
    expect(noscriptOf((await page(server, '/en/service/night-shelter/ask')).html).body.textContent).toContain(hostile);
  });
});
