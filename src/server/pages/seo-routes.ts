// GET /sitemap.xml and GET /robots.txt. The sitemap is built once per directory version (and
// public origin), compressed once per encoding, kept in a small bounded cache, and revalidated
// with its ETag like the directory API: a crawler asking again gets a 304 until a new version.
import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { EncodedBody, encodedResponse } from '../compression';
import type { Sql } from '../database';
import { currentVersion } from '../directory-store';
import { PayloadCache } from '../payload-cache';
import { robotsTxt } from './robots';
import { sitemapEntries, sitemapXml, type SitemapEntry } from './sitemap';
import { ifNoneMatch } from '../if-none-match';

/** Origins whose sitemap is compressed per version. With PUBLIC_URL there is one; without it the
 *  origin comes from the request's Host, which anyone can vary: past this many, still answered,
 *  but not compressed (brotli on a megabyte is the CPU the other requests need). */
const COMPRESSED_ORIGINS = 4;

interface Sitemap {
  etag: string;
  body: EncodedBody;
}

/** `publicUrl`: the address people use (config's PUBLIC_URL); without it, each request's origin. */
export function seoRoutes(sql: Sql, options: { publicUrl?: string } = {}): Hono {
  const app = new Hono();
  const fixedOrigin = options.publicUrl ? new URL(options.publicUrl).origin : undefined;
  const sitemaps = new PayloadCache<Sitemap>({ maxEntries: 8, maxBytes: 16 * 1024 * 1024 }, (s) => s.body.bytes);
  // The entries of one version, shared by every origin's sitemap of that version.
  let entries: { version: number; promise: Promise<SitemapEntry[]> } | undefined;
  let compressed: { version: number; origins: Set<string> } = { version: -1, origins: new Set() };

  const originOf = (c: Context) => fixedOrigin ?? new URL(c.req.url).origin;

  function entriesOf(version: number): Promise<SitemapEntry[]> {
    if (entries?.version !== version) {
      const promise = sitemapEntries(sql);
      entries = { version, promise };
      promise.catch(() => {
        if (entries?.promise === promise) entries = undefined; // tried again by the next request
      });
    }
    return entries.promise;
  }

  function worthCompressing(version: number, origin: string): boolean {
    if (compressed.version !== version) compressed = { version, origins: new Set() };
    if (compressed.origins.size < COMPRESSED_ORIGINS) compressed.origins.add(origin);
    return compressed.origins.has(origin);
  }

  async function build(version: number, origin: string): Promise<Sitemap> {
    const raw = Buffer.from(sitemapXml(origin, await entriesOf(version)));
    // The version names the directory; the digest, what this server writes of it (a new release
    // listing more pages for the same version must not be answered 304).
    const digest = createHash('sha256').update(raw).digest('base64url').slice(0, 10);
    return { etag: `"sitemap-${version}-${digest}"`, body: new EncodedBody(raw, worthCompressing(version, origin)) };
  }

  app.get('/sitemap.xml', async (c) => {
    // 0 before anything is published: the fixed pages only.
    const version = (await currentVersion(sql))?.version ?? 0;
    const origin = originOf(c);
    const key = `${version} ${origin}`;
    const sitemap = await sitemaps.get(key, () => build(version, origin));
    if (ifNoneMatch(c.req.header('If-None-Match'), sitemap.etag)) {
      return c.body(null, 304, { ETag: sitemap.etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' });
    }
    const response = await encodedResponse(sitemap.body, c.req.header('Accept-Encoding'), {
      'Content-Type': 'application/xml; charset=utf-8',
      // Always revalidate: the ETag makes that a cheap 304.
      'Cache-Control': 'no-cache',
      ETag: sitemap.etag,
    });
    sitemaps.reweigh(key); // its encodings now count too
    return response;
  });

  app.get('/robots.txt', (c) =>
    c.text(robotsTxt(originOf(c)), 200, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'max-age=3600' }),
  );

  return app;
}
