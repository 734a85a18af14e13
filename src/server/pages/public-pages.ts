// Every public page's HTML, made by the server: the pages in the route table marked `rendered`
// (home, needs, services, rights cards, search results, about, privacy) are the app's own render with the
// database's data, in the address's language (or, unprefixed, the visitor's: Accept-Language);
// the others are the app's shell, with a note for browsers without JavaScript. A page is made
// once per directory version, language and reading, compressed once, and answered with its
// ETag (304 when unchanged); a new version makes new pages. Unknown addresses get a helpful
// page with a 404 status.
import { createHash } from 'node:crypto';
import { SEARCH_MAX_CHARS, type ServedPage } from '../../shared/page-data';
import { addressOf, bestLanguage, matchRoute, parseAddress, type RouteMatch } from '../../shared/routes';
import { EncodedBody, encodedResponse } from '../compression';
import { policyWithStyles } from '../content-security';
import type { Sql } from '../database';
import { PayloadCache } from '../payload-cache';
import type { StaticFiles } from '../static-files';
import { text } from '../../shared/localized';
import { isNeedId } from '../../shared/needs';
import type { AppRenderer } from './app-renderer';
import { alternatesOf, describe, headTags } from './head';
import { pageContent, publishedDirectory, type Published } from './page-data';
import { WITHOUT_SCRIPT_STYLE, pageDocument } from './page-document';
import { jsonLdScript, rightsJsonLd, serviceJsonLd } from './structured-data';
import { ifNoneMatch } from '../if-none-match';

/** The visitor's language, by Accept-Language: its tags most wanted first (q, then order), and
 *  the same rule the device applies to its own preferences (bestLanguage). */
export function acceptedLanguage(header: string | undefined | null): string {
  const wanted = (header ?? '')
    .split(',')
    .map((part, order) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag!, q: q ? Number(q.slice(2)) || 0 : 1, order };
    })
    .filter((w) => w.tag && w.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return bestLanguage(wanted.map((w) => w.tag));
}

interface Built {
  status: number;
  body: EncodedBody;
  etag: string;
}

export interface PublicPagesOptions {
  sql: Sql;
  files: StaticFiles;
  renderer: Promise<AppRenderer>;
  /** The server's retention days, which the privacy page states. */
  retention: { closed_days: number; max_days: number };
  /** Absolute addresses (canonical, alternates, Open Graph): else each request's own origin. */
  publicUrl?: string;
  /** Whether a page the device alone shows exists (known-pages.ts). */
  exists: (path: string) => Promise<boolean>;
}

