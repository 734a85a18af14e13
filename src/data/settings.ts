// FIRST-LOAD BUNDLE: keep small. Small preferences (language, display, reading mode) live in
// localStorage, not IndexedDB: the first paint reads them synchronously, without loading Dexie
// or waiting for a disk read. Storage may be refused (private modes): then the device's own
// preferences apply.
const PREFIX = 'ponte.';

/** What Ponte uses of Web Storage. The page has it; the service worker, which loads this file
 *  through db.ts, has none: there nothing is remembered. */
interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  clear(): void;
}
const webStorage = (name: 'localStorage' | 'sessionStorage') => (globalThis as unknown as Record<string, KeyValueStore | undefined>)[name];

/** Keys that belong to the device, not to the person using it: a library sets its computer to
 *  kiosk mode once; the history session tells this person's pages from the last one's
 *  (session/history-guard.ts); a wipe still to finish (session/end-session.ts); whether the
 *  browser was asked to keep Ponte's storage and whether Ponte was installed, which stay true of
 *  the phone whoever uses it (app/device/). Every other key is the person's and goes with
 *  "clear my information". */
export const DEVICE_SETTINGS = ['kiosk', 'kioskLanguage', 'historySession', 'pendingWipe', 'storagePersistAsked', 'appInstalled'] as const;

export function getSetting(key: string): string | undefined {
  try {
    return webStorage('localStorage')?.getItem(PREFIX + key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function setSetting(key: string, value: string): void {
  try {
    webStorage('localStorage')?.setItem(PREFIX + key, value);
  } catch {
    // Not remembered, but the choice still applies to this visit.
  }
}

/** Removes every key of this origin but the device's own (deny by default: a key added later
 *  by any feature is the person's unless listed above). */
export function clearPersonalSettings(): void {
  try {
    const keep = new Set<string>(DEVICE_SETTINGS.map((key) => PREFIX + key));
    const local = webStorage('localStorage');
    for (const key of Object.keys(local ?? {})) if (!keep.has(key)) local?.removeItem(key);
    webStorage('sessionStorage')?.clear();
  } catch {
    // Storage refused: nothing was stored either.
  }
}
