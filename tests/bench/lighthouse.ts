// Lighthouse 12 (pinned: its scores move between versions) on the public pages a first visitor
// lands on, as issue 13 counts them: simulated mobile (Lighthouse's defaults: a mid-range phone,
// slow 4G and 4× CPU computed from one unthrottled load), median of 3 runs per page.
// Each run is a first visit in a Chromium of its own, on an empty profile: Lighthouse's own
// storage reset clears the worker, Cache Storage and the HTTP cache but, by default, keeps
// IndexedDB and localStorage, where Ponte keeps the whole directory.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { PonteServer } from '../e2e/support/ponte-server';

/** The pages measured: one of each kind a shared link or a QR code opens. One place to change
 *  when addresses carry their language (`/es/service/night-shelter`). */
export const LIGHTHOUSE_PAGES: readonly { kind: string; path: string }[] = [
  { kind: 'home', path: '/' },
  { kind: 'a need', path: '/need/housing' },
  { kind: 'a service', path: '/service/night-shelter' },
  { kind: 'a rights card', path: '/rights/right-against-eviction' },
];

const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The categories whose failing audits are listed for fixing (performance has its metrics). */
const AUDITED = ['accessibility', 'best-practices', 'seo'] as const;

type Row = (label: string, value: string) => void;

export async function lighthouseFigures(distDir: string, row: Row): Promise<void> {
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  console.log(`\nLighthouse 12.2.3, simulated mobile (slow 4G, 4× CPU), median of ${RUNS} first visits per page`);
  if (!existsSync(chromePath)) return row('Lighthouse', `skipped: no Chromium at ${chromePath}`);
  const server = new PonteServer(distDir);
  await server.start();
  try {
    for (const { kind, path } of LIGHTHOUSE_PAGES) {
      const runs: Result[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await auditFirstVisit(chromePath, server.url + path));
      printPage(row, `${kind} (${path})`, runs);
    }
  } finally {
    await server.dispose();
  }
}

function printPage(row: Row, label: string, runs: Result[]) {
  const score = (r: Result, id: string) => Math.round((r.categories[id]?.score ?? 0) * 100);
  const metric = (id: string) => median(runs.map((r) => r.audits[id]?.numericValue ?? NaN));
  const performance = runs.map((r) => score(r, 'performance'));
  row(
    label,
    `performance ${median(performance)} (runs ${Math.min(...performance)}–${Math.max(...performance)}), ` +
      `accessibility ${median(runs.map((r) => score(r, 'accessibility')))}, ` +
      `best practices ${median(runs.map((r) => score(r, 'best-practices')))}, SEO ${median(runs.map((r) => score(r, 'seo')))}`,
  );
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  // Simulated throttling scales the CPU time measured on this machine: its benchmark index (what
  // Lighthouse measured of its speed during each run) tells a busy machine apart.
  const benchmark = runs.map((r) => Math.round(r.environment.benchmarkIndex));
  row(
    '',
    `TBT ${metric('total-blocking-time').toFixed(0)} ms, LCP ${seconds(metric('largest-contentful-paint'))}, ` +
      `FCP ${seconds(metric('first-contentful-paint'))}, CLS ${metric('cumulative-layout-shift').toFixed(3)} ` +
      `(machine's benchmark index ${Math.min(...benchmark)}–${Math.max(...benchmark)})`,
  );
  // The run whose performance score is the median one: its failing audits, for fixing.
  const middle = [...runs].sort((a, b) => score(a, 'performance') - score(b, 'performance'))[Math.floor(runs.length / 2)]!;
  for (const category of AUDITED) {
    const failing = failingAudits(middle, category);
    if (failing.length) row('', `failing in ${category}: ${failing.join(', ')}`);
  }
  // Blocking time over the issue's 50 ms: the longest tasks (simulated) of the run whose TBT is
  // the median one, for fixing.
  const blocking = (r: Result) => r.audits['total-blocking-time']?.numericValue ?? 0;
  const medianBlocking = [...runs].sort((a, b) => blocking(a) - blocking(b))[Math.floor(runs.length / 2)]!;
  if (blocking(medianBlocking) > 50) {
    const items = ((medianBlocking.audits['long-tasks']?.details as { items?: { url: string; duration: number; startTime: number }[] } | undefined)?.items ?? []).slice(0, 4);
    const where = (url: string) => url.replace(/^https?:\/\/[^/]+/, '') || url;
    if (items.length) row('', `longest tasks: ${items.map((t) => `${Math.round(t.duration)} ms at ${(t.startTime / 1000).toFixed(1)} s (${where(t.url)})`).join('; ')}`);
  }
  // Audits Lighthouse could not run (a trace from a newer Chromium than it knows, for instance).
  const errored = Object.values(middle.audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => a.id);
  if (errored.length) row('', `could not run: ${errored.join(', ')}`);
}

