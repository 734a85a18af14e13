// npm run bench: prints Ponte's performance figures. Sizes are exact; timings are measured in
// the system Chromium (real IndexedDB) and vary with the machine.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { publishDemoChange } from '../../src/server/admin-api';
import { publishDirectory } from '../../src/server/directory-store';
import { languageChain } from '../../src/shared/localized';
import { launchChromium } from '../e2e/support/browser';
import { testServer } from '../helpers/server';
import { homeRouteFiles, localeChunks, precacheEntries } from './build-report';
import { generatedDirectory } from './generated-directory';
import { firstVisitFigures } from './first-visit-report';
import { deepLinkFigures } from './deep-link';
import { lighthouseFigures } from './lighthouse';
import { directoryLoadFigures } from './directory-load';
import { requestLoadFigures } from './requests-load';
import { staffInboxFigures } from './staff-inbox';
import { hsdsImportFigures } from './hsds-import';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (b: Uint8Array) => gzipSync(b, { level: 9 }).length;
const br = (b: Uint8Array) => brotliCompressSync(b).length;
const row = (label: string, value: string) => console.log(`  ${label.padEnd(52)} ${value}`);
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

async function bundleFigures() {
  const dist = mkdtempSync(join(tmpdir(), 'ponte-bench-dist-'));
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', dist, '--logLevel', 'silent'], {
    env: { ...process.env, NODE_ENV: 'production' },
  });
  // What a browser really downloads and runs (the build manifest alone misses the language
  // strings and everything loaded after first paint).
  await firstVisitFigures(dist, row);
  const { css } = homeRouteFiles(dist);
  row("home's CSS, gzip (budget 20 KB)", kb(css.reduce((s, f) => s + gz(readFileSync(join(dist, f))), 0)));
  await deepLinkFigures(dist, row);
  await lighthouseFigures(dist, row);
  const precache = precacheEntries(dist);
  const raw = precache.reduce((s, f) => s + statSync(join(dist, f)).size, 0);
  const zipped = precache.reduce((s, f) => s + gz(readFileSync(join(dist, f))), 0);
  console.log('\nService worker precache');
  row('entries', String(precache.length));
  row('total, uncompressed / gzip on the wire', `${kb(raw)} / ${kb(zipped)}`);
  row('sw.js itself, gzip (budget 47 KiB)', kb(gz(readFileSync(join(dist, 'sw.js')))));
  console.log('\nInterface strings per language (gzip; the page loads its own and English, the worker precaches all)');
  const size = (file = '') => kb(gz(readFileSync(join(dist, file))));
  for (const [lang, { common, pages, easy }] of Object.entries(localeChunks(dist)).sort()) row(lang, `first paint ${size(common)} + later screens ${size(pages)} + easy-read ${size(easy)}`);
  rmSync(dist, { recursive: true, force: true });
}

async function payloadFigures() {
  const server = await testServer();
  const get = async (path: string) => Buffer.from(await (await server.fetch(path, { headers: { 'Accept-Encoding': 'identity' } })).arrayBuffer());
  const snapshot = await get('/api/v1/directory?locales=en,es');
  const shares: [string, Buffer, Buffer][] = [];
  const { locales } = JSON.parse((await get('/api/v1/directory/manifest')).toString()) as { locales: string[] };
  for (const lang of locales) {
    // What a device reading `lang` downloads: its language and the ones it falls back to.
    shares.push([lang, await get(`/api/v1/directory?locales=${lang}`), await get(`/api/v1/directory?locales=${languageChain(lang).join(',')}`)]);
  }
  await publishDemoChange(server.sql);
  const delta = await get('/api/v1/directory?since=1&locales=en,es');
  console.log('\nDirectory payloads (demo directory: 64 services, 22 rights cards)');
  row('full snapshot, en + es: raw / gzip / brotli', `${kb(snapshot.length)} / ${kb(gz(snapshot))} / ${kb(br(snapshot))}`);
  row('delta, one service changed: raw / gzip / brotli', `${delta.length} B / ${gz(delta)} B / ${br(delta)} B`);
  console.log("\nOne language's share of the directory (brotli: its standard and easy-read texts, with the places and hours all share)");
  for (const [lang, own, device] of shares) row(lang, `${kb(br(own))} alone; ${kb(br(device))} with the city's language and English`);
  await server.close();
}

async function largeDirectoryFigures() {
  const COUNT = 5000;
  const server = await testServer();
  await publishDirectory(server.sql, generatedDirectory(COUNT));
  const json = (await (await server.fetch('/api/v1/directory?locales=en,es')).text());
  await server.close();
  console.log(`\nGenerated directory of ${COUNT} services`);
  row('snapshot: raw / brotli', `${kb(json.length)} / ${kb(br(Buffer.from(json)))}`);

  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromePath)) return row('IndexedDB and search timings', `skipped: no Chromium at ${chromePath}`);
  const bundleDir = mkdtempSync(join(tmpdir(), 'ponte-bench-lib-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: { outDir: bundleDir, lib: { entry: 'tests/bench/browser-entry.ts', formats: ['es'], fileName: 'bench' }, minify: true },
  });
  const browser = await launchChromium(chromePath);
  const page = await browser.newPage();
  await page.route('http://bench.localhost/**', (route) =>
    route.request().url().endsWith('.js')
      ? route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(bundleDir, 'bench.js')) })
      : route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
  );
  await page.goto('http://bench.localhost/');
  const applyRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    applyRuns.push(await page.evaluate(async (payload) => (await import(String('/bench.js'))).applySnapshot(payload), json));
  }
  const { loadMs, vocabularyMs, timings } = await page.evaluate(
    async (queries) => (await import(String('/bench.js'))).searchLatencies(queries),
    ['vivienda', 'food bank', 'habitacion', 'abogado gratuito', 'asylum', 'alquiler', 'vivenda', 'older people'],
  );
  // Everyday words in a crisis, in several languages (vocabulary: needs and danger).
  const crisis = await page.evaluate(
    async (queries) => (await import(String('/bench.js'))).searchLatencies(queries),
    ['maltrato pareja', 'partner hits me', 'refugee', 'violences conjugales', 'لجوء', 'насильство'],
  );
  await browser.close();
  rmSync(bundleDir, { recursive: true, force: true });
  row('apply snapshot + build search index in IndexedDB (Chromium)', `median ${percentile(applyRuns, 50).toFixed(0)} ms (runs: ${applyRuns.map((r) => r.toFixed(0)).join(', ')} ms)`);
  row('load the stored search index', `${loadMs.toFixed(0)} ms`);
  row('compile the search vocabulary (six languages)', `${vocabularyMs.toFixed(1)} ms`);
  row(`search as typed, ${timings.length} queries: p50 / p95`, `${percentile(timings, 50).toFixed(2)} ms / ${percentile(timings, 95).toFixed(2)} ms`);
  row(`crisis words as typed, ${crisis.timings.length} queries: p50 / p95`, `${percentile(crisis.timings, 50).toFixed(2)} ms / ${percentile(crisis.timings, 95).toFixed(2)} ms`);
}

console.log('Ponte benchmarks');
await bundleFigures();
await payloadFigures();
await largeDirectoryFigures();
await directoryLoadFigures(row);
await requestLoadFigures(row);
await staffInboxFigures(row);
await hsdsImportFigures(row);
