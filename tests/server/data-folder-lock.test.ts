// One Ponte process per data folder: a second server (or a tool) on a folder in use stops at once
// and says which process holds it; a lock left by a killed process does not keep anyone out.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataFolderInUse, LOCK_FOLDER, lockDataFolder, pidNamespace, STALE_AFTER_MS, startTime, type DataFolderLock } from '../../src/server/data-folder-lock';
import { CliProcess, runCli } from '../helpers/cli-process';

let dataDir: string;
const held: (DataFolderLock | CliProcess)[] = [];
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'ponte-lock-'));
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  for (const h of held.splice(0)) 'release' in h ? h.release() : await h.stop('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const take = () => {
  const lock = lockDataFolder(dataDir);
  held.push(lock);
  return lock;
};
/**
 * A lock entry as another process would have left it: by default one of this host and PID
 * namespace; `lastBeat`: how long ago it was last touched (its heartbeat).
 */
function leaveEntry(pid: number, start: string, { host = hostname(), namespace = pidNamespace(), lastBeat = 0 } = {}) {
  mkdirSync(join(dataDir, LOCK_FOLDER), { recursive: true });
  const entry = join(dataDir, LOCK_FOLDER, `${pid}_${start}_${encodeURIComponent(host)}_${namespace}_0123abcd`);
  writeFileSync(entry, '');
  const when = new Date(Date.now() - lastBeat);
  utimesSync(entry, when, when);
  return entry;
}
/** A PID namespace that is not ours (another container on this host). */
const OTHER_NAMESPACE = pidNamespace() === '4026530001' ? '4026530002' : '4026530001';
const entries = () => readdirSync(join(dataDir, LOCK_FOLDER));

