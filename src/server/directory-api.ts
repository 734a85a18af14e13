// GET /api/v1/directory/manifest and GET /api/v1/directory?since=V&locales=a,b
// Payloads are built once per (version, since, locales), compressed once, then served from a
// bounded cache (directory-payloads.ts).
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { DIRECTORY_FORMAT, type DeviceSettings, type Manifest } from '../shared/api';
import { checksumsOf } from '../shared/collection-checksum';
import { COLLECTIONS, type Directory } from '../shared/directory';
import { apiError } from './api-errors';
import { EncodedBody, encodedResponse } from './compression';
import type { Sql } from './database';
import { directoryPayloads, normaliseLocales } from './directory-payloads';
import { changesSince, currentVersion } from './directory-store';
import { currentRequestKey } from './request-keys';

const ALLOWED_PARAMS = new Set(['since', 'locales']);

function availableLanguages(dir: Directory): string[] {
  const tags = new Set<string>();
  for (const c of COLLECTIONS) for (const item of dir[c]) for (const tag of Object.keys(item.texts)) tags.add(tag.split('-')[0]);
  return [...tags].sort();
}

export function directoryApi(sql: Sql, device: DeviceSettings, payloads = directoryPayloads(sql)) {
  const app = new Hono();
  // Settings change only with a restart, but a device holding the old manifest must see them.
  const deviceTag = createHash('sha256').update(JSON.stringify(device)).digest('base64url').slice(0, 8);
  let manifest: { version: number; keyId: string; published_at: string; etag: string; body: EncodedBody; languages: string[] } | undefined;

  async function currentManifest() {
    const current = await currentVersion(sql);
    if (!current) return undefined;
    const key = await currentRequestKey(sql);
    if (manifest?.version !== current.version || manifest.keyId !== key.id) {
      const all = (await changesSince(sql, 0)).upserts;
      const languages = availableLanguages(all);
      const m: Manifest = {
        format: DIRECTORY_FORMAT,
        version: current.version,
        published_at: current.published_at,
        locales: languages,
        counts: { organizations: all.organizations.length, services: all.services.length, rights: all.rights.length },
        checksums: checksumsOf({
          organizations: all.organizations.map((o) => o.id),
          services: all.services.map((s) => s.id),
          rights: all.rights.map((r) => r.id),
        }),
        request_key: key,
        device,
      };
      const body = new EncodedBody(Buffer.from(JSON.stringify(m)));
      manifest = { version: current.version, keyId: key.id, published_at: current.published_at, etag: `"m${current.version}-${key.id}-${deviceTag}"`, body, languages };
    }
    return manifest;
  }

  const cacheHeaders = (etag: string) => ({
    'Content-Type': 'application/json; charset=utf-8',
    // Always revalidate: the ETag makes that a cheap 304.
    'Cache-Control': 'no-cache',
    ETag: etag,
  });

  app.get('/directory/manifest', async (c) => {
    const m = await currentManifest();
    if (!m) return apiError(c, 503, 'not_published', 'No directory has been published yet. Try again shortly.');
    if (c.req.header('If-None-Match') === m.etag) return c.body(null, 304, { ETag: m.etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' });
    return encodedResponse(m.body, c.req.header('Accept-Encoding'), cacheHeaders(m.etag));
  });

  app.get('/directory', async (c) => {
    const m = await currentManifest();
    if (!m) return apiError(c, 503, 'not_published', 'No directory has been published yet. Try again shortly.');
    const url = new URL(c.req.url);
    const unknown = [...url.searchParams.keys()].filter((k) => !ALLOWED_PARAMS.has(k));
    if (unknown.length) {
      return apiError(c, 400, 'unknown_parameter', `Unknown parameter "${unknown[0]}". Use only "since" and "locales".`);
    }
    const repeated = [...ALLOWED_PARAMS].find((k) => url.searchParams.getAll(k).length > 1);
    if (repeated) return apiError(c, 400, 'repeated_parameter', `"${repeated}" is given more than once. Give it once.`);
    const sinceParam = url.searchParams.get('since');
    if (sinceParam !== null && !/^\d{1,9}$/.test(sinceParam)) {
      return apiError(c, 400, 'invalid_since', `"since" must be a version number (a whole number ≥ 0), not "${sinceParam.slice(0, 40)}".`);
    }
    const since = sinceParam === null ? 0 : Number(sinceParam);
    if (since > m.version) {
      return apiError(c, 400, 'unknown_version', `Version ${since} does not exist: the latest is ${m.version}. Ask again without "since" for a full copy.`);
    }
    const asked = normaliseLocales(url.searchParams.get('locales'), m.languages);
    if ('error' in asked) return apiError(c, 400, 'unknown_locale', asked.error);

    const payload = payloads.payload(m, since, asked.locales);
    // Revalidation needs no payload at all: the ETag names the version, since and languages.
    if (c.req.header('If-None-Match') === payload.etag) {
      return c.body(null, 304, { ETag: payload.etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' });
    }
    const response = await encodedResponse(await payload.body(), c.req.header('Accept-Encoding'), cacheHeaders(payload.etag));
    payload.served();
    return response;
  });

  return app;
}
