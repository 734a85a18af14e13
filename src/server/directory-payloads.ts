// The answers of GET /directory?since=V&locales=a,b: built once per (version, since, languages),
// compressed once per encoding, kept in a bounded cache.
//
// What is asked is normalised first (case, order, duplicates, regional variants, languages the
// directory does not have), so spelling a language set differently never builds anything new.
// Even so, a version has (version + 1) × (2^languages − 1) valid combinations, and anyone can
// cycle through the deltas. So each version compresses at most `compressedBuildsPerVersion`
// deltas (far more than devices ask for: a few language sets, each from a few recent versions).
// Past that budget a new delta is still answered, correctly, but uncompressed and not cached: it
// costs the database read and the JSON, never the compression (most of a rebuild's CPU), and it
// cannot push the payloads devices really use out of the cache. Snapshots, the big first
// downloads, are always compressed and cached: there are only as many as language sets, and
// junk spending the budget must not make every new device download five times the bytes.
import { DIRECTORY_FORMAT, type DirectoryPayload } from '../shared/api';
import type { Directory } from '../shared/directory';
import { onlyLanguages } from '../shared/localized';
import { EncodedBody } from './compression';
import type { Sql } from './database';
import { changesSince } from './directory-store';
import { PayloadCache, type CacheLimits } from './payload-cache';

export interface PayloadLimits {
  cache: CacheLimits;
  compressedBuildsPerVersion: number;
}

export const DEFAULT_PAYLOAD_LIMITS: PayloadLimits = {
  // A 5,000-service snapshot in two languages is about 4 MB of JSON, 0.4 MB of brotli: a dozen
  // of those, or all the language sets and recent deltas of a directory of a few hundred services.
  cache: { maxEntries: 128, maxBytes: 64 * 1024 * 1024 },
  compressedBuildsPerVersion: 128,
};

/** The version the payloads are for, as the manifest describes it. */
export interface PublishedVersion {
  version: number;
  published_at: string;
  languages: string[];
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/;

/**
 * The languages asked for, as the directory has them: lower case, base languages only (en-GB
 * reads as en, es-x-easy as es: a language's easy-read texts come with it), without duplicates
 * or languages the directory lacks, sorted. An error message when nothing usable is left.
 */
export function normaliseLocales(param: string | null, available: string[]): { locales: string[] } | { error: string } {
  if (param === null) return { locales: available };
  const asked = param.split(',').map((tag) => tag.trim().toLowerCase()).filter(Boolean);
  const listed = `Available: ${available.join(', ')}.`;
  const garbage = asked.find((tag) => !LANGUAGE_TAG.test(tag));
  if (garbage !== undefined) return { error: `"${garbage.slice(0, 20)}" is not a language code. Ask for codes separated by commas. ${listed}` };
  const locales = [...new Set(asked.map((tag) => tag.split('-')[0]))].filter((l) => available.includes(l)).sort();
  if (locales.length > 0) return { locales };
  if (asked.length === 0) return { error: `Name at least one language in "locales". ${listed}` };
  return { error: `The directory has none of the languages asked for (${asked.slice(0, 5).join(', ').slice(0, 60)}). ${listed}` };
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

export function directoryPayloads(sql: Sql, limits: PayloadLimits = DEFAULT_PAYLOAD_LIMITS) {
  const cache = new PayloadCache<EncodedBody>(limits.cache, (body) => body.bytes);
  // Past the budget: requests arriving while one is built still share it, then it is forgotten.
  const uncached = new Map<string, Promise<EncodedBody>>();
  let cachedVersion = 0;
  let compressedBuilds = 0;
  const counts = { builds: 0 };

  async function build(m: PublishedVersion, since: number, locales: string[], compress: boolean): Promise<EncodedBody> {
    counts.builds++;
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
    return new EncodedBody(Buffer.from(JSON.stringify(payload)), compress);
  }

  /** One payload: its ETag is known before it is built (a published version never changes). */
  function payload(m: PublishedVersion, since: number, locales: string[]) {
    const key = `${m.version}/${since}/${locales.join('.')}`;
    return {
      etag: `"d${key.replaceAll('/', '-')}"`,
      body(): Promise<EncodedBody> {
        if (m.version > cachedVersion) {
          // Devices are only ever sent the latest version: older payloads are dead weight.
          cache.clear();
          cachedVersion = m.version;
          compressedBuilds = 0;
        }
        if (since === 0 || cache.has(key) || compressedBuilds < limits.compressedBuildsPerVersion) {
          if (since !== 0 && !cache.has(key)) compressedBuilds++;
          return cache.get(key, () => build(m, since, locales, true));
        }
        let pending = uncached.get(key);
        if (!pending) {
          pending = build(m, since, locales, false).finally(() => uncached.delete(key));
          uncached.set(key, pending);
        }
        return pending;
      },
      /** After answering: the body may hold a new encoding, which counts towards the bound. */
      served() {
        cache.reweigh(key);
      },
    };
  }

  return {
    payload,
    cache,
    /** Payloads built so far, cached or not (what tests count). */
    get builds() {
      return counts.builds;
    },
  };
}
