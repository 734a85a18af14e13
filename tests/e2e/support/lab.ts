// The usual start of a browser test file: the built app on a server of its own and a Chromium,
// started before the file's tests and stopped after them. Read `lab.server` and `lab.browser`
// inside hooks and tests (they exist once the file's first hook has run).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './browser';
import { PonteServer } from './ponte-server';

export function serverAndBrowser(options: { distDir?: () => string; env?: Record<string, string> } = {}) {
  const lab = {} as { server: PonteServer; browser: Browser };
  beforeAll(async () => {
    lab.server = new PonteServer(options.distDir?.() ?? inject('distDir'), options.env);
    await lab.server.start();
    lab.browser = await launchChromium(inject('chromePath')!);
  });
  afterAll(async () => {
    await lab.browser?.close();
    await lab.server?.dispose();
  });
  return lab;
}
