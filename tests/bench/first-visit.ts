// A first visit to `/` in the system Chromium, as a person makes it: what the browser really
// downloads and runs until the network is idle and the app says it works offline. The page's
// own files and the service worker's precache are counted apart (see measuring-proxy.ts).
import type { Browser } from 'playwright-core';
import { newContext } from '../e2e/support/browser';
import { MeasuringProxy, type Exchange, type Line } from './measuring-proxy';

export interface FirstVisit {
  /** The page's JavaScript requested before its first contentful paint. */
  beforePaint: Exchange[];
  /** The page's JavaScript until the network is idle (the worker's precache not included). */
  pageJs: Exchange[];
  /** What the worker fetched to install itself (its script apart). */
  precache: Exchange[];
  /** The worker's own script. */
  workerScript: Exchange[];
  /** Milliseconds from navigation start. */
  firstPaintMs: number;
  offlineReadyMs: number;
  longTasksMs: number[];
}

const ASSET = /^\/assets\//;

/** Records paint, long tasks and the moment the worker is active (its precache complete). */
const observe = () => {
  const seen = { paint: 0, ready: 0, longTasks: [] as number[] };
  (window as unknown as { __visit: typeof seen }).__visit = seen;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') seen.paint = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  void navigator.serviceWorker?.ready.then(() => (seen.ready = performance.now()));
};

export async function measureFirstVisit(browser: Browser, serverPort: number, line?: Line): Promise<FirstVisit> {
  const proxy = new MeasuringProxy(serverPort, line);
  await proxy.start();
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript(observe);
    await page.goto(proxy.url + '/');
    await page.getByTestId('status').filter({ hasText: /Ready to use without internet\..*Information updated/ }).waitFor({ timeout: 180_000 });
    await proxy.idle();
    const { seen, origin } = await page.evaluate(() => ({
      seen: (window as unknown as { __visit: { paint: number; ready: number; longTasks: number[] } }).__visit,
      origin: performance.timeOrigin,
    }));
    const js = (e: Exchange) => ASSET.test(e.path) && /javascript/.test(e.contentType);
    const pageJs = proxy.exchanges.filter((e) => e.dest === 'script' && js(e));
    return {
      beforePaint: pageJs.filter((e) => e.start < origin + seen.paint),
      pageJs,
      // The worker fetches with fetch(): no destination. The page itself never fetch()es /assets/.
      precache: proxy.exchanges.filter((e) => e.dest === 'empty' && !e.path.startsWith('/api/')),
      workerScript: proxy.exchanges.filter((e) => e.dest === 'serviceworker'),
      firstPaintMs: seen.paint,
      offlineReadyMs: seen.ready,
      longTasksMs: seen.longTasks,
    };
  } finally {
    await context.close();
    await proxy.stop();
  }
}

/** The longest run of requests each starting after the one before ended: the round trips a
 *  download needed one after another (1 when everything was asked for at once). */
export function roundTrips(exchanges: Exchange[]): number {
  let count = 0;
  let lastEnd = -Infinity;
  for (const e of [...exchanges].sort((a, b) => a.end - b.end)) {
    if (e.start >= lastEnd) {
      count++;
      lastEnd = e.end;
    }
  }
  return count;
}

export const totalBytes = (exchanges: Exchange[]) => exchanges.reduce((sum, e) => sum + e.bytes, 0);
