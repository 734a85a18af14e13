// The whole import: read the file, turn it into Ponte's directory, compare it with what is
// published, and publish it when asked and nothing is wrong. The command line, the running
// server (when the command hands the directory to it) and the first start with the demo city
// all go through here.
import { COLLECTIONS, type Collection, type Directory } from '../../shared/directory';
import { localClock } from '../../shared/hours';
import type { Sql } from '../database';
import { currentVersion, publishDirectory, readDirectory } from '../directory-store';
import { stableStringify } from '../stable-json';
import { readSource, type SourceFormat } from './read-source';
import { tablesToDirectory, type ImportOptions } from './tables-to-directory';
import type { Finding } from './tables';

export interface ReadResult {
  format?: SourceFormat;
  findings: Finding[];
  /** Only when nothing stops the directory from being published. */
  directory?: Directory;
}

export type CollectionChanges = { added: string[]; changed: string[]; removed: string[] };
export type Changes = Record<Collection, CollectionChanges>;

export interface ApplyResult {
  changes: Changes;
  /** The version before, and after publishing (the same when nothing changed or not published). */
  before?: number;
  version?: number;
}

/** Reads and checks a package or HSDS JSON file; never touches the database. */
export async function readDirectoryFile(path: string, options: Partial<ImportOptions> = {}): Promise<ReadResult> {
  const read = await readSource(path);
  // A file that can't be read (wrong encoding, missing column) would only make every link to it
  // look broken too: those come first, the rest is checked once they are fixed.
  if (read.findings.some((f) => f.severity === 'error')) return { format: read.format, findings: read.findings };
  const today = options.today ?? localClock(new Date(), options.timezone ?? 'UTC').date;
  const { directory, findings } = tablesToDirectory(read.tables, { ...options, today });
  const all = [...read.findings, ...findings];
  return { format: read.format, findings: all, ...(all.some((f) => f.severity === 'error') ? {} : { directory }) };
}

/** What publishing `next` would add, change and remove, and publishes it when `publish` is set:
 *  in one transaction (publishDirectory), so a failure leaves the published version as it was. */
export async function applyDirectory(sql: Sql, next: Directory, publish: boolean, note: string): Promise<ApplyResult> {
  const before = await currentVersion(sql);
  const changes = compare(before ? await readDirectory(sql) : { organizations: [], services: [], rights: [] }, next);
  if (!publish) return { changes, before: before?.version };
  const after = await publishDirectory(sql, next, note);
  return { changes, before: before?.version, version: after.version };
}

export function compare(current: Directory, next: Directory): Changes {
  const out = {} as Changes;
  for (const collection of COLLECTIONS) {
    const old = new Map((current[collection] as { id: string }[]).map((item) => [item.id, stableStringify(item)]));
    const now = new Map((next[collection] as { id: string }[]).map((item) => [item.id, stableStringify(item)]));
    out[collection] = {
      added: [...now.keys()].filter((id) => !old.has(id)),
      changed: [...now].filter(([id, json]) => old.has(id) && old.get(id) !== json).map(([id]) => id),
      removed: [...old.keys()].filter((id) => !now.has(id)),
    };
  }
  return out;
}
