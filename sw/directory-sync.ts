// The worker's directory sync: same code as the page (src/sync), same lock. It keeps the
// languages the device already holds (the page chose them); before any, the page's default.
import { db } from '../src/data/db';
import { FALLBACK_LANGUAGE, languageChain } from '../src/shared/localized';
import { syncDirectoryExclusive, type SyncMessage } from '../src/sync/directory-sync';

export async function syncDirectoryInWorker(): Promise<void> {
  try {
    const meta = await db().meta.get('directory');
    await syncDirectoryExclusive({ db: db(), locales: meta?.locales ?? languageChain(FALLBACK_LANGUAGE) });
  } catch (error) {
    // Offline or refused: the device keeps the directory it has; the page will try again.
    console.warn('Directory sync in the service worker failed:', error);
  }
}

/** A sync the page asked for (src/app/directory-sync-by-worker.ts): its languages, its progress
 *  and outcome told back through the port it sent. */
export async function syncForPage(locales: string[], port: MessagePort): Promise<void> {
  const tell = (message: SyncMessage) => port.postMessage(message);
  try {
    const result = await syncDirectoryExclusive({ db: db(), locales, onProgress: (progress) => tell({ type: 'progress', progress }) });
    tell({ type: 'done', result });
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    tell({ type: 'failed', name, message });
  }
}
