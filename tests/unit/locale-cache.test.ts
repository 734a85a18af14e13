// @vitest-environment node
// Every language is precached now: the cache where earlier versions kept the languages in use
// (and where one of them may have stored a Wi-Fi login page as a language) goes once this
// version runs; the app's own caches stay.
import { afterEach, expect, it, vi } from 'vitest';
import { dropLanguageCacheOfEarlierVersions } from '../../sw/locale-cache';

afterEach(() => vi.unstubAllGlobals());

it("removes earlier versions' language cache when this version becomes active", async () => {
  const names = new Set(['ponte-locales', 'ponte-app-abc']);
  let activate: ((event: { waitUntil(work: Promise<unknown>): void }) => void) | undefined;
  vi.stubGlobal('self', { addEventListener: (type: string, listener: typeof activate) => type === 'activate' && (activate = listener) });
  vi.stubGlobal('caches', { delete: async (name: string) => names.delete(name) });

  dropLanguageCacheOfEarlierVersions();
  const work: Promise<unknown>[] = [];
  activate!({ waitUntil: (promise) => work.push(promise) });
  await Promise.all(work);
  expect([...names]).toEqual(['ponte-app-abc']);
});
