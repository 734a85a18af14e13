// Ponte's command line (src/server/cli.ts) as a real child process, the way `npm start` and the
// npm scripts run it (like tests/e2e/support/ponte-server.ts), for tests about processes: two
// servers on one data folder, kill -9, a missing folder. Everything waits on events (a line of
// output, the exit), never on time.
import { spawn, type ChildProcess } from 'node:child_process';

const TSX = ['--import', 'tsx', 'src/server/cli.ts'];

export class CliProcess {
  readonly child: ChildProcess;
  output = '';
  /** Resolves when the process has ended, however it ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  /**
   * `command`: the command and its arguments, e.g. 'serve' or ['staff', 'invite', '--org', …].
   * `env`: the settings (DATA_DIR…); PORT defaults to 0, DATABASE_URL to none, DIST_DIR to a missing folder (API only).
   * `wrapper`: a command that runs node, e.g. ['unshare', '--pid', '--fork', …] for a container of its own.
   */
  constructor(command: string | string[], env: Record<string, string>, wrapper: string[] = []) {
    const [file, ...args] = [...wrapper, process.execPath, ...TSX, ...[command].flat()];
    this.child = spawn(file, args, {
      env: { ...process.env, PORT: '0', DATABASE_URL: '', DIST_DIR: '/nonexistent-ponte-dist', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (chunk) => (this.output += chunk));
    this.child.stderr!.on('data', (chunk) => (this.output += chunk));
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get pid() {
    return this.child.pid!;
  }

  /** Waits for output matching `pattern`; fails if the process ends first. */
  waitFor(pattern: RegExp): Promise<RegExpExecArray> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(this.output);
        if (!match) return false;
        for (const stream of [this.child.stdout!, this.child.stderr!]) stream.off('data', onData);
        resolve(match);
        return true;
      };
      const onData = () => void check();
      if (check()) return;
      // Added after the constructor's listeners: `output` already holds the new chunk.
      for (const stream of [this.child.stdout!, this.child.stderr!]) stream.on('data', onData);
      void this.exited.then(({ code, signal }) => {
        if (!check()) reject(new Error(`The process ended (${code ?? signal}) without printing ${pattern}:\n${this.output}`));
      });
    });
  }

  /** The port of a started server. */
  async running(): Promise<number> {
    return Number((await this.waitFor(/running on http:\/\/localhost:(\d+)/))[1]);
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM') {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}

/** The command's whole run: exit code and everything it printed. */
export async function runCli(command: string | string[], env: Record<string, string>) {
  const cli = new CliProcess(command, env);
  const { code } = await cli.exited;
  // 'exit' can come before the last output: wait for the streams to close.
  await Promise.all([cli.child.stdout, cli.child.stderr].map((s) => (s!.readableEnded ? undefined : new Promise((r) => s!.once('close', r)))));
  return { code, output: cli.output };
}
