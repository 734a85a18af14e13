// `npm run staff -- add-admin / invite` as real processes: the one-time link they print opens
// the invitation on the server, whether the command wrote it into the database itself (no
// server running) or handed it to the server holding the data folder. Bad input stops with
// exit code 1 and a sentence saying what to fix.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliProcess, runCli } from '../helpers/cli-process';
import { isolatedPostgres } from '../helpers/server';

let folder: string;
const started: CliProcess[] = [];
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'ponte-staff-cli-'));
});
afterEach(async () => {
  for (const cli of started.splice(0)) await cli.stop('SIGKILL');
  rmSync(folder, { recursive: true, force: true });
});

function serve(env: Record<string, string>) {
  const cli = new CliProcess('serve', env);
  started.push(cli);
  return cli;
}

const LINK = /(\S+)\/staff\/invitation#([A-Za-z0-9_-]{43})/;

/** The printed link's origin and token, and the expiry it states. */
function printedLink(output: string) {
  const match = LINK.exec(output);
  if (!match) throw new Error(`No invitation link in:\n${output}`);
  return { origin: match[1], token: match[2] };
}

/** What the invitation page asks the server about a token. */
async function checkInvitation(port: number, token: string, origin = `http://localhost:${port}`) {
  const res = await fetch(`http://localhost:${port}/api/v1/staff/invitations/check`, { method: 'POST', headers: { Origin: origin, 'Content-Type': 'application/json' }, body: JSON.stringify({ token }) });
  return { status: res.status, body: await res.json() };
}

describe('npm run staff', { timeout: 180_000 }, () => {
  it('without a running server, writes the invitation itself; its link opens it once the server runs', async () => {
    const dataDir = join(folder, 'data');
    const made = await runCli(['staff', 'add-admin', '--email', 'Boss@Example.org'], { DATA_DIR: dataDir, PORT: '8123' });
    expect(made.code, made.output).toBe(0);
    const link = printedLink(made.output);
    expect(link.origin).toBe('http://localhost:8123');
    expect(made.output).toMatch(/expires in 72 hours, at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/);

    const port = await serve({ DATA_DIR: dataDir }).running();
    const check = await checkInvitation(port, link.token);
    expect(check).toMatchObject({ status: 200, body: { email: 'boss@example.org', role: 'admin', organization_id: null } });
  });

  it('with a server running, hands the invitation to it, and refuses an unknown organisation or address', async () => {
    const dataDir = join(folder, 'data');
    const env = { DATA_DIR: dataDir, PUBLIC_URL: 'https://ponte.example.org' };
    const port = await serve(env).running();

    const made = await runCli(['staff', 'invite', '--org', 'food-bank', '--email', 'ana@foodbank.example'], env);
    expect(made.code, made.output).toBe(0);
    const link = printedLink(made.output);
    expect(link.origin).toBe('https://ponte.example.org');
    const check = await checkInvitation(port, link.token, 'https://ponte.example.org');
    expect(check).toMatchObject({ status: 200, body: { email: 'ana@foodbank.example', role: 'staff', organization_id: 'food-bank' } });

    const unknown = await runCli(['staff', 'invite', '--org', 'no-such-org', '--email', 'ana@foodbank.example'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain('There is no organisation "no-such-org"');
    expect(unknown.output).toMatch(/Some that exist: acogida-valdemar, .*\(\d+ in all\)/);
    expect(unknown.output).toContain('npm run staff -- organizations');

    const badEmail = await runCli(['staff', 'add-admin', '--email', 'boss.example.org'], env);
    expect(badEmail.code).toBe(1);
    expect(badEmail.output).toContain('"boss.example.org" is not an e-mail address');

    const listed = await runCli(['staff', 'organizations'], env);
    expect(listed.output).toMatch(/^food-bank +Fundación Banco de Alimentos de Valdemar$/m);
  });

  it.runIf(process.env.DATABASE_URL)('on PostgreSQL without a running server, writes into the database itself', async () => {
    const postgres = await isolatedPostgres(process.env.DATABASE_URL!);
    try {
      const env = { DATA_DIR: join(folder, 'data'), DATABASE_URL: postgres.url, PORT: '8124' };
      const made = await runCli(['staff', 'add-admin', '--email', 'boss@example.org'], env);
      expect(made.code, made.output).toBe(0);
      const port = await serve({ ...env, PORT: '0' }).running();
      expect((await checkInvitation(port, printedLink(made.output).token)).status).toBe(200);
    } finally {
      for (const cli of started.splice(0)) await cli.stop();
      await postgres.drop();
    }
  });
});