/** Audits of a category that did not pass (informative, manual and not-applicable ones have no
 *  score), with Lighthouse's explanation when it gives one. */
function failingAudits(result: Result, category: string): string[] {
  return (result.categories[category]?.auditRefs ?? []).flatMap((ref) => {
    const audit = result.audits[ref.id];
    if (typeof audit?.score !== 'number' || audit.score >= 1) return [];
    return [audit.explanation ? `${ref.id} (${audit.explanation})` : ref.id];
  });
}

/** One Lighthouse navigation, tried again when Lighthouse itself failed (on a busy machine its
 *  trace sometimes misses the navigation's start: NO_NAVSTART). */
async function auditFirstVisit(chromePath: string, url: string): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditOnce(chromePath, url);
    } catch (error) {
      if (!(error instanceof LighthouseRunFailed) || attempt === 3) throw error;
    }
  }
}

class LighthouseRunFailed extends Error {}

/** One Lighthouse navigation in a Chromium started for it alone, on an empty profile. */
async function auditOnce(chromePath: string, url: string): Promise<Result> {
  const chromium = await launchDebuggableChromium(chromePath);
  try {
    const answer = await lighthouse(url, {
      port: chromium.port,
      hostname: '127.0.0.1',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      // Everything the origin may hold, IndexedDB and localStorage included (see the top).
      clearStorageTypes: ['all'],
    });
    const lhr = answer?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    if (lhr.runtimeError) throw new LighthouseRunFailed(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    if (lhr.configSettings.formFactor !== 'mobile' || lhr.configSettings.throttlingMethod !== 'simulate' || lhr.configSettings.disableStorageReset) {
      throw new Error('Lighthouse did not run with simulated mobile throttling and a storage reset');
    }
    // Lighthouse warns when the origin still held data at the start: then it was no first visit.
    const stored = lhr.runWarnings.find((w) => /stored data/i.test(w));
    if (stored) throw new Error(`Not a first visit to ${url}: ${stored}`);
    return lhr;
  } finally {
    await chromium.close();
  }
}

/** The system Chromium, headless, with its DevTools port open for Lighthouse to drive. */
async function launchDebuggableChromium(chromePath: string): Promise<{ port: number; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'ponte-lighthouse-profile-'));
  const child = spawn(
    chromePath,
    [
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      '--disable-default-apps',
      '--mute-audio',
      '--password-store=basic',
      'about:blank',
    ],
    // A process group of its own: its helper processes (renderers, zygote…) are ended with it.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      signalGroup(child.pid!, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    // Its helpers may outlive it for a moment, still writing into the profile.
    for (let waited = 0; waited < 5_000 && signalGroup(child.pid!, 0); waited += 100) await new Promise((r) => setTimeout(r, 100));
    signalGroup(child.pid!, 'SIGKILL');
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch (error) {
      console.warn(`  (could not remove Chromium's profile ${profile}: ${String(error)})`);
    }
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not open its DevTools port:\n${output}`)), 30_000);
      child.stderr!.on('data', (chunk: Buffer) => {
        output += chunk;
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      void exited.then(() => reject(new Error(`Chromium exited:\n${output}`)));
    });
    return { port, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Sends `signal` to every process of the group Chromium leads (0: only asks whether any is
 *  left); false once none is. */
function signalGroup(leader: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-leader, signal);
    return true;
  } catch {
    return false;
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** For running one bench module alone (`npx tsx tests/bench/lighthouse.ts`): builds the app into
 *  a folder of its own, as `npm run bench` does, and prints the module's figures. */
export async function runAloneOnBuiltApp(figures: (distDir: string, row: Row) => Promise<void>): Promise<void> {
  const dist = mkdtempSync(join(tmpdir(), 'ponte-bench-dist-'));
  try {
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', dist, '--logLevel', 'silent'], {
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await figures(dist, (label, value) => console.log(`  ${label.padEnd(52)} ${value}`));
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runAloneOnBuiltApp(lighthouseFigures);
