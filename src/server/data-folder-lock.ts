// One Ponte process per data folder: two servers on one PGlite folder corrupt it, and the key
// file and server.json belong to one process. The lock is a folder, DATA_DIR/ponte.lock/, where
// each process that wants the data folder adds an entry named after itself (pid, the kernel's
// start time of that pid, host), then looks at the others:
//   - an entry of a process that no longer runs (killed with -9, the machine restarted, its pid
//     reused by another program) is removed: only its own name is ever removed, so removing it
//     can never touch a live process's entry, and two processes removing it at once is harmless;
//   - any other live entry means the folder is in use: the newcomer removes its own entry and
//     gives up, naming the process it found.
// Of two processes, each adds its entry before looking, so at least one of them sees the other:
// two holders at once are impossible. (Two starting at the very same moment may both give up.)
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

export const LOCK_FOLDER = 'ponte.lock';

interface Holder {
  pid: number;
  /** The kernel's start time of the pid (Linux, /proc): tells a reused pid apart; '-' elsewhere. */
  start: string;
  host: string;
}

export class DataFolderInUse extends Error {
  constructor(
    readonly folder: string,
    readonly holder: Holder,
    entry: string,
  ) {
    const where = holder.host === hostname() ? '' : ` on the computer "${holder.host}"`;
    super(
      `The data folder ${folder} is in use by process ${holder.pid}${where}: only one Ponte process may use a data folder at a time. ` +
        `Stop that process first (or set DATA_DIR to another folder). If it is surely gone, delete ${entry}.`,
    );
    this.name = 'DataFolderInUse';
  }
}

export interface DataFolderLock {
  readonly folder: string;
  /** Gives the folder up (also done when the process exits). */
  release(): void;
}

/** Takes the data folder (made if missing) for this process, or throws DataFolderInUse. */
export function lockDataFolder(folder: string): DataFolderLock {
  const dir = join(resolve(folder), LOCK_FOLDER);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const me: Holder = { pid: process.pid, start: startTime(process.pid), host: hostname() };
  // The random part keeps every attempt's name its own, even two in one process.
  const mine = join(dir, `${entryName(me)}_${randomBytes(4).toString('hex')}`);
  // The name says everything needed to judge the entry, so it is complete the moment it exists;
  // the contents are for people reading the folder.
  writeFileSync(mine, `Ponte process ${me.pid} (${process.argv.slice(2).join(' ') || 'serve'}) since ${new Date().toISOString()}\n`, { flag: 'wx', mode: 0o600 });
  try {
    for (const name of readdirSync(dir)) {
      const other = parseEntry(name);
      if (!other || join(dir, name) === mine) continue;
      if (isRunning(other)) throw new DataFolderInUse(resolve(folder), other, join(dir, name));
      rmSync(join(dir, name), { force: true });
    }
  } catch (error) {
    rmSync(mine, { force: true });
    throw error;
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    rmSync(mine, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  return { folder: resolve(folder), release };
}

// <pid>_<start>_<host>_<random>: pid and start are digits (start '-' where unknown); the host is
// URI-encoded, "_" included, so "_" only ever separates.
const entryName = (h: Holder) => `${h.pid}_${h.start}_${encodeURIComponent(h.host).replaceAll('_', '%5F')}`;

function parseEntry(name: string): Holder | undefined {
  const match = /^(\d+)_(\d+|-)_([^_]+)_[0-9a-f]+$/.exec(name);
  if (!match) return undefined;
  try {
    return { pid: Number(match[1]), start: match[2], host: decodeURIComponent(match[3]) };
  } catch {
    return undefined;
  }
}

/** Whether the process an entry names is still running. On another host we cannot know: yes. */
function isRunning(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
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

/** The pid of the live process holding the folder, if any (for tools that talk to it). */
export function dataFolderHolder(folder: string): number | undefined {
  const dir = join(resolve(folder), LOCK_FOLDER);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  return names.map(parseEntry).find((h) => h && isRunning(h))?.pid;
}

export const STALE_AFTER_MS = 60_000;
export const pidNamespace = () => "4026531836";
