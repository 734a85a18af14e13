// One Ponte process per data folder: a second server (or a tool) on a folder in use stops at once
// and says which process holds it; a lock left by a killed process does not keep anyone out.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataFolderInUse, LOCK_FOLDER, lockDataFolder, startTime, type DataFolderLock } from '../../src/server/data-folder-lock';
import { CliProcess, runCli } from '../helpers/cli-process';

let dataDir: string;
const held: (DataFolderLock | CliProcess)[] = [];
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'ponte-lock-'));
});
afterEach(async () => {
  for (const h of held.splice(0)) 'release' in h ? h.release() : await h.stop('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const take = () => {
  const lock = lockDataFolder(dataDir);
  held.push(lock);
  return lock;
};
/** A lock entry as another process would have left it. */
function leaveEntry(pid: number, start: string) {
  mkdirSync(join(dataDir, LOCK_FOLDER), { recursive: true });
  writeFileSync(join(dataDir, LOCK_FOLDER, `${pid}_${start}_${encodeURIComponent(hostname())}_0123abcd`), '');
}
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
