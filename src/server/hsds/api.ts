// The read-only HSDS 3.0 API (schema/openapi.json of the standard) for other tools: the
// published directory as HSDS services, organizations, taxonomies and taxonomy terms, paginated.
// The tables are made once per directory version; each answer is built and compressed once per
// version and kept in a bounded cache, with the version as ETag (a new publish changes both).
// Open to every origin for reading (CORS), never with cookies: nothing here is personal.
import { Hono, type Context } from 'hono';
import { apiError } from '../api-errors';
import { EncodedBody, encodedResponse } from '../compression';
import type { Sql } from '../database';
import { currentVersion, readDirectory } from '../directory-store';
import { clientAddress, type TrustedProxies } from '../client-address';
import { PayloadCache } from '../payload-cache';
import { rateLimiter, type RateLimit } from '../rate-limit';
import { servicesLastModified } from './api-modified';
import { pageOf, readQuery, type Query, type QuerySpec } from './api-query';
import { HsdsView } from './api-view';
import { directoryToTables } from './directory-to-tables';
import { ifNoneMatch } from '../if-none-match';

export const HSDS_API_PREFIX = '/api/hsds';
export const HSDS_VERSION = '3.0';
const OFFICIAL_OPENAPI = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json';
/** The `profile` of `/`: Ponte's answers are plain HSDS 3.0 (its extension travels only as extra
 *  tables of the export), so the profile they conform to is the standard's own. */
const HSDS_PROFILE = 'https://github.com/openreferral/specification/tree/3.0';
/** Hono mounts the sub-app's '/' at the bare prefix only; this is the prefix followed by '/' (an
 *  empty last segment), where a tool that writes the base URL with its slash asks. */
const ROOT_WITH_SLASH = '/:slash{^$}';

