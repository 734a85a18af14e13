// Ponte's server command line:
//   serve                start the server (PORT, DATA_DIR, DATABASE_URL)
//   publish-demo-change  publish a small real change to the directory (see demo-change.ts)
//   rotate-request-key   make a new key pair for sealed contact requests (old ones still open)
//   staff                invite staff and administrators: prints a one-time link (see staff/staff-cli.ts)
//   import, export       a directory in HSDS 3.0, in or out (see hsds/hsds-cli.ts)
// Each command that uses the data folder holds its lock (data-folder-lock.ts) until it exits:
// one process per folder. publish-demo-change and staff hand their change to a running server instead.
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { publishDemoChange } from './admin-api';
import { createApp } from './app';
import { readConfig } from './config';
import { dataFolderHolder, lockDataFolder } from './data-folder-lock';
import { openDatabase } from './database';
import { keyFileStore } from './private-key-store';
import { movePrivateKeysOutOfDatabase, openRequestKeys, rotateRequestKey } from './request-keys';
import { StaticFiles } from './static-files';
import { loadAppRenderer } from './pages/app-renderer';
import { scheduleRetention } from './staff/retention';
import { DEFAULT_STAFF_SETTINGS } from './staff/staff-context';
import { staffCommand } from './staff/staff-cli';
import { publishDemoIfEmpty } from './hsds/demo-package';
import { exportCommand, importCommand } from './hsds/hsds-cli';

/** The settings, checked before anything starts: a wrong one stops here saying what to fix. */
const config = (() => {
  try {
    return readConfig();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
})();
const runFile = join(config.dataDir, 'server.json');

/** PostgreSQL when DATABASE_URL is set, otherwise PGlite in DATA_DIR (whose lock the caller holds). */
function openConfiguredDatabase() {
  if (config.databaseUrl) return openDatabase({ databaseUrl: config.databaseUrl });
  return openDatabase({ dataDir: join(config.dataDir, 'pglite') });
}

async function start() {
  // First of all, also with DATABASE_URL: the folder holds the key file and server.json.
  // Made here if missing (a fresh clone has no ./data).
  lockDataFolder(config.dataDir);
  // A server.json left by a killed server names a process that is gone.
  rmSync(runFile, { force: true });
  const sql = await openConfiguredDatabase();
  const demo = await publishDemoIfEmpty(sql);
  if (demo) console.log(`Published the demo directory as version ${demo.version}.`);
  // The key pair devices seal contact requests for: made on first start; the private keys are in
  // the key file, and a server that lacks the current one refuses to start.
  const requestKeys = keyFileStore(config.requestKeysFile);
  await openRequestKeys(sql, requestKeys);
  const files = await StaticFiles.load(config.distDir).catch(() => {
    console.warn(`No built app in ${config.distDir}: run "npm run build". Serving the API only.`);
    return undefined;
  });
  const token = randomBytes(24).toString('base64url');
  // The public pages are sent as HTML, rendered by the app's own code (loaded once, here).
  const renderer = files && loadAppRenderer();
  renderer?.catch((error) => {
    console.error('The public pages could not be prepared:', error);
    process.exit(1);
  });
  const app = createApp({ sql, files, renderer, adminToken: token, requestRateLimit: config.requestRateLimit, trustedProxies: config.trustedProxies, requestKeys, device: config.device, kioskExitCode: config.kioskExitCode, https: config.https, staff: config.staff });
  // Personal details kept long enough are erased now and every hour (errors logged, never fatal).
  scheduleRetention({ sql, now: () => new Date(), keys: requestKeys, settings: { ...DEFAULT_STAFF_SETTINGS, https: config.https, ...config.staff } });
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    writeFileSync(runFile, JSON.stringify({ pid: process.pid, port: info.port, token }), { mode: 0o600 });
    process.on('exit', () => rmSync(runFile, { force: true }));
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

/** The server running on this data folder, if any: server.json names it and it holds the lock. */
function runningServer(): { port: number; token: string } | undefined {
  try {
    const run = JSON.parse(readFileSync(runFile, 'utf8'));
    return dataFolderHolder(config.dataDir) === run.pid ? run : undefined;
  } catch {
    return undefined;
  }
}

async function demoChange() {
  const server = runningServer();
  let result: { version: number };
  if (server) {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/v1/admin/publish-demo-change`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}` },
    });
    if (!res.ok) throw new Error(`The running server refused the change: ${res.status} ${await res.text()}`);
    result = (await res.json()) as { version: number };
  } else {
    // No server to hand it to: change the database here. PGlite's folder is then ours alone;
    // PostgreSQL takes care of its own concurrency, and this leaves the data folder untouched.
    if (!config.databaseUrl) lockDataFolder(config.dataDir);
    const sql = await openConfiguredDatabase();
    await publishDemoIfEmpty(sql);
    result = await publishDemoChange(sql);
    await sql.close();
  }
  console.log(`Published directory version ${result.version}: the food bank's Friday hours changed.`);
}

/**
 * Devices pick up the new public key with their next manifest check; old keys keep opening.
 * A running server holds the folder (it would not know the new private key): stop it first.
 * Also the way on when the key file is lost for good: the new key works, the lost ones stay lost.
 */
async function rotateKey() {
  lockDataFolder(config.dataDir);
  const sql = await openConfiguredDatabase();
  const store = keyFileStore(config.requestKeysFile);
  // Moving keys out of an older database already makes a new key current.
  const key = (await movePrivateKeysOutOfDatabase(sql, store)) ?? (await rotateRequestKey(sql, store));
  await sql.close();
  console.log(`New request key ${key.id}. Requests sealed with older keys still open.`);
}

/** `staff add-admin|invite|organizations`: like demoChange, through a running server or on the database itself. */
async function staff() {
  await staffCommand(process.argv.slice(3), {
    running: runningServer,
    openDatabase: databaseForCommand,
    publicUrl: config.staff.publicUrl,
    port: config.port,
  });
}

/** The database for a command: PGlite's folder is locked first (no server holds it, or the
 *  command would have handed its work to that server). */
async function databaseForCommand() {
  if (!config.databaseUrl) lockDataFolder(config.dataDir);
  return openConfiguredDatabase();
}

async function importDirectory() {
  process.exitCode = await importCommand(process.argv.slice(3), { running: runningServer, openDatabase: databaseForCommand });
}

async function exportDirectory() {
  await exportCommand(process.argv.slice(3), { running: runningServer, openDatabase: databaseForCommand });
}

const commands: Record<string, () => Promise<void>> = { serve: start, 'publish-demo-change': demoChange, 'rotate-request-key': rotateKey, staff, import: importDirectory, export: exportDirectory };
const command = commands[process.argv[2] ?? 'serve'];
if (!command) {
  console.error(`Unknown command "${process.argv[2]}". Use one of: ${Object.keys(commands).join(', ')}.`);
  process.exit(2);
}
command().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
