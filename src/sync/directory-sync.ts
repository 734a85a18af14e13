// Keeps the directory on the device up to date: asks the manifest, fetches a snapshot or only
// the delta since the device's version, checks the payload whole, then swaps data and search
// index in one IndexedDB transaction. Anything wrong and nothing is written: the device keeps
// the version it had. Used by the page and by the service worker alike.
// After each sync the device checks that it holds the items the manifest lists (counts and
// checksums per collection): rows lost or damaged on the device are repaired by a fresh snapshot.
import * as v from 'valibot';
import { API_BASE, DirectoryPayloadSchema, ManifestSchema, type DirectoryPayload, type Manifest } from '../shared/api';
import { collectionChecksum } from '../shared/collection-checksum';
import { COLLECTIONS } from '../shared/directory';
import { isExpectedResponse, mediaType } from '../shared/expected-response';
import { removedKey, type PonteDatabase, type RemovedItem } from '../data/db';
import { buildIndex, readIndex, rightsDoc, serializeIndex, serviceDoc, updateIndex } from '../data/search-index';

/** not-directory: an answer of another type, such as a Wi-Fi login page ("captive portal"). */
export type RefusalReason = 'http' | 'not-directory' | 'malformed' | 'invalid' | 'out-of-order';

/** The server answered, but with something the device will not store. */
export class SyncRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
    this.name = 'SyncRefused';
  }
}

/** How far a sync has gone, for a screen waiting for the directory. `total` is known only when
 *  the payload arrives uncompressed (Content-Length counts the compressed bytes otherwise). */
export type SyncProgress =
  | { stage: 'checking' }
  | { stage: 'downloading'; received: number; total?: number }
  | { stage: 'saving' };

export interface SyncOptions {
  db: PonteDatabase;
  /** Languages to keep on the device. */
  locales: string[];
  fetch?: typeof fetch;
  baseUrl?: string;
  now?: () => Date;
  onProgress?: (progress: SyncProgress) => void;
}

type Updated = { outcome: 'updated'; kind: DirectoryPayload['kind']; from: number | null; version: number; bytes: number };
/** What the worker tells the page of a sync it runs for it (src/app/directory-sync-by-worker.ts). */
export type SyncMessage =
  | { type: 'progress'; progress: SyncProgress }
  | { type: 'done'; result: SyncResult }
  | { type: 'failed'; name: string; message: string };

/** repaired: the device did not hold what the manifest lists, and took a fresh snapshot. */
export type SyncResult = { outcome: 'up-to-date'; version: number } | (Updated & { repaired?: true });

/** The body as text; with `onBytes`, read piece by piece to tell how much has arrived. */
async function readText(res: Response, onBytes?: (received: number, total?: number) => void): Promise<string> {
  if (!onBytes || !res.body) return res.text();
  const length = Number(res.headers.get('Content-Length'));
  const total = !res.headers.get('Content-Encoding') && length > 0 ? length : undefined;
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let received = 0;
  onBytes(0, total); // the total, as soon as it is known
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    received += chunk.value.byteLength;
    text += decoder.decode(chunk.value, { stream: true });
    onBytes(received, total);
  }
  return text + decoder.decode();
}

async function getJson<T>(
  opts: SyncOptions,
  path: string,
  schema: v.GenericSchema<unknown, T>,
  onBytes?: (received: number, total?: number) => void,
): Promise<{ data: T; bytes: number }> {
  const doFetch = opts.fetch ?? fetch;
  // no-cache: revalidate with the server each time (a 304 when nothing changed).
  const res = await doFetch(`${opts.baseUrl ?? ''}${API_BASE}${path}`, { cache: 'no-cache' });
  if (!res.ok) throw new SyncRefused('http', `The server answered ${res.status} for ${path}.`);
  if (!isExpectedResponse(res, 'json')) {
    // Not even read: a portal's page is never taken for the directory, whatever it contains.
    throw new SyncRefused('not-directory', `The answer for ${path} is ${mediaType(res) || 'of no stated type'}, not the directory (a Wi-Fi login page?). Nothing was changed.`);
  }
  const text = await readText(res, onBytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SyncRefused('malformed', `The directory from the server was incomplete or damaged (${text.length} characters).`);
  }
  const parsed = v.safeParse(schema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new SyncRefused('invalid', `The directory from the server is not valid: ${v.getDotPath(issue) ?? 'payload'}: ${issue.message}`);
  }
  return { data: parsed.output, bytes: text.length };
}