/** The pid of a process that has run and ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('the data folder lock', () => {
  it('refuses a second holder, naming the folder and the process', () => {
    take();
    expect(() => lockDataFolder(dataDir)).toThrow(DataFolderInUse);
    expect(() => lockDataFolder(dataDir)).toThrow(`The data folder ${dataDir} is in use by process ${process.pid}`);
    // The refused attempts left nothing behind: only the holder's entry.
    expect(entries()).toHaveLength(1);
  });

  it('is free again once released', () => {
    take().release();
    expect(entries()).toEqual([]);
    expect(() => take()).not.toThrow();
  });

  it('refuses while another live process holds it', () => {
    leaveEntry(process.ppid, startTime(process.ppid));
    expect(() => lockDataFolder(dataDir)).toThrow(`in use by process ${process.ppid}`);
  });

  it('recovers the entry of a process that no longer runs', async () => {
    const pid = await deadPid();
    leaveEntry(pid, '12345');
    take();
    expect(entries()).toEqual([expect.stringMatching(new RegExp(`^${process.pid}_`))]);
  });

  it.runIf(process.platform === 'linux')('recovers the entry of a pid now used by another process (the start time differs)', () => {
    leaveEntry(process.ppid, String(Number(startTime(process.ppid)) + 1));
    expect(() => take()).not.toThrow();
  });

  it('makes a data folder that does not exist (a fresh clone has no ./data)', () => {
    const fresh = join(dataDir, 'not', 'yet');
    held.push(lockDataFolder(fresh));
    expect(existsSync(join(fresh, LOCK_FOLDER))).toBe(true);
  });
});

// Where a pid means nothing to us (another computer, or a container with our hostname but its own
// PID namespace, sharing the volume), only the entry's heartbeat says whether its holder lives.
describe('an entry whose pid is not ours to check', () => {
  const justUnder = STALE_AFTER_MS - 5_000;
  const pastStale = STALE_AFTER_MS + 5_000;

  it('from another computer: blocks while its heartbeat is fresh', () => {
    leaveEntry(4242, '777', { host: 'other-box', lastBeat: justUnder });
    expect(() => lockDataFolder(dataDir)).toThrow(`The data folder ${dataDir} is in use by process 4242 on the computer "other-box"`);
  });

  it('from another computer: is recovered once its heartbeat is older than 60 s (its container was killed)', () => {
    const stale = leaveEntry(4242, '777', { host: 'other-box', lastBeat: pastStale });
    expect(() => take()).not.toThrow();
    expect(existsSync(stale)).toBe(false);
  });

  it('from another PID namespace on this host: a pid that is dead here does not make it stale', async () => {
    // In its own container the pid is the running server; here it is nobody.
    const entry = leaveEntry(await deadPid(), '12345', { namespace: OTHER_NAMESPACE });
    expect(() => lockDataFolder(dataDir)).toThrow(`in another container (PID namespace ${OTHER_NAMESPACE})`);
    expect(existsSync(entry)).toBe(true);
  });

  it('from another PID namespace on this host: a pid that runs here does not keep it alive without a heartbeat', () => {
    const entry = leaveEntry(process.ppid, startTime(process.ppid), { namespace: OTHER_NAMESPACE, lastBeat: pastStale });
    expect(() => take()).not.toThrow();
    expect(existsSync(entry)).toBe(false);
  });
});

describe("the holder's heartbeat", () => {
  const mine = () => join(dataDir, LOCK_FOLDER, entries()[0]);

  it('keeps its entry fresh, so that nobody takes the folder from a live holder', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    take();
    const longAgo = new Date(Date.now() - 10 * STALE_AFTER_MS);
    utimesSync(mine(), longAgo, longAgo);
    vi.advanceTimersByTime(10_000);
    expect(statSync(mine()).mtimeMs).toBeGreaterThan(longAgo.getTime() + 5 * STALE_AFTER_MS);
  });

  it('stops the process, naming the folder, when its entry was removed (another judged it stale)', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    take();
    rmSync(mine());
    vi.advanceTimersByTime(10_000);
    expect(exit).toHaveBeenCalledWith(1);
    expect(error.mock.calls.join(' ')).toContain(`may be using the data folder ${dataDir} now`);
    // It neither wrote its entry again nor stays a holder.
    expect(entries()).toEqual([]);
  });

  it('can be made faster, and what happens on loss chosen, for tools and tests', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const lost: string[] = [];
    held.push(lockDataFolder(dataDir, { heartbeatMs: 50, onLost: (folder) => lost.push(folder) }));
    rmSync(mine());
    vi.advanceTimersByTime(50);
    expect(lost).toEqual([dataDir]);
  });
});

describe('servers and tools on one data folder', { timeout: 120_000 }, () => {
  const start = (command = 'serve') => {
    const cli = new CliProcess(command, { DATA_DIR: dataDir });
    held.push(cli);
    return cli;
  };
  const serverJson = () => JSON.parse(readFileSync(join(dataDir, 'server.json'), 'utf8'));

  it('a second server stops at once with a message naming the folder and the first one, which runs on', async () => {
    const first = start();
    const port = await first.running();
    const second = start();
    // Whichever comes first: the refusal, or (without the lock) a second server running.
    const outcome = await second.waitFor(/The data folder .* is in use by process \d+|running on/);
    expect(outcome[0]).toBe(`The data folder ${dataDir} is in use by process ${first.pid}`);
    expect((await second.exited).code).toBe(1);
    // server.json is still the first server's, and it still answers.
    expect(serverJson()).toMatchObject({ pid: first.pid, port });
    expect((await fetch(`http://localhost:${port}/api/v1/directory/manifest`)).status).toBe(200);
  });

  it('a tool that needs the folder refuses while the server runs; publish-demo-change hands its change to it', async () => {
    const server = start();
    await server.running();
    const rotate = await runCli('rotate-request-key', { DATA_DIR: dataDir });
    expect(rotate.code).not.toBe(0);
    expect(rotate.output).toContain(`is in use by process ${server.pid}`);
    const publish = await runCli('publish-demo-change', { DATA_DIR: dataDir });
    expect(publish.output).toContain('Published directory version 2');
    expect(publish.code).toBe(0);
  });

  // Two containers with one hostname sharing the volume: each server is pid 1 of its own PID
  // namespace, where the other's pid means another process (itself). Only root can make one.
  const ownNamespace = ['unshare', '--pid', '--fork', '--mount-proc', '--kill-child'];
  const canUnshare = spawnSync(ownNamespace[0], [...ownNamespace.slice(1), 'true']).status === 0;
  if (!canUnshare) console.warn('SKIPPED: `unshare --pid` is not available here (it needs root), so two servers in separate PID namespaces are not tested with real processes.');

  it.runIf(canUnshare)('a second server in another PID namespace (container) on this host stops at once; the first runs on', async () => {
    const inContainer = () => {
      const cli = new CliProcess('serve', { DATA_DIR: dataDir }, ownNamespace);
      held.push(cli);
      return cli;
    };
    const first = inContainer();
    const port = await first.running();
    const second = inContainer();
    const outcome = await second.waitFor(/The data folder .* is in use by process \d+[^:]*|running on/);
    expect(outcome[0]).toMatch(new RegExp(`^The data folder ${dataDir} is in use by process 1 in another container`));
    expect((await second.exited).code).toBe(1);
    expect(serverJson()).toMatchObject({ port });
    expect((await fetch(`http://localhost:${port}/api/v1/directory/manifest`)).status).toBe(200);
  });

  it('after kill -9, the next server starts and server.json is its own; a clean stop removes it', async () => {
    const killed = start();
    await killed.running();
    await killed.stop('SIGKILL');
    const next = start();
    const port = await next.running();
    expect(serverJson()).toMatchObject({ pid: next.pid, port });
    expect(await next.stop()).toEqual({ code: 0, signal: null });
    expect(existsSync(join(dataDir, 'server.json'))).toBe(false);
    expect(entries()).toEqual([]);
  });
});
