// The first download of the directory, run by the service worker when there is one: the same
// code (src/sync/directory-sync.ts), but reading, checking and indexing a whole directory off
// the page's thread, so a first visit stays responsive while it arrives (the worker, still
// installing, takes it). The page hears its progress and its outcome through a message channel.
// Every later sync (a delta, a manifest check, a language, "Try again") is small: the page runs
// it itself, as it does without a worker (none yet, unsupported, blocked, or gone).
import { db } from '../data/db';
import { getMeta } from '../data/directory';
import type { SyncMessage, SyncProgress, SyncResult } from '../sync/directory-sync';
import type { RunSync } from '../sync/directory-sync-triggers';
import { workerRegistration } from './sw-bridge';

/** A worker that stops answering (killed, or failed to install) is given up after this long. */
const SILENCE_MS = 45_000;

function askWorker(worker: ServiceWorker, locales: string[], onProgress?: (progress: SyncProgress) => void): Promise<SyncResult> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    let silence = 0;
    const finish = () => {
      clearTimeout(silence);
      channel.port1.close();
      worker.removeEventListener('statechange', onState);
    };
    const gone = () => {
      finish();
      reject(new WorkerGone());
    };
    const listen = () => {
      clearTimeout(silence);
      silence = window.setTimeout(gone, SILENCE_MS);
    };
    const onState = () => worker.state === 'redundant' && gone();
    worker.addEventListener('statechange', onState);
    channel.port1.onmessage = ({ data }: MessageEvent<SyncMessage>) => {
      listen();
      if (data.type === 'progress') onProgress?.(data.progress);
      else {
        finish();
        if (data.type === 'done') resolve(data.result);
        else reject(Object.assign(new Error(data.message), { name: data.name }));
      }
    };
    listen();
    worker.postMessage({ type: 'SYNC_DIRECTORY', locales }, [channel.port2]);
  });
}

class WorkerGone extends Error {}

/** The page's own sync: its code loads only now (with search's, in the `search` file). */
const syncHere: RunSync = async (locales, onProgress) => {
  const { syncDirectoryExclusive } = await import('../sync/directory-sync');
  return syncDirectoryExclusive({ db: db(), locales, onProgress });
};

let first = true;

/** The page's syncs: the first, while the device holds no directory, by the worker. */
export const runSync: RunSync = async (locales, onProgress) => {
  const firstDownload = first && !(await getMeta());
  first = false;
  return firstDownload ? syncByWorker(locales, onProgress) : syncHere(locales, onProgress);
};

const syncByWorker: RunSync = async (locales, onProgress) => {
  const registration = await workerRegistration();
  const worker = registration && (registration.active ?? registration.installing ?? registration.waiting);
  if (worker && worker.state !== 'redundant') {
    try {
      return await askWorker(worker, locales, onProgress);
    } catch (error) {
      if (!(error instanceof WorkerGone)) throw error;
    }
  }
  return syncHere(locales, onProgress);
};