const sameLocales = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Whether the device holds exactly the items the manifest lists: counts, and checksums where
 *  the server sends them. Read in one transaction, so a sync writing meanwhile is not half seen. */
export async function holdsWhatManifestLists(db: PonteDatabase, manifest: Pick<Manifest, 'counts' | 'checksums'>): Promise<boolean> {
  return db.transaction('r', [db.organizations, db.services, db.rights], async () => {
    for (const collection of COLLECTIONS) {
      const ids = await db.table<unknown, string>(collection).toCollection().primaryKeys();
      if (ids.length !== manifest.counts[collection]) return false;
      if (manifest.checksums && collectionChecksum(ids) !== manifest.checksums[collection]) return false;
    }
    return true;
  });
}

export async function syncDirectory(opts: SyncOptions): Promise<SyncResult> {
  const now = opts.now ?? (() => new Date());
  const { db } = opts;
  const progress = opts.onProgress ?? (() => {});
  progress({ stage: 'checking' });
  const locales = [...new Set(opts.locales)].sort();
  const meta = await db.meta.get('directory');
  const { data: manifest } = await getJson<Manifest>(opts, '/directory/manifest', ManifestSchema);
  const held = meta?.locales.filter((l) => manifest.locales.includes(l)) ?? [];
  const wanted = locales.filter((l) => manifest.locales.includes(l));
  // Back to a language the device already holds (French, then English again): keep what is held
  // up to date rather than download a smaller snapshot of texts already on the device.
  const holdsAllWanted = held.length > 0 && wanted.every((l) => held.includes(l));
  const asked = holdsAllWanted ? held : wanted;
  const canDelta = meta !== undefined && sameLocales(meta.locales, asked) && meta.version <= manifest.version;

  // A fresh snapshot, written in one transaction like any other, for a device whose data does
  // not match the manifest (rows lost, a store emptied by hand). Once: if the server's own
  // figures disagree with its snapshot, the next sync tries again rather than loop here.
  const repair = async (): Promise<SyncResult> => ({ ...(await download(opts, manifest, 0, asked)), repaired: true });

  if (canDelta && meta.version === manifest.version) {
    await db.meta.update('directory', {
      checked_at: now().toISOString(),
      request_key: manifest.request_key,
      device: manifest.device,
      offered_locales: manifest.locales,
    });
    if (await holdsWhatManifestLists(db, manifest)) return { outcome: 'up-to-date', version: meta.version };
    return repair();
  }
  const result = await download(opts, manifest, canDelta ? meta.version : 0, asked);
  // Checked only against the manifest of the same version (a newer one may have been published meanwhile).
  if (result.version === manifest.version && !(await holdsWhatManifestLists(db, manifest))) return repair();
  return result;
}

async function download(opts: SyncOptions, manifest: Manifest, since: number, locales: string[]): Promise<Updated> {
  const progress = opts.onProgress ?? (() => {});
  const query = `?${since ? `since=${since}&` : ''}locales=${locales.join(',')}`;
  progress({ stage: 'downloading', received: 0 });
  const { data: payload, bytes } = await getJson<DirectoryPayload>(opts, `/directory${query}`, DirectoryPayloadSchema, (received, total) =>
    progress({ stage: 'downloading', received, total }),
  );
  if (payload.kind !== (since ? 'delta' : 'snapshot') || (since && payload.since !== since)) {
    throw new SyncRefused('out-of-order', `Asked for changes since version ${since} but received a ${payload.kind} from ${payload.since}.`);
  }
  progress({ stage: 'saving' });
  await applyPayload(opts.db, payload, (opts.now ?? (() => new Date()))(), manifest);
  return { outcome: 'updated', kind: payload.kind, from: payload.since, version: payload.version, bytes };
}

