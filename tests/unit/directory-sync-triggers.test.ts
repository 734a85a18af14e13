// When the page syncs: a sync asked for while one runs (a language chosen during the first
// download) is not dropped: it runs once more right after, with the languages wanted then.
import { afterEach, describe, expect, it, vi } from 'vitest';

import { startDirectorySync, type RunSync } from '../../src/sync/directory-sync-triggers';

const calls: { locales: string[]; finish: () => void }[] = [];
const run: RunSync = (locales) => new Promise((resolve) => calls.push({ locales, finish: () => resolve({ outcome: 'up-to-date', version: 1 }) }));

afterEach(() => void (calls.length = 0));

describe('directory sync triggers', () => {
  it('runs once more after the running sync when asked meanwhile, with the languages wanted then', async () => {
    let locales = ['en', 'es'];
    const done = vi.fn();
    const triggers = startDirectorySync({ run, locales: () => locales, onStart: () => {}, onDone: done, onError: () => {} });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    locales = ['ar', 'en', 'es'];
    const second = triggers.syncNow();
    void triggers.syncNow(); // asked twice meanwhile: still one more sync, not two
    calls[0].finish();
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1].locales).toEqual(['ar', 'en', 'es']);
    calls[1].finish();
    await second;
    expect(done).toHaveBeenCalledTimes(2);
    expect(calls).toHaveLength(2);
  });
});
