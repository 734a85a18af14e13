// Hard budgets on bytes. What a real browser downloads on a first visit to home, counted on the
// wire (compressed, headers included) by a proxy between Chromium and the server; and the
// build's CSS and service worker. No timings here: those are printed by `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { entryFiles, homeRouteFiles, precacheEntries } from '../bench/build-report';
import { measureFirstVisit, totalBytes, type FirstVisit } from '../bench/first-visit';
import { launchChromium } from './support/browser';
import { PonteServer } from './support/ponte-server';

const KiB = 1024;
const distDir = inject('distDir');
const chromePath = inject('chromePath');
const gzipSize = (file: string) => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
const fileOf = (path: string) => readFileSync(join(distDir, path), 'utf8');

describe.skipIf(!chromePath)('a first visit to home, in Chromium, until the network is idle', () => {
  let browser: Browser;
  let server: PonteServer;
  let visit: FirstVisit;

  beforeAll(async () => {
    server = new PonteServer(distDir);
    await server.start();
    browser = await launchChromium(chromePath!);
    visit = await measureFirstVisit(browser, server.port);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it("downloads at most 4 JavaScript files, 90 KiB, for the page (the worker's precache apart)", () => {
    const files = visit.pageJs.map((e) => e.path);
    expect(files.length, files.join('\n')).toBeLessThanOrEqual(4);
    expect(totalBytes(visit.pageJs)).toBeLessThanOrEqual(90 * KiB);
  });

  it('paints home with its own code and strings only: IndexedDB, the sync and the outbox come after', () => {
    const first = visit.beforePaint.map((e) => e.path);
    expect(first.length, first.join('\n')).toBeLessThanOrEqual(2);
    expect(totalBytes(visit.beforePaint)).toBeLessThanOrEqual(40 * KiB);
    for (const path of first) expect(fileOf(path), path).not.toContain('indexedDB');
    // They do come, once home is on the screen.
    const after = visit.pageJs.filter((e) => !first.includes(e.path));
    expect(after.some((e) => fileOf(e.path).includes('indexedDB'))).toBe(true);
  });

  it("downloads nothing of the staff pages, neither for the page nor for the worker's precache", () => {
    const downloaded = [...visit.pageJs, ...visit.precache, ...visit.workerScript].map((e) => e.path);
    expect(downloaded.filter((path) => /staff/.test(path) || STAFF_CODE.some((code) => fileOf(path.slice(1)).includes(code)))).toEqual([]);
  });
});

/** What only the staff pages' code holds: their API's path and their tabs' channel. */
const STAFF_CODE = ['/api/v1/staff', 'ponte-staff-session'];

describe('the staff pages, a second entry of the same build', () => {
  it('share no file with the public app: neither loads the other\'s scripts or styles', () => {
    const home = homeRouteFiles(distDir);
    const staff = entryFiles(distDir, 'staff.html');
    expect(staff.js.length).toBeGreaterThan(0);
    expect(staff.css.length).toBeGreaterThan(0);
    expect(staff.js.filter((f) => home.js.includes(f) || home.css.includes(f))).toEqual([]);
    expect(staff.css.filter((f) => home.css.includes(f))).toEqual([]);
    // Home's first paint carries no staff code (the build's group for it takes only public modules).
    for (const file of home.js) for (const code of STAFF_CODE) expect(fileOf(file), file).not.toContain(code);
  });

  it("are not in the worker's precache: their page, scripts, styles and strings stay online only", () => {
    const staffFiles = readdirSync(join(distDir, 'assets'))
      .filter((name) => /^(staff-|locale-\w+-staff-)/.test(name))
      .map((name) => `assets/${name}`);
    // Every kind is there to be left out: scripts, styles, the six languages' strings.
    expect(staffFiles.filter((f) => f.endsWith('.css')).length).toBeGreaterThan(0);
    expect(staffFiles.filter((f) => /^assets\/locale-/.test(f)).length).toBe(readdirSync(new URL('../../locales/', import.meta.url)).length);
    const precached = precacheEntries(distDir);
    expect(precached.filter((url) => url === 'staff.html' || staffFiles.includes(url))).toEqual([]);
    expect(precached.filter((url) => /staff/.test(url) || STAFF_CODE.some((code) => fileOf(url).includes(code)))).toEqual([]);
  });
});

describe('the build', () => {
  it('loads at most 20 KB of CSS for home, gzipped', () => {
    const { css } = homeRouteFiles(distDir);
    expect(css.length).toBeGreaterThan(0);
    expect(css.reduce((sum, f) => sum + gzipSize(f), 0)).toBeLessThanOrEqual(20 * KiB);
  });

  it("keeps search, the other screens, the sync and IndexedDB out of home's static imports", () => {
    const { js, lazy } = homeRouteFiles(distDir);
    expect(js.join(' ')).not.toMatch(/search|service|directory-sync/);
    expect(lazy.some((f) => f.includes('search'))).toBe(true);
    expect(js.map(fileOf).join('\n')).not.toContain('indexedDB');
  });

  it("starts the first-paint file with V8's compile hint: its functions compile while it downloads, not as they first run", () => {
    const { js } = homeRouteFiles(distDir);
    const entry = js.find((file) => /^assets\/index-/.test(file));
    expect(entry, js.join(' ')).toBeDefined();
    expect(fileOf(entry!).startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    // Only there: the other files' functions mostly wait for a screen or a tap.
    const others = readdirSync(join(distDir, 'assets')).filter((name) => name.endsWith('.js') && `assets/${name}` !== entry);
    expect(others.filter((name) => fileOf(`assets/${name}`).includes('allFunctionsCalledOnLoad'))).toEqual([]);
  });

  it('has a service worker of at most 47 KiB, gzipped', () => {
    expect(gzipSize('sw.js')).toBeLessThanOrEqual(47 * KiB);
  });

  // Asked for all at once, after first paint: the app's files, and every language's three string
  // files (the first paint's, the later screens' and easy read's), so that a language chosen
  // offline works. A language added later adds its three, not a failure here.
  it('precaches at most 12 files of the app, and 3 per interface language: each one is a request the worker makes on the first visit', () => {
    const files = precacheEntries(distDir);
    const languageFiles = files.filter((url) => /^assets\/locale-/.test(url));
    const languages = readdirSync(new URL('../../locales/', import.meta.url));
    expect(languageFiles.length).toBe(3 * languages.length);
    expect(files.length - languageFiles.length, files.join('\n')).toBeLessThanOrEqual(12);
  });
});
