// Before the browser tests: find Chromium and build the app once.
// No Chromium: say so loudly and skip the browser tests, unless REQUIRE_E2E=1 makes it a failure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    chromePath: string | null;
    distDir: string;
  }
}

export default function setup(project: TestProject) {
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const found = existsSync(chromePath);
  if (!found) {
    const message = `No Chromium at ${chromePath}: the browser tests cannot run. Install it (apt-get install -y chromium) or set CHROME_PATH.`;
    if (process.env.REQUIRE_E2E === '1') throw new Error(`${message} REQUIRE_E2E=1 makes this a failure.`);
    console.warn(`\n${'!'.repeat(100)}\n!! ${message}\n!! SKIPPING ALL END-TO-END BROWSER TESTS.\n${'!'.repeat(100)}\n`);
  }
  const distDir = mkdtempSync(join(tmpdir(), 'ponte-e2e-dist-'));
  // Vitest sets NODE_ENV=test; the app must be built exactly as `npm start` builds it.
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', distDir, '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  project.provide('chromePath', found ? chromePath : null);
  project.provide('distDir', distDir);
  return () => rmSync(distDir, { recursive: true, force: true });
}
