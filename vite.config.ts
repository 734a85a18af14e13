import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { webManifest } from './src/app/web-manifest';

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
  },
  plugins: [
    VitePWA({
      strategies: 'injectManifest',
      srcDir: '../sw',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: webManifest,
      injectManifest: {
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
