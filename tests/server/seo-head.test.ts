// The <head> of a rendered page: title, description, canonical, hreflang alternates, Open Graph.
import { describe as group, expect, it } from 'vitest';
import { alternatesOf, describe, headTags, type HeadInfo } from '../../src/server/pages/head';

// An HTML and XML parser, as a browser and a crawler read the output. jsdom has no type
// declarations in this project: loaded by a name TypeScript does not resolve, typed by hand.
const JSDOM_MODULE = 'jsdom';
const { JSDOM } = (await import(JSDOM_MODULE)) as { JSDOM: new (text: string, options?: { contentType?: string }) => { window: Window } };

const ORIGIN = 'https://ponte.example.org';

const info = (overrides: Partial<HeadInfo> = {}): HeadInfo => ({
  title: 'El Refugio Night Shelter · Ponte',
  description: 'A bed, a shower, dinner and breakfast.',
  lang: 'en',
  dir: 'ltr',
  canonical: `${ORIGIN}/en/service/night-shelter`,
  alternates: alternatesOf(ORIGIN, '/service/night-shelter', false),
  ogType: 'article',
  siteName: 'Ponte',
  ...overrides,
});

/** The tags as a browser reads them, in a document's head. */
const headOf = (html: string) => new JSDOM(`<!doctype html><html><head>${html}</head><body></body></html>`).window.document;
const metaContent = (doc: Document, key: string) =>
  doc.querySelector(`meta[name="${key}"], meta[property="${key}"]`)?.getAttribute('content') ?? null;

group('headTags', () => {
  it('writes the title, description, canonical, alternates and Open Graph', () => {
    const doc = headOf(headTags(info()));
    expect(doc.title).toBe('El Refugio Night Shelter · Ponte');
    expect(metaContent(doc, 'description')).toBe('A bed, a shower, dinner and breakfast.');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${ORIGIN}/en/service/night-shelter`);
    const alternates = [...doc.querySelectorAll('link[rel="alternate"]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
    expect(alternates).toEqual([
      ['ar', `${ORIGIN}/ar/service/night-shelter`],
      ['en', `${ORIGIN}/en/service/night-shelter`],
      ['es', `${ORIGIN}/es/service/night-shelter`],
      ['fr', `${ORIGIN}/fr/service/night-shelter`],
      ['pt', `${ORIGIN}/pt/service/night-shelter`],
      ['uk', `${ORIGIN}/uk/service/night-shelter`],
      ['x-default', `${ORIGIN}/service/night-shelter`],
    ]);
    expect(metaContent(doc, 'og:title')).toBe('El Refugio Night Shelter · Ponte');
    expect(metaContent(doc, 'og:description')).toBe('A bed, a shower, dinner and breakfast.');
    expect(metaContent(doc, 'og:type')).toBe('article');
    expect(metaContent(doc, 'og:url')).toBe(`${ORIGIN}/en/service/night-shelter`);
    expect(metaContent(doc, 'og:site_name')).toBe('Ponte');
    expect(metaContent(doc, 'og:locale')).toBe('en_GB');
    expect([...doc.querySelectorAll('meta[property="og:locale:alternate"]')].map((m) => m.getAttribute('content'))).toEqual([
      'ar_AR',
      'es_ES',
      'fr_FR',
      'pt_PT',
      'uk_UA',
    ]);
    expect(metaContent(doc, 'twitter:card')).toBe('summary');
    expect(metaContent(doc, 'robots')).toBeNull();
    expect(metaContent(doc, 'og:image')).toBeNull();
  });

  it('takes og:locale from the page language, or as given', () => {
    expect(metaContent(headOf(headTags(info({ lang: 'ar', dir: 'rtl' }))), 'og:locale')).toBe('ar_AR');
    expect(metaContent(headOf(headTags(info({ lang: 'uk' }))), 'og:locale')).toBe('uk_UA');
    expect(metaContent(headOf(headTags(info({ lang: 'pt', locale: 'pt_BR' }))), 'og:locale')).toBe('pt_BR');
  });

  it('asks for no index when told, and names an image when given', () => {
    const doc = headOf(headTags(info({ noindex: true, image: `${ORIGIN}/icon-512.png` })));
    expect(metaContent(doc, 'robots')).toBe('noindex');
    expect(metaContent(doc, 'og:image')).toBe(`${ORIGIN}/icon-512.png`);
  });

  it('escapes every value: a text from the directory cannot add a tag or leave its attribute', () => {
    const hostile = `Tom & Jerry's "shelter" <script>alert(1)</script>`;
    const html = headTags(info({ title: hostile, description: hostile, siteName: hostile, canonical: `${ORIGIN}/en/service/a"b` }));
    expect(html).not.toContain('<script');
    expect(html).toContain('Tom &amp; Jerry&#39;s &quot;shelter&quot; &lt;script&gt;alert(1)&lt;/script&gt;');
    const doc = headOf(html);
    // Read back by an HTML parser, every value is exactly the text given, and nothing was added.
    expect(doc.title).toBe(hostile);
    expect(metaContent(doc, 'description')).toBe(hostile);
    expect(metaContent(doc, 'og:site_name')).toBe(hostile);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${ORIGIN}/en/service/a"b`);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.head.children).toHaveLength(headOf(headTags(info())).head.children.length);
  });
});

