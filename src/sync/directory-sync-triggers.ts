// When the page syncs the directory: at start, when the device comes back online, when the
// page becomes visible, and every 45 seconds while it is visible (a manifest check is one
// small request answered 304 when nothing changed), so changes show within a minute.
import type { SyncProgress, SyncResult } from './directory-sync';

/** One sync of the directory (directory-sync.ts), wherever it runs (the page or its worker). */
export type RunSync = (locales: string[], onProgress?: (progress: SyncProgress) => void) => Promise<SyncResult>;

const INTERVAL_MS = 45_000;

export interface SyncTriggers {
  syncNow(): Promise<void>;
}

export function startDirectorySync(options: {
  run: RunSync;
  locales: () => string[];
  onStart: () => void;
  onProgress?: (progress: SyncProgress) => void;
  onDone: (result: SyncResult) => void;
  onError: (error: unknown) => void;
}): SyncTriggers {
  let running: Promise<void> | undefined;
  let again = false;
  const syncNow = (): Promise<void> => {
    if (running) {
      // Asked while one runs (a language chosen during the first download): once more after
      // it, with what is wanted then, rather than waiting for the next trigger.
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        options.onStart();
        try {
          options.onDone(await options.run(options.locales(), options.onProgress));
        } catch (error) {
          options.onError(error);
        }
      } while (again);
    })().finally(() => (running = undefined));
    return running;
  };
  const whenVisible = () => document.visibilityState === 'visible' && void syncNow();

  void syncNow();
  window.addEventListener('online', () => void syncNow());
  document.addEventListener('visibilitychange', whenVisible);
  setInterval(whenVisible, INTERVAL_MS);
  return { syncNow };
}
