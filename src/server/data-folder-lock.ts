// One Ponte process per data folder: two servers on one PGlite folder corrupt it, and the key
// file and server.json belong to one process. The lock is a folder, DATA_DIR/ponte.lock/, where
// each process that wants the data folder adds an entry named after itself (pid, the kernel's
// start time of that pid, host, PID namespace), then looks at the others:
//   - an entry of a process that no longer runs is removed: only its own name is ever removed,
//     so removing it can never touch a live process's entry, and two processes removing it at
//     once is harmless;
//   - any other live entry means the folder is in use: the newcomer removes its own entry and
//     gives up, naming the process it found.
// Of two processes, each adds its entry before looking, so at least one of them sees the other:
// two holders at once are impossible. (Two starting at the very same moment may both give up.)
//
// Whether an entry's process still runs: a pid means something only in the PID namespace it was
// taken in. Containers sharing a volume may have the same hostname and each its own namespace,
// where the other's pid is a different process or none. So the pid and start time decide only
// for an entry of our own host AND namespace (a kill -9 on this machine is recovered at once).
// Any other entry is judged by its heartbeat: the holder touches its entry every 10 s, and an
// entry untouched for 60 s is stale (its container was killed, its machine is gone). A holder
// that finds its entry removed (judged stale while it was frozen, say) stops at once: it can no
// longer know that it is alone, and two writers corrupt the database.
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

export const LOCK_FOLDER = 'ponte.lock';
export const HEARTBEAT_MS = 10_000;
export const STALE_AFTER_MS = 60_000;

interface Holder {
  pid: number;
  /** The kernel's start time of the pid (Linux, /proc): tells a reused pid apart; '-' elsewhere. */
  start: string;
  host: string;
  /** The PID namespace the pid belongs to (Linux: the number of pid:[…]); '-' where unknown. */
  pidNamespace: string;
}

export class DataFolderInUse extends Error {
  constructor(
    readonly folder: string,
    readonly holder: Holder,
    entry: string,
  ) {
    const sameMachine = inOurNamespace(holder);
    const where = holder.host !== hostname() ? ` on the computer "${holder.host}"` : sameMachine ? '' : ` in another container (PID namespace ${holder.pidNamespace})`;
    super(
      `The data folder ${folder} is in use by process ${holder.pid}${where}: only one Ponte process may use a data folder at a time. ` +
        `Stop that process first (or set DATA_DIR to another folder). ` +
        (sameMachine ? `If it is surely gone, delete ${entry}.` : `If it is gone, its entry ${entry} is recovered ${STALE_AFTER_MS / 1000} s after its last heartbeat.`),
    );
    this.name = 'DataFolderInUse';
  }
}

export interface DataFolderLock {
  readonly folder: string;
  /** Gives the folder up (also done when the process exits). */
  release(): void;
}

export interface LockOptions {
  /** How often the holder touches its entry. */
  heartbeatMs?: number;
  /** How long an entry judged by its heartbeat may go untouched before it counts as gone. */
  staleAfterMs?: number;
  /** What happens when the holder's entry was removed by another: by default, log and exit(1). */
  onLost?: (folder: string) => void;
}

