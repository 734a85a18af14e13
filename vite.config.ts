import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import i18next from 'i18next';
import { defineConfig, type Plugin } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { DEFAULT_MANIFEST_LANGUAGE, manifestPath, webManifest as webManifestFor } from './src/app/device/web-manifest.ts';

// The installable app's manifest, one per interface language (src/app/device/web-manifest.ts):
// index.html names the default language's, /manifest.webmanifest (vite-plugin-pwa writes it);
// the others are written beside it, and the page points at its language's.
const localesDir = resolve(import.meta.dirname, 'locales');
const manifestFor = (lang: string) =>
  webManifestFor(lang, i18next.dir(lang), JSON.parse(readFileSync(resolve(localesDir, lang, 'pages.json'), 'utf8')).install);
const webManifest = manifestFor(DEFAULT_MANIFEST_LANGUAGE);
const languageManifests: Plugin = {
  name: 'ponte-language-manifests',
  apply: 'build',
  generateBundle() {
    for (const lang of readdirSync(localesDir)) {
      if (lang === DEFAULT_MANIFEST_LANGUAGE) continue;
      this.emitFile({ type: 'asset', fileName: manifestPath(lang).slice(1), source: JSON.stringify(manifestFor(lang)) });
    }
  },
};

// The staff pages (src/staff.html → src/staff/main.tsx) are a second entry of this build that
// shares no file with the public app: the public first paint must not carry staff code, nor the
// staff page download the public home screen for the Preact both use. So whatever the staff code
// imports from outside src/staff/ (Preact, preact-iso, @simplewebauthn, a shared helper) is
// resolved to a copy of its own (the same file with ?ponte-staff: another module for the bundler),
// and every staff file's name starts with "staff" (the worker's precache leaves those out).
const STAFF_COPY = 'ponte-staff';
const isStaffModule = (id: string) => /[\\/]src[\\/]staff([\\/]|\.html)/.test(id) || new RegExp(String.raw`[?&]${STAFF_COPY}$`).test(id);
const staffOwnCopies: Plugin = {
  name: 'ponte-staff-own-copies',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!importer || !isStaffModule(importer)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (!resolved || resolved.external || isStaffModule(resolved.id) || /\.(css|json)$/.test(resolved.id)) return resolved;
    return { ...resolved, id: `${resolved.id}${resolved.id.includes('?') ? '&' : '?'}${STAFF_COPY}` };
  },
  // Files are read from disk whatever their query; a virtual module (Vite's preload helper) is
  // what its own plugin makes of the id without the query.
  async load(id) {
    if (!id.startsWith('\0') || !isStaffModule(id)) return null;
    const { code } = await this.load({ id: id.replace(new RegExp(String.raw`[?&]${STAFF_COPY}$`), '') });
    return code;
  },
};

// Fewer, larger files: every file is one more request before the app is idle and one more
// fetch in the worker's precache. Grouped by when the app needs them; a group also takes in what
// its modules import, except what an earlier group took (first paint comes first).
const appFile = (path: string) => new RegExp(String.raw`[\\/]src[\\/]app[\\/]` + path.replaceAll('/', String.raw`[\\/]`) + String.raw`\.tsx?$`);
const chunkGroups = [
  // What the first paint runs (Preact, i18next, the frame, home): one file with the entry.
  { name: 'first-paint', tags: ['$initial' as const], test: (id: string) => !isStaffModule(id), priority: 3 },
  // At every start, just after first paint: the status bar and the badge (IndexedDB through
  // Dexie), the quick exit, the directory sync (valibot, MiniSearch) and the outbox sender,
  // the delivered notice and practice mode's banner, the guided tour (shown on a first visit)
  // and the notice of a language whose content is not on the device yet (a few KB: not worth a
  // file of their own).
  { name: 'after-paint', test: appFile('(directory-sync-start|outbox-start|content-on-device|components/(status-bar|outbox-badge|delivered-notice|content-language-notice)|session/end-session|practice/practice-banner|tour/tour-panel)'), priority: 2 },
  // Search with its index, vocabulary and MiniSearch, and the directory sync that builds the
  // index: one file the page loads for search, or to sync without a service worker (the worker
  // syncs for it otherwise: src/app/directory-sync-by-worker.ts).
  { name: 'search', test: (id: string) => appFile('screens/search').test(id) || /[\\/]src[\\/](sync[\\/]directory-sync|data[\\/]search-(index|rank|vocabulary))\.ts$/.test(id), priority: 0 },
  // The screens a person opens from home, and the kiosk's parts (a service's QR codes are in
  // both). Search, with its vocabulary, stays apart: it is large.
  { name: 'screens', test: appFile('(screens/(need|service|rights|near|favourites|ask|requests|follow|clear|settings|about|privacy|workshop|need-print)|kiosk/(kiosk-bar|kiosk-setup|hand-off)|tour/tour-settings|components/(read-aloud-speech|request-progress|report-mistake))'), priority: 1 },
];

// Most functions of the first-paint file run as the page starts: the comment has V8 compile them
// while the file downloads, off the main thread (explicit compile hints, Chrome 136+), rather than
// one by one as they first run, in the tasks that take the server's page over (measured: 280 lazy
// compiles, 50 ms at 4× CPU, down to 15). Other browsers ignore it. It works only first in the
// file, where Vite puts its list of preloads in its own last step: so it is written in after.
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const compileHints: Plugin = {
  name: 'ponte-compile-hints',
  apply: 'build',
  writeBundle(options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.isEntry || chunk.name !== 'index') continue;
      const file = resolve(options.dir!, chunk.fileName);
      writeFileSync(file, COMPILE_HINT + readFileSync(file, 'utf8'));
    }
  },
};

