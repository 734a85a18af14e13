// Ponte's service worker: wires events only. What is cached is decided at build time
// (vite-plugin-pwa injects the precache list); directory sync lives in src/sync/.
/// <reference lib="webworker" />
import { OUTBOX_SYNC_TAG } from '../src/sync/outbox-sender';
import { syncDirectoryInWorker, syncForPage } from './directory-sync';
import { dropLanguageCacheOfEarlierVersions } from './locale-cache';
import { sendOutboxInWorker } from './outbox';
import { precacheApp, type PrecacheEntry } from './precache';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: PrecacheEntry[] };

// The app shell, code chunks, styles, every language's interface strings and icons: everything
// needed offline, and every page address answered with the app shell.
precacheApp(self.__WB_MANIFEST);
dropLanguageCacheOfEarlierVersions();

// The first install takes control at once, so the first visit already works offline.
// Later versions wait until the person chooses to use them (see sw-bridge.ts).
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
  // The page's directory sync, run here (even while installing): see src/app/directory-sync-by-worker.ts.
  const port = event.ports[0];
  if (event.data?.type === 'SYNC_DIRECTORY' && Array.isArray(event.data.locales) && port) {
    event.waitUntil(syncForPage(event.data.locales.filter((l: unknown) => typeof l === 'string'), port));
  }
});

// Where the browser offers it (installed app), refresh the directory in the background.
self.addEventListener('periodicsync', ((event: ExtendableEvent & { tag: string }) => {
  if (event.tag === 'directory-sync') event.waitUntil(syncDirectoryInWorker());
}) as EventListener);

// Contact requests: Background Sync wakes the worker when a connection returns, page open or not.
self.addEventListener('sync', ((event: ExtendableEvent & { tag: string }) => {
  if (event.tag === OUTBOX_SYNC_TAG) event.waitUntil(sendOutboxInWorker());
}) as EventListener);
// Where the browser has no Background Sync, the worker sends what waits each time it starts.
if (!('sync' in self.registration)) void sendOutboxInWorker().catch(() => {});
