// A first visit to a service's deep link (a shared link, a QR code) on a slow phone: how long
// until the service's name is on the screen. Slow 3G through the measuring proxy (every request
// of the page and of its worker shares one slowed line; Chromium's own network emulation would
// leave the worker's fetches at full speed) and Chromium's 4× CPU slowdown of the page.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium, newContext } from '../e2e/support/browser';
import { PonteServer } from '../e2e/support/ponte-server';
import { runAloneOnBuiltApp } from './lighthouse';
import { MeasuringProxy, SLOW_3G } from './measuring-proxy';

/** The deep link measured. One place to change when addresses carry their language. */
export const DEEP_LINK = { serviceId: 'night-shelter', path: '/service/night-shelter' };

const RUNS = 3;
const CPU_SLOWDOWN = 4;

type Row = (label: string, value: string) => void;

interface DeepLinkVisit {
  /** Milliseconds from navigation start. */
  nameVisibleMs: number;
  firstPaintMs: number;
  largestPaintMs: number;
}

export async function deepLinkFigures(distDir: string, row: Row): Promise<void> {
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  console.log(`\nFirst visit to a service's deep link (${DEEP_LINK.path}) on slow 3G (${(SLOW_3G.bytesPerSecond * 8) / 1000} kbps, ${SLOW_3G.rttMs} ms round trip), ${CPU_SLOWDOWN}× CPU`);
  if (!existsSync(chromePath)) return row('deep link in Chromium', `skipped: no Chromium at ${chromePath}`);
  const server = new PonteServer(distDir);
  await server.start();
  const browser = await launchChromium(chromePath);
  try {
    const names = await serviceNames(server.url, DEEP_LINK.serviceId);
    const visits: DeepLinkVisit[] = [];
    for (let i = 0; i < RUNS; i++) visits.push(await visitDeepLink(browser, server.port, names));
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const figure = (pick: (v: DeepLinkVisit) => number) => {
      const values = visits.map(pick);
      return `${seconds(median(values))} (runs ${seconds(Math.min(...values))}–${seconds(Math.max(...values))})`;
    };
    row(`service's name visible, median of ${RUNS} (budget 1.5 s)`, figure((v) => v.nameVisibleMs));
    row('first contentful paint', figure((v) => v.firstPaintMs));
    row('largest contentful paint (by then)', figure((v) => v.largestPaintMs));
  } finally {
    await browser.close();
    await server.dispose();
  }
}

/** The service's name in every language the directory has: the page shows the one it picks. */
async function serviceNames(serverUrl: string, serviceId: string): Promise<string[]> {
  const { locales } = (await (await fetch(`${serverUrl}/api/v1/directory/manifest`)).json()) as { locales: string[] };
  const snapshot = (await (await fetch(`${serverUrl}/api/v1/directory?locales=${locales.join(',')}`)).json()) as {
    upserts: { services: { id: string; texts: Record<string, { name?: string }> }[] };
  };
  const service = snapshot.upserts.services.find((s) => s.id === serviceId);
  const names = Object.values(service?.texts ?? {}).flatMap((t) => (t.name ? [t.name.trim()] : []));
  if (!names.length) throw new Error(`No service ${serviceId} with a name in the directory`);
  return names;
}

async function visitDeepLink(browser: Browser, serverPort: number, names: string[]): Promise<DeepLinkVisit> {
  const proxy = new MeasuringProxy(serverPort, SLOW_3G);
  await proxy.start();
  // A real first visit: a new profile, nothing stored, no worker (and no "tour already seen").
  const context = await newContext(browser, {}, { tour: true });
  try {
    const page = await context.newPage();
    // tsx compiles this file keeping functions' names through a __name() helper that exists in
    // Node only; the page needs its own before the watcher's code runs there.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.addInitScript(watchForName, names);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(proxy.url + DEEP_LINK.path, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { __deepLink: { nameAt: number } }).__deepLink.nameAt > 0, undefined, { timeout: 120_000, polling: 100 });
    // A larger paint may still follow the name shortly (a description below it).
    await page.waitForTimeout(2_000);
    const seen = await page.evaluate(() => (window as unknown as { __deepLink: { nameAt: number; fcp: number; lcp: number } }).__deepLink);
    return { nameVisibleMs: seen.nameAt, firstPaintMs: seen.fcp, largestPaintMs: seen.lcp };
  } finally {
    await context.close();
    await proxy.stop();
  }
}

/**
 * Runs in the page before its own scripts: records (performance.now(), from navigation start)
 * when an h1 reading one of the service's names is first in the document and visible, checked
 * on every change of the document and on every frame, and the paint timings of the visit.
 */
function watchForName(names: string[]) {
  const seen = { nameAt: 0, fcp: 0, lcp: 0 };
  (window as unknown as { __deepLink: typeof seen }).__deepLink = seen;
  const wanted = new Set(names);
  const nameShown = () =>
    [...document.querySelectorAll('h1')].some((h1) => {
      if (!wanted.has((h1.textContent ?? '').trim())) return false;
      const box = h1.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && h1.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    });
  const check = () => {
    if (seen.nameAt || !nameShown()) return;
    seen.nameAt = performance.now();
    observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  // Becoming visible without a change of the document: a stylesheet arriving, for instance.
  const everyFrame = () => {
    check();
    if (!seen.nameAt) requestAnimationFrame(everyFrame);
  };
  requestAnimationFrame(everyFrame);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') seen.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runAloneOnBuiltApp(deepLinkFigures);
