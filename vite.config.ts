import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';

// The installable app's manifest.
const webManifest = {
  name: 'Ponte — services and rights near you',
  short_name: 'Ponte',
  description: 'Social services and rights in Valdemar, in your language, even without internet.',
  start_url: '/',
  scope: '/',
  display: 'standalone' as const,
  background_color: '#fbfaf7',
  theme_color: '#1d4e89',
  icons: [
    { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' as const },
    { src: '/icon-maskable.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' as const },
  ],
};

const jsx = { oxc: { jsx: { runtime: 'automatic' as const, importSource: 'preact' } } };

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
      output: {
        // Interface strings get a name per language (then namespace: common, easy), so the worker
        // can cache only the languages in use.
        chunkFileNames: (chunk) => {
          const [, lang, ns] = /\/locales\/([a-z]{2,3})\/(\w+)\.json/.exec(chunk.facadeModuleId ?? '') ?? [];
          return lang ? `assets/locale-${lang}-${ns}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  plugins: [
    VitePWA({
      strategies: 'injectManifest',
      srcDir: '../sw',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: webManifest,
      injectManifest: {
        // Interface languages other than English stay in the list but are not precached:
        // the worker caches only the language a device uses (sw/locale-cache.ts).
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
      },
    }),
  ],
  test: {
    projects: [
      {
        ...jsx,
        test: {
          name: 'unit',
          root: '.',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: { name: 'server', root: '.', include: ['tests/server/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'e2e',
          root: '.',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: CI has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
