// Before the browser tests: find Chromium, build the app once and, meanwhile, prepare the
// database every test server starts from (see preparedDatabaseBeside).
// No Chromium: say so loudly and skip the browser tests, unless REQUIRE_E2E=1 makes it a failure.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { preparedDatabaseBeside } from './support/ponte-server';

declare module 'vitest' {
  export interface ProvidedContext {
    chromePath: string | null;
    distDir: string;
  }
}

/** The app built exactly as `npm start` builds it (vitest sets NODE_ENV=test). */
function build(outDir: string): Promise<void> {
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The app's build failed (exit code ${code}).`))));
  });
}

/** What a first `npm start` puts in the data folder's database: migrations and the demo directory. */
async function prepareDatabase(dataDir: string): Promise<void> {
  const { openDatabase } = await import('../../src/server/database');
  const { publishDemoIfEmpty } = await import('../../src/server/hsds/demo-package');
  mkdirSync(dataDir, { recursive: true });
  const sql = await openDatabase({ dataDir });
  await publishDemoIfEmpty(sql);
  await sql.close();
}

export default async function setup(project: TestProject) {
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const found = existsSync(chromePath);
  if (!found) {
    const message = `No Chromium at ${chromePath}: the browser tests cannot run. Install it (apt-get install -y chromium) or set CHROME_PATH.`;
    if (process.env.REQUIRE_E2E === '1') throw new Error(`${message} REQUIRE_E2E=1 makes this a failure.`);
    console.warn(`\n${'!'.repeat(100)}\n!! ${message}\n!! SKIPPING ALL END-TO-END BROWSER TESTS.\n${'!'.repeat(100)}\n`);
  }
  const root = mkdtempSync(join(tmpdir(), 'ponte-e2e-'));
  const distDir = join(root, 'dist');
  // Without a browser no test server starts: no database to prepare.
  await Promise.all([build(distDir), found ? prepareDatabase(preparedDatabaseBeside(distDir)) : undefined]);
  project.provide('chromePath', found ? chromePath : null);
  project.provide('distDir', distDir);
  return () => rmSync(root, { recursive: true, force: true });
}
