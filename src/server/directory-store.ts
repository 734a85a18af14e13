// The directory in the database: publishing a new version, and reading snapshots and deltas.
import * as v from 'valibot';
import { COLLECTIONS, DirectorySchema, type Collection, type Directory } from '../shared/directory';
import type { Sql } from './database';
import { stableStringify } from './stable-json';

export interface VersionInfo {
  version: number;
  published_at: string;
}

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The directory has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
}

/** Schema and cross-reference checks: a directory that fails them is never published. */
export function checkDirectory(input: unknown): Directory {
  const parsed = v.safeParse(DirectorySchema, input);
  if (!parsed.success) {
    throw new ContentError(parsed.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`));
  }
  const dir = parsed.output;
  const problems: string[] = [];
  for (const collection of COLLECTIONS) {
    const seen = new Set<string>();
    for (const item of dir[collection]) {
      if (seen.has(item.id)) problems.push(`${collection}: id "${item.id}" is used twice`);
      seen.add(item.id);
    }
  }
  const orgIds = new Set(dir.organizations.map((o) => o.id));
  const serviceIds = new Set(dir.services.map((s) => s.id));
  for (const s of dir.services) {
    if (!orgIds.has(s.organization_id)) problems.push(`services.${s.id}: unknown organization "${s.organization_id}"`);
  }
  for (const r of dir.rights) {
    for (const id of r.service_ids) if (!serviceIds.has(id)) problems.push(`rights.${r.id}: unknown service "${id}"`);
  }
  if (problems.length) throw new ContentError(problems);
  return dir;
}

export async function currentVersion(sql: Sql): Promise<VersionInfo | undefined> {
  const [row] = await sql.query<{ version: number; published_at: Date | string }>(
    'SELECT version, published_at FROM directory_version ORDER BY version DESC LIMIT 1',
  );
  return row && { version: row.version, published_at: new Date(row.published_at).toISOString() };
}

/**
 * Publishes a whole directory: only items that differ from the stored ones get the new version,
 * items no longer present become tombstones. Nothing changes (and no version is made) when the
 * content is identical. Returns the version now current.
 */
export async function publishDirectory(sql: Sql, input: unknown, note = ''): Promise<VersionInfo> {
  const dir = checkDirectory(input);
  return sql.transaction(async (tx) => {
    // One publisher at a time, across processes (PostgreSQL) as well as within one.
    await tx.query('LOCK TABLE directory_version IN EXCLUSIVE MODE');
    const stored = await tx.query<{ collection: Collection; id: string; doc: unknown }>(
      'SELECT collection, id, doc FROM directory_item',
    );
    const before = new Map(stored.map((r) => [`${r.collection}/${r.id}`, r.doc === null ? null : stableStringify(r.doc)]));
    const upserts: { collection: Collection; id: string; json: string }[] = [];
    const removals: { collection: Collection; id: string }[] = [];
    const present = new Set<string>();
    for (const collection of COLLECTIONS) {
      for (const item of dir[collection]) {
        const key = `${collection}/${item.id}`;
        present.add(key);
        const json = stableStringify(item);
        if (before.get(key) !== json) upserts.push({ collection, id: item.id, json });
      }
    }
    for (const r of stored) {
      if (r.doc !== null && !present.has(`${r.collection}/${r.id}`)) removals.push(r);
    }
    const current = await currentVersion(tx);
    if (current && upserts.length === 0 && removals.length === 0) return current;

    const version = (current?.version ?? 0) + 1;
    await tx.query('INSERT INTO directory_version (version, note) VALUES ($1, $2)', [version, note]);
    for (const u of upserts) {
      await tx.query(
        `INSERT INTO directory_item (collection, id, version, doc) VALUES ($1, $2, $3, $4::jsonb)
         ON CONFLICT (collection, id) DO UPDATE SET version = excluded.version, doc = excluded.doc`,
        [u.collection, u.id, version, u.json],
      );
    }
    for (const r of removals) {
      await tx.query('UPDATE directory_item SET version = $3, doc = NULL WHERE collection = $1 AND id = $2', [
        r.collection,
        r.id,
        version,
      ]);
    }
    return (await currentVersion(tx))!;
  });
}

export interface Changes {
  upserts: Directory;
  deletions: Record<Collection, string[]>;
}

/** Everything changed after `since` (0: everything that exists), as of the current version, by id
 *  in byte order (the same order on every database and locale, so an export is reproducible). */
export async function changesSince(sql: Sql, since: number): Promise<Changes> {
  const rows = await sql.query<{ collection: Collection; id: string; doc: never }>(
    `SELECT collection, id, doc FROM directory_item WHERE version > $1 ${since === 0 ? 'AND doc IS NOT NULL' : ''}
     ORDER BY collection, id COLLATE "C"`,
    [since],
  );
  const changes: Changes = {
    upserts: { organizations: [], services: [], rights: [] },
    deletions: { organizations: [], services: [], rights: [] },
  };
  for (const r of rows) {
    if (r.doc === null) changes.deletions[r.collection].push(r.id);
    else changes.upserts[r.collection].push(r.doc);
  }
  return changes;
}

/** The directory as currently published (for editing tools such as the demo change). */
export async function readDirectory(sql: Sql): Promise<Directory> {
  return (await changesSince(sql, 0)).upserts;
}
