// GET /api/v1/directory/manifest and GET /api/v1/directory?since=V&locales=a,b
// Payloads are built once per (version, since, locales), compressed once, then served from memory.
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { DIRECTORY_FORMAT, type DeviceSettings, type DirectoryPayload, type Manifest } from '../shared/api';
import { COLLECTIONS, type Directory } from '../shared/directory';
import { onlyLanguages } from '../shared/localized';
import { apiError } from './api-errors';
import { EncodedBody, encodedResponse } from './compression';
import type { Sql } from './database';
import { changesSince, currentVersion } from './directory-store';
import { currentRequestKey } from './request-keys';

const CACHE_LIMIT = 64;
const ALLOWED_PARAMS = new Set(['since', 'locales']);

function availableLanguages(dir: Directory): string[] {
  const tags = new Set<string>();
  for (const c of COLLECTIONS) for (const item of dir[c]) for (const tag of Object.keys(item.texts)) tags.add(tag.split('-')[0]);
  return [...tags].sort();
}

function withLanguages(dir: Directory, languages: string[]): Directory {
  const strip = <T extends { texts: Record<string, unknown> }>(item: T): T => ({
    ...item,
    texts: onlyLanguages(item.texts as never, languages),
  });
  return {
    organizations: dir.organizations.map(strip),
    services: dir.services.map(strip),
    rights: dir.rights.map(strip),
  };
}

export function directoryApi(sql: Sql, device: DeviceSettings) {
  const app = new Hono();
  const payloads = new Map<string, { etag: string; body: EncodedBody }>();
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
    if (c.req.header('If-None-Match') === m.etag) return c.body(null, 304, { ETag: m.etag, 'Cache-Control': 'no-cache' });
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
    const sinceParam = url.searchParams.get('since');
    if (sinceParam !== null && !/^\d{1,9}$/.test(sinceParam)) {
      return apiError(c, 400, 'invalid_since', `"since" must be a version number (a whole number ≥ 0), not "${sinceParam.slice(0, 40)}".`);
    }
    const since = sinceParam === null ? 0 : Number(sinceParam);
    if (since > m.version) {
      return apiError(c, 400, 'unknown_version', `Version ${since} does not exist: the latest is ${m.version}. Ask again without "since" for a full copy.`);
    }
    const localesParam = url.searchParams.get('locales');
    const locales = localesParam === null ? m.languages : [...new Set(localesParam.split(','))].sort();
    const unknownLocale = locales.find((l) => !m.languages.includes(l));
    if (unknownLocale !== undefined || locales.length === 0) {
      return apiError(c, 400, 'unknown_locale', `Unknown language "${(unknownLocale ?? '').slice(0, 20)}". Available: ${m.languages.join(', ')}.`);
    }

    const key = `${m.version}/${since}/${locales.join('.')}`;
    let entry = payloads.get(key);
    if (!entry) {
      const changes = await changesSince(sql, since);
      const payload: DirectoryPayload = {
        format: DIRECTORY_FORMAT,
        kind: since === 0 ? 'snapshot' : 'delta',
        since: since === 0 ? null : since,
        version: m.version,
        published_at: m.published_at,
        locales,
        upserts: withLanguages(changes.upserts, locales),
        deletions: changes.deletions,
      };
      entry = { etag: `"d${key.replaceAll('/', '-')}"`, body: new EncodedBody(Buffer.from(JSON.stringify(payload))) };
      if (payloads.size >= CACHE_LIMIT) payloads.delete(payloads.keys().next().value!);
      payloads.set(key, entry);
    }
    if (c.req.header('If-None-Match') === entry.etag) {
      return c.body(null, 304, { ETag: entry.etag, 'Cache-Control': 'no-cache' });
    }
    return encodedResponse(entry.body, c.req.header('Accept-Encoding'), cacheHeaders(entry.etag));
  });

  return app;
}