/** Writes a checked payload: data, search index and version together, or nothing at all. */
export async function applyPayload(
  db: PonteDatabase,
  payload: DirectoryPayload,
  at: Date,
  manifest?: Pick<Manifest, 'request_key' | 'device' | 'locales'>,
): Promise<void> {
  const { upserts, deletions } = payload;
  await db.transaction('rw', [db.services, db.organizations, db.rights, db.meta, db.searchIndex, db.removedItems], async () => {
    const meta = await db.meta.get('directory');
    if (payload.kind === 'delta' && meta?.version !== payload.since) {
      // Another sync (a tab, the service worker) moved the device on meanwhile.
      throw new SyncRefused('out-of-order', `This change applies to version ${payload.since}, the device has ${meta?.version}.`);
    }
    const stored = await db.searchIndex.get('directory');
    // A delta updates the stored index, unless an older version of the app stored it in another
    // format: then, as for a snapshot, everything is indexed anew once the data is written.
    const kept = payload.kind === 'delta' && stored ? readIndex(stored.json) : undefined;
    await rememberRemovals(db, payload);
    if (payload.kind === 'snapshot') {
      await Promise.all([db.services.clear(), db.organizations.clear(), db.rights.clear()]);
    }
    await db.organizations.bulkPut(upserts.organizations);
    await db.services.bulkPut(upserts.services);
    await db.rights.bulkPut(upserts.rights);
    await db.organizations.bulkDelete(deletions.organizations);
    await db.services.bulkDelete(deletions.services);
    await db.rights.bulkDelete(deletions.rights);

    const orgs = new Map((await db.organizations.toArray()).map((o) => [o.id, o]));
    let index = kept;
    if (index) {
      // A service's document includes its organisation's name: re-index services of changed organisations.
      const changedOrgs = new Set(upserts.organizations.map((o) => o.id));
      const servicesToIndex = new Map(upserts.services.map((s) => [s.id, s]));
      if (changedOrgs.size) {
        for (const s of await db.services.where('id').noneOf([...servicesToIndex.keys()]).toArray()) {
          if (changedOrgs.has(s.organization_id)) servicesToIndex.set(s.id, s);
        }
      }
      updateIndex(
        index,
        [...[...servicesToIndex.values()].map((s) => serviceDoc(s, orgs.get(s.organization_id))), ...upserts.rights.map(rightsDoc)],
        [...deletions.services.map((id) => `service:${id}`), ...deletions.rights.map((id) => `rights:${id}`)],
      );
    } else if (payload.kind === 'snapshot') {
      index = buildIndex(upserts.services, upserts.organizations, upserts.rights);
    } else {
      index = buildIndex(await db.services.toArray(), [...orgs.values()], await db.rights.toArray());
    }
    await db.searchIndex.put({ key: 'directory', version: payload.version, json: serializeIndex(index) });
    await db.meta.put({
      key: 'directory',
      version: payload.version,
      published_at: payload.published_at,
      locales: payload.locales,
      checked_at: at.toISOString(),
      request_key: manifest?.request_key ?? meta?.request_key,
      device: manifest ? manifest.device : meta?.device,
      offered_locales: manifest?.locales ?? meta?.offered_locales,
    });
  });
}

/** Keeps the list of removed items (inside applyPayload's transaction, before it writes): a
 *  delta's deletions, or for a snapshot what the device held and the snapshot no longer has.
 *  An item listed again is taken off the list. */
async function rememberRemovals(db: PonteDatabase, payload: DirectoryPayload): Promise<void> {
  const removed: RemovedItem[] = [];
  for (const collection of COLLECTIONS) {
    const listed = new Set(payload.upserts[collection].map((item) => item.id));
    const gone =
      payload.kind === 'delta'
        ? payload.deletions[collection]
        : (await db.table<unknown, string>(collection).toCollection().primaryKeys()).filter((id) => !listed.has(id));
    for (const id of gone) removed.push({ key: removedKey(collection, id), collection, id, version: payload.version });
    await db.removedItems.bulkDelete([...listed].map((id) => removedKey(collection, id)));
  }
  await db.removedItems.bulkPut(removed);
}

/**
 * One sync at a time across the page's tabs and the service worker (Web Locks where present).
 * A caller that finds one running waits for it, then finds the device up to date in one
 * small manifest request, so no caller ever misses a result.
 */
export async function syncDirectoryExclusive(opts: SyncOptions): Promise<SyncResult> {
  // The page's navigator or the worker's (absent in Node tests).
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  if (!locks) return syncDirectory(opts);
  return locks.request('ponte-directory-sync', () => syncDirectory(opts));
}
