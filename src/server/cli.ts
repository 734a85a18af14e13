// Ponte's server command line:
//   serve                start the server (PORT, DATA_DIR, DATABASE_URL)
//   publish-demo-change  publish a small real change to the directory (see demo-change.ts)
//   rotate-request-key   make a new key pair for sealed contact requests (old ones still open)
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { demoDirectory } from '../content';
import { publishDemoChange } from './admin-api';
import { createApp } from './app';
import { readConfig } from './config';
import { openDatabase } from './database';
import { currentVersion, publishDirectory } from './directory-store';
import { currentRequestKey, rotateRequestKey } from './request-keys';
import { StaticFiles } from './static-files';

const config = readConfig();
const runFile = join(config.dataDir, 'server.json');

/** PostgreSQL when DATABASE_URL is set, otherwise PGlite in DATA_DIR (made if missing). */
function openConfiguredDatabase() {
  if (config.databaseUrl) return openDatabase({ databaseUrl: config.databaseUrl });
  mkdirSync(config.dataDir, { recursive: true });
  return openDatabase({ dataDir: join(config.dataDir, 'pglite') });
}

async function start() {
  const sql = await openConfiguredDatabase();
  if (!(await currentVersion(sql))) {
    const v = await publishDirectory(sql, demoDirectory, 'demo directory');
    console.log(`Published the demo directory as version ${v.version}.`);
  }
  // The key pair devices seal contact requests for: made on first start.
  await currentRequestKey(sql);
  const files = await StaticFiles.load(config.distDir).catch(() => {
    console.warn(`No built app in ${config.distDir}: run "npm run build". Serving the API only.`);
    return undefined;
  });
  const token = randomBytes(24).toString('base64url');
  const app = createApp({ sql, files, adminToken: token, requestRateLimit: config.requestRateLimit, device: config.device, kioskExitCode: config.kioskExitCode });
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    writeFileSync(runFile, JSON.stringify({ pid: process.pid, port: info.port, token }), { mode: 0o600 });
    console.log(`Ponte is running on http://localhost:${info.port}`);
  });
  const stop = () => {
    rmSync(runFile, { force: true });
    server.close(() => void sql.close().then(() => process.exit(0)));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** The running server on this data folder, if any (PGlite allows one process per folder). */
function runningServer(): { port: number; token: string } | undefined {
  try {
    const run = JSON.parse(readFileSync(runFile, 'utf8'));
    process.kill(run.pid, 0);
    return run;
  } catch {
    return undefined;
  }
}

async function demoChange() {
  const server = config.databaseUrl ? undefined : runningServer();
  let result: { version: number };
  if (server) {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/v1/admin/publish-demo-change`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}` },
    });
    if (!res.ok) throw new Error(`The running server refused the change: ${res.status} ${await res.text()}`);
    result = await res.json();
  } else {
    const sql = await openConfiguredDatabase();
    if (!(await currentVersion(sql))) await publishDirectory(sql, demoDirectory, 'demo directory');
    result = await publishDemoChange(sql);
    await sql.close();
  }
  console.log(`Published directory version ${result.version}: the food bank's Friday hours changed.`);
}

/** Devices pick up the new public key with their next manifest check; old keys keep opening. */
async function rotateKey() {
  if (!config.databaseUrl && runningServer()) throw new Error('Stop the server first: PGlite allows one process per data folder.');
  const sql = await openConfiguredDatabase();
  const key = await rotateRequestKey(sql);
  await sql.close();
  console.log(`New request key ${key.id}. Requests sealed with older keys still open.`);
}

const commands: Record<string, () => Promise<void>> = { serve: start, 'publish-demo-change': demoChange, 'rotate-request-key': rotateKey };
const command = commands[process.argv[2] ?? 'serve'];
if (!command) {
  console.error(`Unknown command "${process.argv[2]}". Use one of: ${Object.keys(commands).join(', ')}.`);
  process.exit(2);
}
command().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