export function publicPages({ sql, files, renderer, retention, publicUrl, exists }: PublicPagesOptions) {
  const published = publishedDirectory(sql);
  const bareShell = files.text('/index.html');
  if (bareShell === undefined) throw new Error('The built app has no index.html: run npm run build.');
  const { shell, styleHash } = withInlineStyles(bareShell, files);
  const styleHashes = [styleHash, createHash('sha256').update(WITHOUT_SCRIPT_STYLE).digest('base64')];
  // The build's own mark: a new build (other scripts) makes new pages under the same version.
  const build = createHash('sha256').update(shell).digest('base64url').slice(0, 10);
  const cache = new PayloadCache<Built>({ maxEntries: 4000, maxBytes: 96 * 1024 * 1024 }, (b) => b.body.bytes);

  interface Asked {
    directory: Published;
    origin: string;
    /** Without language and query. */
    path: string;
    lang: string;
    easy: boolean;
    prefixed: boolean;
    /** A page only the device shows, of something not listed (a request form of no service). */
    missing: boolean;
    /** The search page's words. */
    query: string;
  }

  function make(asked: Asked, app: AppRenderer): Built {
    const match = matchRoute(asked.path);
    const { directory, lang, easy } = asked;
    // Whatever the page is made of: the version, language, reading, the build, the address's origin
    // (canonical and alternates name it) and the server's retention days (the privacy page says them).
    const etag = `W/"${directory.version}.${lang}${easy ? '.easy' : ''}.${build}.${createHash('sha256').update(`${asked.origin}|${retention.closed_days}|${retention.max_days}`).digest('base64url').slice(0, 8)}"`;
    // An address with a language is its own canonical; one without (a printed QR code) is the
    // x-default of its alternates, and its own canonical too.
    const canonical = asked.origin + (asked.prefixed ? addressOf(asked.path, lang, easy) : asked.path);
    if (match && !match.route.rendered) {
      // A request form for a service not listed: the app, once running, says what it knows.
      return { status: asked.missing ? 404 : 200, body: new EncodedBody(Buffer.from(shellPage(asked, match, canonical, app))), etag };
    }
    const { status, html } = renderedPage(asked, match, canonical, app);
    return { status, body: new EncodedBody(Buffer.from(html)), etag };
  }

  /** The shell, for a page the app makes from what the device holds, with a note for a browser
   *  without JavaScript (a request form's lists the service's phones). */
  function shellPage({ directory, lang, easy, prefixed }: Asked, match: RouteMatch, canonical: string, app: AppRenderer): string {
    const service = match.route.kind === 'service-ask' ? directory.services.get(match.params.id ?? '') : undefined;
    const dir = app.direction(lang);
    return pageDocument(shell, {
      lang,
      dir,
      easy,
      head: headTags({ title: 'Ponte', description: '', lang, dir, canonical, alternates: [], ogType: 'website', siteName: 'Ponte', noindex: true }),
      noscript: app.renderNoScript(lang, easy, prefixed ? addressOf('/', lang, easy) : '/', service),
    });
  }

  /** The app's own render of the page, with its head, JSON-LD and data. */
  function renderedPage(asked: Asked, match: RouteMatch | undefined, canonical: string, app: AppRenderer): { status: number; html: string } {
    const { directory, origin, path, lang, easy, prefixed, query } = asked;
    const content = match ? pageContent(directory, match, { lang, easy, retention, query, search: app.searchFor }) : ({ status: 404, data: { kind: 'not-found' } } as const);
    const { data } = content;
    const served: ServedPage = { path, prefixed, lang, easy, version: directory.version, data };
    const rendered = app.renderApp(served);
    const found = content.status === 200;
    const pageOf = (kind: string, id: string) => origin + addressOf(`/${kind}/${id}`, prefixed ? lang : undefined, easy);
    const jsonLd =
      data.kind === 'service'
        ? jsonLdScript(serviceJsonLd({ service: data.service, organization: data.organization, lang, url: canonical }))
        : data.kind === 'rights'
          ? jsonLdScript(rightsJsonLd({ card: data.card, lang, url: canonical, services: data.services.map((s) => ({ name: text(s.texts, 'name', lang), url: pageOf('service', s.id) })) }))
          : '';
    const head = headTags({
      title: rendered.title,
      description: describe(rendered.about),
      lang,
      dir: rendered.dir,
      canonical,
      alternates: found ? alternatesOf(origin, path, easy) : [],
      ogType: data.kind === 'service' || data.kind === 'rights' ? 'article' : 'website',
      siteName: 'Ponte',
      noindex: !found || data.kind === 'search',
    });
    return { status: content.status, html: pageDocument(shell, { lang, dir: rendered.dir, easy, head: head + jsonLd, app: rendered.html, served, noscript: '' }) };
  }

  /** The answer for a page address. A page that cannot be made (a fault in its render or the
   *  database) is answered with the bare shell: the app on the device still shows what it can. */
  return async function respond(request: Request): Promise<Response> {
    try {
      return await answer(request);
    } catch (error) {
      console.error(`The page ${new URL(request.url).pathname} could not be made:`, error);
      return new Response(bareShell, { status: 500, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
    }
  };

  async function answer(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const address = parseAddress(url.pathname);
    const prefixed = Boolean(address.lang);
    const lang = address.lang ?? acceptedLanguage(request.headers.get('Accept-Language'));
    const match = matchRoute(address.path);
    // One address per page: `/service/x/`, `//service//x` or an escaped id lead to the page's own.
    const own = match && match.route.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(match.params[name]!));
    // (308 for a posted search: the browser posts it again there, words and all.)
    const moved = request.method === 'POST' ? 308 : 301;
    if (own && own !== address.path) return new Response(null, { status: moved, headers: { Location: addressOf(own, address.lang, address.easy) + url.search } });
    const directory = await published();
    // A page the device alone shows that does not exist (a request form for a service not listed).
    const missing = match && !match.route.rendered && !(await exists(address.path));
    const origin = publicUrl ? new URL(publicUrl).origin : url.origin;
    const query = match?.route.kind === 'search' ? (await searchWords(request, url)).trim().slice(0, SEARCH_MAX_CHARS) : '';
    // Only pages that exist are kept: addresses that lead nowhere, and searches, are endless, so
    // they are made each time (and sent uncompressed), never pushing a real page out.
    const kept = match && !missing && !query && listed(directory, match);
    const key = kept ? `${directory.version}|${lang}|${address.easy}|${prefixed}|${origin}|${address.path}` : undefined;
    const app = await renderer;
    const build = async () => make({ directory, origin, path: address.path, lang, easy: address.easy, prefixed, missing: Boolean(missing), query }, app);
    const built = key ? await cache.get(key, build) : await build();
    const headers: Record<string, string> = {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Language': lang,
      // The words of a search are nobody else's business: its page is not kept, not even on disk.
      'Cache-Control': query ? 'no-store' : 'no-cache',
      ETag: built.etag,
      // On a 304 too: a browser keeps the headers of the answer it revalidates.
      'Content-Security-Policy': policyWithStyles(styleHashes),
    };
    const vary = prefixed ? 'Accept-Encoding' : 'Accept-Encoding, Accept-Language';
    if (built.status === 200 && ifNoneMatch(request.headers.get('If-None-Match'), built.etag)) {
      return new Response(null, { status: 304, headers: { ...headers, Vary: vary } });
    }
    const response = await encodedResponse(built.body, key ? (request.headers.get('Accept-Encoding') ?? undefined) : undefined, headers, built.status);
    if (key) cache.reweigh(key); // its compressed copies count too
    response.headers.set('Vary', vary);
    return response;
  }
}

/** A search's words: posted by the form without JavaScript, or in a link's `?q=`. A body that
 *  is not a form reads as no words (the empty search page). */
async function searchWords(request: Request, url: URL): Promise<string> {
  if (request.method !== 'POST') return url.searchParams.get('q') ?? '';
  const form = await request.formData().catch(() => undefined);
  const words = form?.get('q');
  return typeof words === 'string' ? words : '';
}

/** Whether the item a route names is in the directory (a page of it is worth keeping). */
function listed(directory: Published, { route, params }: RouteMatch): boolean {
  const id = params.id ?? '';
  if (route.kind === 'service' || route.kind === 'service-ask') return directory.services.has(id);
  if (route.kind === 'rights') return directory.rights.has(id);
  if (route.kind === 'need' || route.kind === 'need-print') return isNeedId(id);
  return true;
}

/**
 * The shell with the app's stylesheets inline: a first visit paints from the page alone, with no
 * stylesheet to fetch first (on slow 3G a request costs ~0.8 s). The first paint's and the
 * screens' (lists, the emergency lines): the page shows both before the screens' code arrives.
 * The staff pages' are not the public app's. The files stay the worker's to keep for offline.
 */
function withInlineStyles(shell: string, files: StaticFiles): { shell: string; styleHash: string } {
  const linked = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/;
  const first = linked.exec(shell)?.[1];
  const others = files.paths().filter((p) => /^\/assets\/[^/]+\.css$/.test(p) && !p.startsWith('/assets/staff') && p !== first);
  const css = [first, ...others.sort()].flatMap((p) => (p ? [files.text(p) ?? ''] : [])).join('\n');
  const styleHash = createHash('sha256').update(css).digest('base64');
  return { shell: shell.replace(linked, () => `<style>${css}</style>`), styleHash };
}

