// Where the private keys of sealed contact requests live: never in the database, so that a
// database dump or backup opens nothing. On a server, a key file readable only by the server's
// account (DATA_DIR/request-keys.json, or REQUEST_KEYS_FILE); in tests, memory.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export interface PrivateKeyStore {
  /** Where the keys are, for messages. */
  readonly location: string;
  /** The private key (base64url) for a key id, if held. */
  get(id: string): Promise<string | undefined>;
  ids(): Promise<string[]>;
  /** Adds keys, safely stored before it resolves. An id already held must keep its key. */
  add(keys: Record<string, string>): Promise<void>;
  /** Deletes keys no stored request needs any more (the retention job), safely stored before it resolves. */
  remove(ids: string[]): Promise<void>;
}

export function memoryKeyStore(): PrivateKeyStore {
  const keys = new Map<string, string>();
  return {
    location: 'memory',
    get: async (id) => keys.get(id),
    ids: async () => [...keys.keys()],
    add: async (added) => {
      for (const [id, key] of Object.entries(checkedAdditions(keys, added, 'memory'))) keys.set(id, key);
    },
    remove: async (ids) => {
      for (const id of ids) keys.delete(id);
    },
  };
}

interface KeyFile {
  about: string;
  keys: Record<string, string>;
}

const ABOUT =
  "Ponte's private keys for sealed contact requests. Without them no stored request can be opened: " +
  'back this file up, apart from the database. Anyone holding it and the database can read every request.';

/**
 * The key file. Only this process writes it (it holds the data folder's lock), so it is read once
 * and kept in memory; every change is written to a new file, synced, and renamed over the old one:
 * a crash leaves the old file or the new one, never half of one.
 */
export function keyFileStore(path: string): PrivateKeyStore {
  let keys: Map<string, string> | undefined;
  let writing = Promise.resolve();
  const load = () => (keys ??= readKeyFile(path));
  return {
    location: path,
    get: async (id) => load().get(id),
    ids: async () => [...load().keys()],
    add: (added) => {
      // One write at a time, each from the keys as the one before left them.
      const write = writing.then(() => {
        const additions = checkedAdditions(load(), added, path);
        if (Object.keys(additions).length === 0) return;
        const next = new Map([...load(), ...Object.entries(additions)]);
        writeKeyFile(path, next);
        keys = next;
      });
      writing = write.catch(() => {});
      return write;
    },
    remove: (ids) => {
      // Written the same way as additions: a new file, synced, renamed over the old one.
      const write = writing.then(() => {
        const gone = ids.filter((id) => load().has(id));
        if (gone.length === 0) return;
        const next = new Map([...load()].filter(([id]) => !gone.includes(id)));
        writeKeyFile(path, next);
        keys = next;
      });
      writing = write.catch(() => {});
      return write;
    },
  };
}

function checkedAdditions(held: Map<string, string>, added: Record<string, string>, location: string) {
  const additions: Record<string, string> = {};
  for (const [id, key] of Object.entries(added)) {
    const existing = held.get(id);
    if (existing === undefined) additions[id] = key;
    else if (existing !== key) throw new Error(`${location} already holds another private key for ${id}: refusing to replace it. Find out which one is right before starting again.`);
  }
  return additions;
}

function readKeyFile(path: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new Error(`The request key file ${path} cannot be read: ${(error as Error).message}`);
  }
  let parsed: KeyFile;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`The request key file ${path} is damaged (not JSON). Put back a copy from your backup.`);
  }
  const entries = Object.entries(parsed?.keys ?? {});
  if (!parsed?.keys || entries.some(([, key]) => typeof key !== 'string')) {
    throw new Error(`The request key file ${path} is not in the expected form ({"keys": {"<id>": "<private key>"}}). Put back a copy from your backup.`);
  }
  if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) {
    console.warn(`Warning: ${path} can be read by other accounts on this computer. Make it readable by the server's account only: chmod 600 ${path}`);
  }
  return new Map(entries as [string, string][]);
}

function writeKeyFile(path: string, keys: Map<string, string>) {
  const temporary = `${path}.${process.pid}.tmp`;
  const contents: KeyFile = { about: ABOUT, keys: Object.fromEntries(keys) };
  // A new file each time ('wx'), so it is created with mode 0600 whatever a leftover had.
  rmSync(temporary, { force: true });
  let fd: number;
  try {
    fd = openSync(temporary, 'wx', 0o600);
  } catch (error) {
    throw new Error(`The request key file ${path} cannot be written: ${(error as Error).message}`);
  }
  try {
    writeSync(fd, JSON.stringify(contents, null, 2) + '\n');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(dirname(path));
}

/** Makes the rename itself durable (POSIX): without it a power cut can undo it. */
function syncFolder(folder: string) {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
