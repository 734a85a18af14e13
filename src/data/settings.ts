// FIRST-LOAD BUNDLE: keep small. Small preferences (the language now; display settings later)
// live in localStorage, not IndexedDB: the first paint reads them synchronously, without
// loading Dexie or waiting for a disk read. Storage may be refused (private modes): then the
// device's own preferences apply.
const PREFIX = 'ponte.';

export function getSetting(key: string): string | undefined {
  try {
    return localStorage.getItem(PREFIX + key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function setSetting(key: string, value: string): void {
  try {
    localStorage.setItem(PREFIX + key, value);
  } catch {
    // Not remembered, but the choice still applies to this visit.
  }
}