/** Takes the data folder (made if missing) for this process, or throws DataFolderInUse. */
export function lockDataFolder(folder: string, options: LockOptions = {}): DataFolderLock {
  const { heartbeatMs = HEARTBEAT_MS, staleAfterMs = STALE_AFTER_MS, onLost = stopUsingFolder } = options;
  const absolute = resolve(folder);
  const dir = join(absolute, LOCK_FOLDER);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const me: Holder = { pid: process.pid, start: startTime(process.pid), host: hostname(), pidNamespace: pidNamespace() };
  // The random part keeps every attempt's name its own, even two in one process.
  const mine = join(dir, `${entryName(me)}_${randomBytes(4).toString('hex')}`);
  // The name says everything needed to judge the entry, so it is complete the moment it exists;
  // the contents are for people reading the folder.
  const about = `Ponte process ${me.pid} (${process.argv.slice(2).join(' ') || 'serve'}) since ${new Date().toISOString()}\n`;
  writeFileSync(mine, about, { flag: 'wx', mode: 0o600 });
  try {
    // "Now" as the folder's file system tells it (our entry was just written): entries touched by
    // other machines are compared on that one clock, not on ours.
    const now = statSync(mine).mtimeMs;
    for (const name of readdirSync(dir)) {
      const other = parseEntry(name);
      if (!other || join(dir, name) === mine) continue;
      if (isRunning(other, join(dir, name), now, staleAfterMs)) throw new DataFolderInUse(absolute, other, join(dir, name));
      rmSync(join(dir, name), { force: true });
    }
  } catch (error) {
    rmSync(mine, { force: true });
    throw error;
  }
  let held = true;
  const heartbeat = setInterval(() => {
    if (!touch(mine, about)) {
      release();
      onLost(absolute);
    }
  }, heartbeatMs).unref();
  const release = () => {
    if (!held) return;
    held = false;
    clearInterval(heartbeat);
    rmSync(mine, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  return { folder: absolute, release };
}

/**
 * Renews the entry's time by writing it again (its mtime then comes from the folder's file
 * system, the one clock every machine sharing the folder sees). False when the entry is gone.
 */
function touch(entry: string, about: string): boolean {
  let fd: number;
  try {
    // 'r+': never creates it again; a removed entry means another process took the folder.
    fd = openSync(entry, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    // Another failure (a full disk, a file server away for a moment): try again next beat.
    return true;
  }
  try {
    writeSync(fd, about, 0);
  } catch {
    // As above: the next beat tries again; the entry still exists, so we still hold the folder.
  } finally {
    closeSync(fd);
  }
  return true;
}

function stopUsingFolder(folder: string) {
  console.error(
    `Ponte stops: its entry in ${join(folder, LOCK_FOLDER)} was removed by another process, which judged it stale (no heartbeat for ${STALE_AFTER_MS / 1000} s) ` +
      `and may be using the data folder ${folder} now. Two processes on one data folder damage its database. ` +
      'Make sure only one Ponte process uses this folder, then start again.',
  );
  process.exit(1);
}

// <pid>_<start>_<host>_<pid namespace>_<random>: pid, start and namespace are digits ('-' where
// unknown); the host is URI-encoded, "_" included, so "_" only ever separates.
const entryName = (h: Holder) => `${h.pid}_${h.start}_${encodeURIComponent(h.host).replaceAll('_', '%5F')}_${h.pidNamespace}`;

function parseEntry(name: string): Holder | undefined {
  const match = /^(\d+)_(\d+|-)_([^_]+)_(\d+|-)_[0-9a-f]+$/.exec(name);
  if (!match) return undefined;
  try {
    return { pid: Number(match[1]), start: match[2], host: decodeURIComponent(match[3]), pidNamespace: match[4] };
  } catch {
    return undefined;
  }
}

/** Whether the process an entry names is still running (see the top of this file). */
function isRunning(holder: Holder, entry: string, now: number, staleAfterMs: number): boolean {
  if (inOurNamespace(holder)) return processRuns(holder);
  let touched: number;
  try {
    touched = statSync(entry).mtimeMs;
  } catch {
    return false; // Removed meanwhile: its holder gave it up.
  }
  return now - touched < staleAfterMs;
}

/** Whether the entry's pid means the same here as where it was taken. */
const inOurNamespace = (holder: Holder) => holder.host === hostname() && holder.pidNamespace === pidNamespace();

function processRuns(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: it runs, under another account.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // The pid runs, but is it the same process? Only the start time can say (a container restarts
  // its server under the same small pid). Without one, assume it is.
  return holder.start === '-' || startTime(holder.pid) === holder.start;
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. */
export function startTime(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may itself hold spaces or parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return /^\d+$/.test(fields[19]) ? fields[19] : '-';
  } catch {
    return '-';
  }
}

/** This process's PID namespace (Linux: 4026531836 of "pid:[4026531836]"); '-' where unknown. */
export function pidNamespace(): string {
  try {
    return /^pid:\[(\d+)\]$/.exec(readlinkSync('/proc/self/ns/pid'))?.[1] ?? '-';
  } catch {
    return '-';
  }
}

/** The pid of the live process holding the folder, if any (for tools that talk to it). */
export function dataFolderHolder(folder: string): number | undefined {
  const dir = join(resolve(folder), LOCK_FOLDER);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  // Only a holder in our own namespace can be reached by its pid.
  return names.map(parseEntry).find((h) => h && inOurNamespace(h) && processRuns(h))?.pid;
}
