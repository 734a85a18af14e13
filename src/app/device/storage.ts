// Storage that stays. A browser may delete a site's data when the phone runs short of space,
// unless the site's storage is "persistent": Ponte asks for it once the directory is on the
// phone (before that there is nothing worth keeping, and Firefox would ask the person about an
// empty site), so the directory and requests still waiting to leave survive. It also reports
// how much space Ponte uses and warns when the phone is nearly full, when saving anything new
// (a directory update, a request) may fail.
import { useEffect, useState } from 'preact/hooks';
import { getSetting, setSetting } from '../../data/settings';

/** Nearly full: less than this left for Ponte, or this share of what the browser allows used.
 *  Chromium's quota shrinks with the phone's free space, so what is left of it is close to
 *  what is left on the phone. A directory update needs a few megabytes. */
export const NEARLY_FULL_LEFT_BYTES = 50_000_000;
export const NEARLY_FULL_SHARE = 0.9;

export const isNearlyFull = ({ usage, quota }: { usage: number; quota: number }) =>
  quota > 0 && (quota - usage < NEARLY_FULL_LEFT_BYTES || usage / quota >= NEARLY_FULL_SHARE);

const ASKED = 'storagePersistAsked';

/** Asks the browser once to keep Ponte's storage (remembered, whatever it answered: Chromium
 *  decides by itself from how the site is used, Firefox asks the person, who should not be
 *  asked again and again). Already persistent: nothing to ask. */
export async function keepStorage(storage: StorageManager | undefined = navigator.storage): Promise<void> {
  if (getSetting(ASKED) || !storage?.persist) return;
  setSetting(ASKED, 'yes');
  try {
    if (!(await storage.persisted?.())) await storage.persist();
  } catch (error) {
    console.warn('Persistent storage:', error);
  }
}

export interface StorageReport {
  /** Bytes used and allowed; undefined where the browser does not say. */
  usage?: number;
  quota?: number;
  /** Whether the browser keeps Ponte's data when space runs short; undefined where unknown. */
  persisted?: boolean;
  nearlyFull: boolean;
}

export async function storageReport(storage: StorageManager | undefined = navigator.storage): Promise<StorageReport> {
  const [estimate, persisted] = await Promise.all([
    storage?.estimate?.().catch(() => undefined),
    storage?.persisted?.().catch(() => undefined),
  ]);
  const usage = estimate?.usage;
  const quota = estimate?.quota;
  const nearlyFull = usage !== undefined && quota !== undefined && isNearlyFull({ usage, quota });
  return { usage, quota, persisted, nearlyFull };
}

/** The report, read when the screen opens and again whenever `refresh` changes. */
export function useStorageReport(refresh: unknown = undefined): StorageReport | undefined {
  const [report, setReport] = useState<StorageReport>();
  useEffect(() => {
    let current = true;
    void storageReport().then((r) => current && setReport(r));
    return () => void (current = false);
  }, [refresh]);
  return report;
}
