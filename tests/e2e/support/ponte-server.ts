// The real Ponte server as a child process, as `npm start` runs it, on its own data folder
// (whose database starts as a copy of the one the browser tests' global setup prepared, if any).
// It can be stopped and started again on the same port (same origin for the browser), and the
// real CLI can publish a change to its database.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const TSX = ['--import', 'tsx', 'src/server/cli.ts'];

/**
 * Where tests/e2e/global-setup.ts prepares, beside the built app, the database a first
 * `npm start` makes (migrations, demo directory): each server copies it instead of running
 * initdb and publishing again, seconds of CPU per server. Elsewhere (the bench) there is none.
 */
export const preparedDatabaseBeside = (distDir: string) => join(distDir, '..', 'prepared-pglite');

export class PonteServer {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'ponte-e2e-data-'));
  private process?: ChildProcess;
  port = 0;

  /** `settings`: more of the server's environment (KIOSK_EXIT_CODE, QUICK_EXIT_URL…). */
  constructor(
    private readonly distDir: string,
    private readonly settings: Record<string, string> = {},
  ) {
    const prepared = preparedDatabaseBeside(distDir);
    if (existsSync(prepared)) cpSync(prepared, join(this.dataDir, 'pglite'), { recursive: true });
  }

  get url() {
    return `http://localhost:${this.port}`;
  }

  private env() {
    return { ...process.env, ...this.settings, DATA_DIR: this.dataDir, DIST_DIR: this.distDir, PORT: String(this.port), DATABASE_URL: '' };
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [...TSX, 'serve'], { env: this.env(), stdio: ['ignore', 'pipe', 'pipe'] });
    this.process = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Server did not start:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk;
        const match = /running on http:\/\/localhost:(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          this.port = Number(match[1]);
          resolve();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (chunk) => (output += chunk));
      child.on('exit', (code) => reject(new Error(`Server exited (${code}):\n${output}`)));
    });
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    this.process = undefined;
  }

  /** Contact requests stored by the server: read from its own database, once it has stopped. */
  async storedRequests(): Promise<{ id: string; reference: string; service_id: string }[]> {
    if (this.process) throw new Error('Stop the server first: PGlite allows one process per data folder.');
    const { openDatabase } = await import('../../../src/server/database');
    const sql = await openDatabase({ dataDir: join(this.dataDir, 'pglite') });
    const rows = await sql.query<{ id: string; reference: string; service_id: string }>('SELECT id, reference, service_id FROM contact_request');
    await sql.close();
    return rows;
  }

  /** Runs `npm run publish-demo-change`'s command against this server's data. */
  async publishDemoChange(): Promise<string> {
    const { stdout } = await promisify(execFile)(process.execPath, [...TSX, 'publish-demo-change'], { env: this.env() });
    return stdout;
  }

  /** Runs `npm run import -- <args>` / `npm run export -- <args>` against this server's data
   *  (handed to it while it runs): its output. A failing import (exit 1) rejects with it. */
  async directoryCommand(command: 'import' | 'export', ...args: string[]): Promise<string> {
    const { stdout } = await promisify(execFile)(process.execPath, [...TSX, command, ...args], { env: this.env() });
    return stdout;
  }

  /** Runs `npm run staff -- <args>` against this server's data (handed to it while it runs): its output. */
  async staffCommand(...args: string[]): Promise<string> {
    const { stdout } = await promisify(execFile)(process.execPath, [...TSX, 'staff', ...args], { env: this.env() });
    return stdout;
  }

  /** Runs `npm run staff -- <args>` against this server's data (handed to it while it runs). */
  async staff(...args: string[]): Promise<string> {
    const { stdout } = await promisify(execFile)(process.execPath, [...TSX, 'staff', ...args], { env: this.env() });
    return stdout;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