group('alternatesOf', () => {
  it('lists every interface language and x-default, the address without a language', () => {
    expect(alternatesOf(ORIGIN, '/', false)).toEqual([
      { hreflang: 'ar', href: `${ORIGIN}/ar` },
      { hreflang: 'en', href: `${ORIGIN}/en` },
      { hreflang: 'es', href: `${ORIGIN}/es` },
      { hreflang: 'fr', href: `${ORIGIN}/fr` },
      { hreflang: 'pt', href: `${ORIGIN}/pt` },
      { hreflang: 'uk', href: `${ORIGIN}/uk` },
      { hreflang: 'x-default', href: `${ORIGIN}/` },
    ]);
  });

  it('gives an easy-read page the easy-read pages of the other languages, still by language', () => {
    const easy = alternatesOf(ORIGIN, '/need/housing', true);
    expect(easy).toHaveLength(7);
    expect(easy.slice(0, 6).map((a) => a.hreflang)).toEqual(['ar', 'en', 'es', 'fr', 'pt', 'uk']);
    expect(easy.find((a) => a.hreflang === 'es')!.href).toBe(`${ORIGIN}/es/easy/need/housing`);
    expect(easy.find((a) => a.hreflang === 'ar')!.href).toBe(`${ORIGIN}/ar/easy/need/housing`);
    expect(easy.at(-1)).toEqual({ hreflang: 'x-default', href: `${ORIGIN}/need/housing` });
  });
});

group('describe', () => {
  it('keeps a short text, with its whitespace made single spaces', () => {
    expect(describe('  A bed,\n a shower\tand  dinner. ')).toBe('A bed, a shower and dinner.');
  });

  it('keeps as many whole first sentences as fit', () => {
    const text = 'A bed for the night. A shower and dinner. Breakfast at seven. Pets welcome in the yard, and a safe place for bags.';
    expect(describe(text, 45)).toBe('A bed for the night. A shower and dinner.');
    expect(describe(text, 61)).toBe('A bed for the night. A shower and dinner. Breakfast at seven.');
  });

  it('cuts a first sentence that is too long after a word, with an ellipsis, within the limit', () => {
    const text = 'A bed, a shower, dinner and breakfast for people with nowhere to sleep, forty places of which eight are for women only. Pets welcome.';
    const cut = describe(text, 60);
    expect(cut.length).toBeLessThanOrEqual(60);
    expect(cut).toBe('A bed, a shower, dinner and breakfast for people with…');
    // Never ends on a comma before the ellipsis.
    expect(describe('One, two, three, four, five, six', 20)).toBe('One, two, three…');
  });

  it('uses 160 characters by default, and cuts a single endless word anywhere', () => {
    const long = 'word '.repeat(100);
    expect(describe(long).length).toBeLessThanOrEqual(160);
    expect(describe(long).endsWith('word…')).toBe(true);
    expect(describe('x'.repeat(300), 10)).toBe('xxxxxxxxx…');
  });

  it('ends sentences at Arabic question marks too, and never splits a character in two', () => {
    expect(describe('هل تحتاج إلى مساعدة؟ نحن هنا كل يوم من التاسعة صباحا حتى الثامنة مساء في المركز', 25)).toBe('هل تحتاج إلى مساعدة؟');
    const emoji = `${'a'.repeat(8)}😀😀`;
    expect(describe(emoji, 10)).toBe(`${'a'.repeat(8)}…`);
  });
});