const READ_METHODS = 'GET, HEAD, OPTIONS';
/** Below this, compression is not worth the CPU (EncodedBody's own threshold). */
const MIN_COMPRESSED = 512;
/** Headers allowed when a preflight names none readable (If-None-Match: revalidation). */
const ALLOWED_HEADERS = 'Accept, Accept-Language, Cache-Control, Content-Type, If-None-Match';
/** A preflight's Access-Control-Request-Headers: header names (tokens) separated by commas. */
const HEADER_LIST = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+(?:[ \t]*,[ \t]*[!#$%&'*+.^_`|~0-9A-Za-z-]+)*$/;

type Answer = { body: () => unknown } | { status: 400 | 404; code: string; message: string };
type Route = { path: string; query: QuerySpec; answer: (view: HsdsView, q: Query, id: string) => Answer };

const notFound = (what: string, id: string): Answer => ({ status: 404, code: 'not_found', message: `There is no ${what} with the id "${id.slice(0, 80)}" in the directory.` });
const SEARCH = ['search'] as const;

const ROUTES: Route[] = [
  {
    path: '/services',
    query: { paginated: true, strings: [...SEARCH, 'taxonomy_term_id', 'taxonomy_id', 'organization_id'], booleans: ['full', 'minimal'], dates: ['modified_after'] },
    answer: (view, q) => ({
      body: () =>
        pageOf(view.services({ ...q.strings, modified_after: q.dates.modified_after }), q, (s) =>
          q.booleans.minimal ? view.minimalService(s) : view.nester.service(s, q.booleans.full),
        ),
    }),
  },
  {
    path: '/services/:id',
    query: {},
    answer: (view, _q, id) => {
      const row = view.find('services', 'service', id);
      return row ? { body: () => view.nester.service(row) } : notFound('service', id);
    },
  },
  {
    path: '/organizations',
    query: { paginated: true, strings: SEARCH, booleans: ['full', 'full_service'] },
    answer: (view, q) => ({ body: () => pageOf(view.organizations(q.strings.search), q, (o) => view.nester.organization(o, q.booleans.full, q.booleans.full_service)) }),
  },
  {
    path: '/organizations/:id',
    query: { booleans: ['full_service'] },
    answer: (view, q, id) => {
      const row = view.find('organizations', 'organization', id);
      return row ? { body: () => view.nester.organization(row, true, q.booleans.full_service) } : notFound('organization', id);
    },
  },
  {
    path: '/taxonomies',
    query: { paginated: true, strings: SEARCH },
    answer: (view, q) => ({ body: () => pageOf(view.taxonomies(q.strings.search), q, (t) => view.nester.taxonomy(t)) }),
  },
  {
    path: '/taxonomies/:id',
    query: {},
    answer: (view, _q, id) => {
      const row = view.nester.byId('taxonomies', id);
      return row ? { body: () => view.nester.taxonomy(row) } : notFound('taxonomy', id);
    },
  },
  {
    path: '/taxonomy_terms',
    query: { paginated: true, strings: [...SEARCH, 'taxonomy_id', 'parent_id'], booleans: ['top_only'] },
    answer: (view, q) => ({ body: () => pageOf(view.taxonomyTerms({ ...q.strings, top_only: q.booleans.top_only }), q, (t) => view.nester.taxonomyTerm(t)) }),
  },
  {
    path: '/taxonomy_terms/:id',
    query: {},
    answer: (view, _q, id) => {
      const row = view.nester.byId('taxonomy_terms', id);
      return row ? { body: () => view.nester.taxonomyTerm(row) } : notFound('taxonomy term', id);
    },
  },
];

interface Published {
  version: number;
  published_at: string;
  view: HsdsView;
}

/** Answers one client address may have built a minute (a burst of as many): an answer already
 *  built is served from the cache and costs nothing, so a tool paging through the directory or
 *  syncing never meets it; endless distinct searches do (each page of 500 full services costs
 *  about 150 ms of the server's time). */
export const HSDS_BUILD_LIMIT: RateLimit = { capacity: 120, perMinute: 120 };

/** `compressionsPerVersion`: answers compressed per directory version (256; tests lower it). */
export function hsdsApi({ sql, compressionsPerVersion = 256, buildLimit = HSDS_BUILD_LIMIT, trustedProxies }: { sql: Sql; compressionsPerVersion?: number; buildLimit?: RateLimit; trustedProxies?: TrustedProxies }): Hono {
  const app = new Hono();
  // Answers of the current version only: a new version empties it.
  const answers = new PayloadCache<EncodedBody>({ maxEntries: 256, maxBytes: 32 * 1024 * 1024 }, (b) => b.bytes);
  let published: Promise<Published> | undefined;
  let publishedVersion = -1;
  // Anyone can ask for endless distinct pages and searches: past this many per version, a new
  // answer is still given, correctly, but not compressed (the CPU compression costs is the
  // directory API's budget too: src/server/directory-payloads.ts).
  let compressions = 0;
  const builds = rateLimiter(buildLimit);

  async function current(): Promise<Published | undefined> {
    const version = await currentVersion(sql);
    if (!version) return undefined;
    if (version.version !== publishedVersion) {
      publishedVersion = version.version;
      answers.clear();
      compressions = 0;
      // Requests arriving together share one build; a failed build is tried again by the next.
      const build = readDirectory(sql).then(async (dir) => ({ ...version, view: new HsdsView(directoryToTables(dir), await servicesLastModified(sql, dir)) }));
      build.catch(() => {
        if (published === build) publishedVersion = -1;
      });
      published = build;
    }
    return published;
  }

  async function serve(c: Context, path: string, answer: (now: Published, q: Query) => Answer, spec: QuerySpec) {
    const now = await current();
    if (!now) return apiError(c, 503, 'not_published', 'No directory has been published yet. Try again shortly.');
    const url = new URL(c.req.url);
    const query = readQuery(url.searchParams, spec);
    if ('error' in query) return apiError(c, 400, 'invalid_parameter', query.error);
    const result = answer(now, query);
    if (!('body' in result)) return apiError(c, result.status, result.code, result.message);
    const etag = `"hsds-${now.version}"`;
    const headers = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache', ETag: etag };
    if (ifNoneMatch(c.req.header('If-None-Match'), etag)) return c.body(null, 304, { ETag: etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' });
    url.searchParams.sort();
    const key = `${now.version} ${path}?${url.searchParams}`;
    if (!answers.has(key)) {
      const wait = builds.take(clientAddress(c, trustedProxies));
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        return apiError(c, 429, 'too_many_requests', `Too many different questions from this address; ask again in ${wait} s. Pages already asked for are answered at once.`);
      }
    }
    const body = await answers.get(key, async () => {
      const raw = Buffer.from(JSON.stringify(result.body()));
      const compress = raw.length >= MIN_COMPRESSED && compressions < compressionsPerVersion;
      if (compress) compressions++;
      return new EncodedBody(raw, compress);
    });
    const response = await encodedResponse(body, c.req.header('Accept-Encoding'), headers);
    answers.reweigh(key);
    return response;
  }

  app.use('*', async (c, next) => {
    await next();
    // Any site may read the directory; nothing else is offered to other origins.
    if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      c.res.headers.set('Access-Control-Allow-Origin', '*');
      c.res.headers.set('Access-Control-Expose-Headers', 'ETag');
    }
  });
  app.options('*', (c) => {
    // Whatever headers a reader sends (Authorization, an API key of its gateway…) are allowed:
    // they are ignored, and no credentials are ever accepted (no Allow-Credentials), so allowing
    // them opens nothing. A fixed list made Chromium block such tools. The answer depends on the
    // request's header list, so caches must key on it; it is the same for every Origin ('*').
    const asked = c.req.header('Access-Control-Request-Headers')?.trim() ?? '';
    const allowed = asked.length <= 2000 && HEADER_LIST.test(asked) ? asked : ALLOWED_HEADERS;
    return c.body(null, 204, {
      'Access-Control-Allow-Methods': READ_METHODS,
      'Access-Control-Allow-Headers': allowed,
      'Access-Control-Max-Age': '86400',
      Allow: READ_METHODS,
      Vary: 'Access-Control-Request-Headers',
    });
  });

  // About this API, with the fields the standard's `/` lists (version, profile, openapi_url) and
  // which directory version it serves.
  const about = (c: Context) =>
    serve(
      c,
      '/',
      (now) => ({ body: () => ({ version: HSDS_VERSION, profile: HSDS_PROFILE, openapi_url: OFFICIAL_OPENAPI, directory_version: now.version, published_at: now.published_at }) }),
      {},
    );
  app.get('/', about);
  app.get(ROOT_WITH_SLASH, about);
  for (const route of ROUTES) app.get(route.path, (c) => serve(c, c.req.path, (now, q) => route.answer(now.view, q, c.req.param('id') ?? ''), route.query));

  const methodNotAllowed = (c: Context) => {
    c.header('Allow', READ_METHODS);
    return apiError(c, 405, 'method_not_allowed', `${c.req.path} is read-only: it answers ${READ_METHODS}, not ${c.req.method}.`);
  };
  app.all('/', methodNotAllowed);
  app.all(ROOT_WITH_SLASH, methodNotAllowed);
  for (const route of ROUTES) app.all(route.path, methodNotAllowed);
  app.all('*', (c) => apiError(c, 404, 'not_found', `There is no HSDS API route ${c.req.path}: see ${HSDS_API_PREFIX}/services, /organizations, /taxonomies or /taxonomy_terms.`));
  return app;
}
