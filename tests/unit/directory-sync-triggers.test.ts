// When the page syncs: a sync asked for while one runs (a language chosen during the first
// download) is not dropped: it runs once more right after, with the languages wanted then.
import { afterEach, describe, expect, it, vi } from 'vitest';

const calls: { locales: string[]; finish: () => void }[] = [];
vi.mock('../../src/data/db', () => ({ db: () => ({}) }));
vi.mock('../../src/sync/directory-sync', () => ({
  syncDirectoryExclusive: ({ locales }: { locales: string[] }) =>
    new Promise((resolve) => calls.push({ locales, finish: () => resolve({ outcome: 'up-to-date', version: 1 }) })),
}));
const { startDirectorySync } = await import('../../src/sync/directory-sync-triggers');

afterEach(() => void (calls.length = 0));

describe('directory sync triggers', () => {
  it('runs once more after the running sync when asked meanwhile, with the languages wanted then', async () => {
    let locales = ['en', 'es'];
    const done = vi.fn();
    const triggers = startDirectorySync({ locales: () => locales, onStart: () => {}, onDone: done, onError: () => {} });
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
