// The bench's figures of a first visit to `/` in Chromium: on a fast line, and on slow 3G for
// the time until the app works offline. Bytes are on the wire (compressed, headers included).
import { existsSync } from 'node:fs';
import { launchChromium } from '../e2e/support/browser';
import { PonteServer } from '../e2e/support/ponte-server';
import { measureFirstVisit, roundTrips, totalBytes } from './first-visit';
import { SLOW_3G } from './measuring-proxy';
import type { Exchange } from './measuring-proxy';

type Row = (label: string, value: string) => void;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const files = (list: Exchange[]) => `${list.length} files, ${kib(totalBytes(list))}`;

export async function firstVisitFigures(distDir: string, row: Row): Promise<void> {
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromePath)) return row('first visit in Chromium', `skipped: no Chromium at ${chromePath}`);
  const server = new PonteServer(distDir);
  await server.start();
  const browser = await launchChromium(chromePath);
  try {
    const fast = await measureFirstVisit(browser, server.port);
    console.log('\nFirst visit to / in Chromium, until the network is idle (on the wire, compressed; budget 90 KiB of page JS)');
    row('JavaScript before first paint', files(fast.beforePaint));
    row('JavaScript of the page until idle', files(fast.pageJs));
    row("the worker's precache (what the HTTP cache did not already hold)", `${files(fast.precache)}, ${roundTrips(fast.precache)} round trips one after another`);
    row('sw.js', kib(totalBytes(fast.workerScript)));
    const long = fast.longTasksMs;
    row('long tasks (over 50 ms) until idle', long.length ? `${long.length}: longest ${Math.max(...long).toFixed(0)} ms, ${long.reduce((s, d) => s + d, 0).toFixed(0)} ms in all` : 'none');
    row('first contentful paint', `${fast.firstPaintMs.toFixed(0)} ms`);

    const slow = await measureFirstVisit(browser, server.port, SLOW_3G);
    console.log(`\nFirst visit on slow 3G (${(SLOW_3G.bytesPerSecond * 8) / 1000} kbps, ${SLOW_3G.rttMs} ms round trip, page and worker alike)`);
    row('first contentful paint', `${(slow.firstPaintMs / 1000).toFixed(1)} s`);
    row('offline-ready (worker active: its precache complete)', `${(slow.offlineReadyMs / 1000).toFixed(1)} s after navigation start`);
    row("the worker's precache", `${files(slow.precache)}, ${roundTrips(slow.precache)} round trips one after another`);
  } finally {
    await browser.close();
    await server.dispose();
  }
}