// The worker's precache list (sw/precache.ts): each file once, and every file not named by its
// content (index.html, icons, the web manifest) with its SHA-256 as revision, which the worker
// checks what it downloads against.
let outDir = '';
const rememberOutDir: Plugin = { name: 'ponte-out-dir', configResolved: (config) => void (outDir = resolve(config.root, config.build.outDir)) };
const hashedAsset = /^assets\/.+-[\w-]{8}\.(js|css)$/;
function precacheList<T extends { url: string; revision: string | null }>(entries: T[]) {
  const unique = [...new Map(entries.map((e) => [e.url, e])).values()];
  const revision = (url: string) => (hashedAsset.test(url) ? null : createHash('sha256').update(readFileSync(resolve(outDir, url))).digest('base64'));
  return { manifest: unique.map((e) => ({ ...e, revision: revision(e.url) })) };
}

const jsx = { oxc: { jsx: { runtime: 'automatic' as const, importSource: 'preact' } } };

// Test projects whose tests open a database: one prepared PGlite database per run, copied by
// each test server. Loading a database and a first full sync are real work on a busy 2-core
// machine: hooks and tests get 30 s (vitest's defaults, 10 s and 5 s, catch only hangs here).
const withDatabase = { globalSetup: ['tests/helpers/prepared-database.ts'], hookTimeout: 30_000, testTimeout: 30_000 };

export default defineConfig({
  root: 'src',
  publicDir: '../public',
  ...jsx,
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    // The build manifest lets the size budget test find exactly what the home route loads.
    manifest: true,
    // Chrome 107 is the oldest browser on the donated phones we support.
    target: ['chrome107', 'firefox115', 'safari15'],
    rolldownOptions: {
      input: { index: resolve(import.meta.dirname, 'src/index.html'), staff: resolve(import.meta.dirname, 'src/staff.html') },
      output: {
        // Interface strings get a name per language (then namespace: common, pages, easy). One file per
        // JSON file: two in one file would need the bundler's runtime helper before first paint.
        chunkFileNames: (chunk) => {
          const [, lang, ns] = /\/locales\/([a-z]{2,3})\/(\w+)\.json/.exec(chunk.facadeModuleId ?? '') ?? [];
          if (lang) return `assets/locale-${lang}-${ns}-[hash].js`;
          const staffOnly = chunk.moduleIds.every(isStaffModule) && !chunk.name.startsWith('staff');
          return staffOnly ? 'assets/staff-[name]-[hash].js' : 'assets/[name]-[hash].js';
        },
        codeSplitting: { groups: chunkGroups },
      },
    },
  },
  plugins: [
    compileHints,
    staffOwnCopies,
    rememberOutDir,
    languageManifests,
    VitePWA({
      strategies: 'injectManifest',
      srcDir: '../sw',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: webManifest,
      // Only the browser's install asks for the web manifests and the icons (always online, in
      // practice): not precached, so a first visit on slow 3G does not pay for them (the app shows
      // the SVG logo). vite-plugin-pwa would add them: it is told not to.
      integration: { beforeBuildServiceWorker: (options) => void (options.injectManifest.additionalManifestEntries = []) },
      injectManifest: {
        // Every interface language is precached (common, pages and easy-read strings: 18 files,
        // about 80 KB gzipped in all): a phone set up online in Spanish switches to Arabic later, offline.
        globPatterns: ['**/*.{js,css,html,svg,woff2}'],
        // Node's crypto, which the sealing code imports only where the browser has none; the
        // maskable icon's source, drawn into PNGs for the install; the staff pages (online only:
        // their page, scripts, styles and strings are never kept on a phone).
        globIgnores: ['**/__vite-browser-external*', 'icon-maskable.svg', 'staff.html', 'assets/staff-*', 'assets/locale-*-staff-*'],
        manifestTransforms: [precacheList],
      },
    }),
  ],
  test: {
    // Two test files at a time, browser files included: most of a browser test is waiting (the
    // network, the worker, timers), so two of them share CI's two cores well.
    maxWorkers: 2,
    projects: [
      {
        ...jsx,
        test: {
          name: 'unit',
          root: '.',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/unit/setup.ts'],
          // A hang detector, not a speed limit (see tests/unit/setup.ts).
          testTimeout: 30_000,
        },
      },
      {
        test: { name: 'server', root: '.', include: ['tests/server/**/*.test.ts'], environment: 'node', ...withDatabase },
      },
      {
        // The export and the HSDS API against the official HSDS 3.0 schemas, which only CI has
        // beside the repository (tests/conformance/ says where; skipped, loudly, where absent).
        test: { name: 'conformance', root: '.', include: ['tests/conformance/**/*.test.ts'], environment: 'node', ...withDatabase },
      },
      {
        // The device's code (IndexedDB: fake-indexeddb) against the real server app and database.
        test: {
          name: 'integration',
          root: '.',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/integration/setup.ts'],
          ...withDatabase,
        },
      },
      {
        test: {
          name: 'e2e',
          root: '.',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Hang detectors, not speed limits: auditing every screen in one mode took 59 s on a
          // busy 2-core machine.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: true,
        },
      },
    ],
  },
});
