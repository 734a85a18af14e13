// FIRST-LOAD BUNDLE: keep small. What the page knows about itself: is the service worker
// ready, is a newer version waiting, how did the last directory sync go, is the device online.
import { useEffect, useState } from 'preact/hooks';
import type { SyncProgress } from '../sync/directory-sync';

export interface AppStatus {
  worker: 'unsupported' | 'installing' | 'ready';
  updateWaiting: boolean;
  sync: 'idle' | 'syncing' | 'failed';
  /** How far the running sync has gone (a screen waiting for the directory shows it). */
  download?: SyncProgress;
  online: boolean;
}

const controlled = typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller;
let status: AppStatus = {
  // A page opened under a worker is offline-ready from its first frame.
  worker: controlled ? 'ready' : 'installing',
  updateWaiting: false,
  sync: 'idle',
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
};
const listeners = new Set<(s: AppStatus) => void>();

export function setAppStatus(change: Partial<AppStatus>): void {
  status = { ...status, ...change };
  for (const listener of listeners) listener(status);
}

export function useAppStatus(): AppStatus {
  const [value, setValue] = useState(status);
  useEffect(() => {
    listeners.add(setValue);
    setValue(status);
    return () => void listeners.delete(setValue);
  }, []);
  return value;
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => setAppStatus({ online: true }));
  window.addEventListener('offline', () => setAppStatus({ online: false }));
}
