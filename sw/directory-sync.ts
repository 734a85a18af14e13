// The worker's directory sync: same code as the page (src/sync), same lock, same languages.
import { db } from '../src/data/db';
import { getSetting } from '../src/data/settings';
import { languageChain } from '../src/shared/localized';
import { syncDirectoryExclusive } from '../src/sync/directory-sync';

export async function syncDirectoryInWorker(): Promise<void> {
  try {
    const language = (await getSetting<string>('language')) ?? 'en';
    await syncDirectoryExclusive({ db: db(), locales: languageChain(language) });
  } catch (error) {
    // Offline or refused: the device keeps the directory it has; the page will try again.
    console.warn('Directory sync in the service worker failed:', error);
  }
}
