// Starts the page's directory sync and keeps the status bar told. Loaded after first paint.
import { i18next } from '../i18n/i18n';
import { languageChain } from '../shared/localized';
import { startDirectorySync, type SyncTriggers } from '../sync/directory-sync-triggers';
import { setAppStatus } from './app-status';
import { runSync } from './directory-sync-by-worker';

let triggers: SyncTriggers | undefined;

/** Tries the sync again now (a person's "Try again"); it also retries by itself. */
export function syncAgain(): void {
  void triggers?.syncNow();
}

export function startSync() {
  triggers = startDirectorySync({
    run: runSync,
    // The reader's language, the city's and English: what the screens may fall back to.
    locales: () => languageChain(i18next.resolvedLanguage ?? 'en'),
    onStart: () => setAppStatus({ sync: 'syncing' }),
    onProgress: (download) => setAppStatus({ download }),
    onDone: () => setAppStatus({ sync: 'idle', download: undefined }),
    onError: (error) => {
      setAppStatus({ sync: 'failed', download: undefined });
      if (navigator.onLine) console.warn('Directory sync failed:', error);
    },
  });
  // A new language may need content the device does not hold yet.
  i18next.on('languageChanged', () => syncAgain());
}
