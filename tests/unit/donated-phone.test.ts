// A donated phone's own rules, without a browser: what counts as a visit (for the one invitation
// to install), when storage is asked to stay and when the phone is nearly full, which forms hold
// typed text (an update waits for them), and the web manifest each language gets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formHoldsTypedText } from '../../src/app/device/typed-text';
import { isNearlyFull, keepStorage, storageReport } from '../../src/app/device/storage';
import { recordVisit, visitNumber } from '../../src/app/device/visits';
import { manifestPath, webManifest } from '../../src/app/device/web-manifest';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

/** A new tab (or the browser opened again): the tab's sessionStorage starts empty. */
const newSession = () => sessionStorage.clear();

describe('a visit, for the invitation to install', () => {
  /** Opens Ponte at a moment, and the person does something there. */
  const useAt = (moment: Date) => {
    const number = visitNumber(moment);
    recordVisit(moment);
    return number;
  };

  it('is a new session on a day not counted yet: reloads and a second tab the same day are not', () => {
    expect(useAt(new Date(2026, 10, 23, 9))).toBe(1);
    expect(useAt(new Date(2026, 10, 23, 9, 5))).toBe(1); // a reload
    newSession();
    expect(useAt(new Date(2026, 10, 23, 18))).toBe(1); // another tab that evening
    newSession();
    expect(useAt(new Date(2026, 10, 24, 8))).toBe(2); // the next morning
    expect(useAt(new Date(2026, 10, 24, 8, 1))).toBe(2);
  });

  it('leaves nothing behind until the person does something (the page after a wipe holds nothing)', () => {
    expect(visitNumber(new Date(2026, 10, 23, 9))).toBe(1);
    expect(visitNumber(new Date(2026, 10, 23, 9))).toBe(1);
    expect({ ...localStorage, ...sessionStorage }).toEqual({});
    recordVisit(new Date(2026, 10, 23, 9));
    expect(localStorage.getItem('ponte.visits')).toBe('1');
  });
});

describe('storage that stays', () => {
  const storageStub = (persisted: boolean) => ({
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => true),
    estimate: vi.fn(async () => ({ usage: 3_000_000, quota: 2_000_000_000 })),
  });

  it('asks the browser once, however often the app starts, and remembers it asked', async () => {
    const storage = storageStub(false);
    await keepStorage(storage as unknown as StorageManager);
    await keepStorage(storage as unknown as StorageManager);
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem('ponte.storagePersistAsked')).toBe('yes');
  });

  it('does not ask when the storage is already kept', async () => {
    const storage = storageStub(true);
    await keepStorage(storage as unknown as StorageManager);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('calls a phone nearly full when little is left for Ponte, or most of what it may use is used', () => {
    expect(isNearlyFull({ usage: 3e6, quota: 2e9 })).toBe(false);
    expect(isNearlyFull({ usage: 3e6, quota: 40e6 })).toBe(true); // 37 MB left
    expect(isNearlyFull({ usage: 950e6, quota: 1e9 })).toBe(true); // 95 % used
    expect(isNearlyFull({ usage: 0, quota: 0 })).toBe(false); // the browser says nothing useful
  });

  it('reports nothing it does not know: a browser without the Storage API', async () => {
    expect(await storageReport(undefined)).toEqual({ usage: undefined, quota: undefined, persisted: undefined, nearlyFull: false });
  });
});

describe('typed text in a form', () => {
  const form = (html: string) => {
    document.body.innerHTML = `<main><form>${html}</form></main>`;
    return document.body;
  };

  it('counts text typed into a field, not spaces, not a field left as it came', () => {
    expect(formHoldsTypedText(form('<input id="a"><textarea></textarea>'))).toBe(false);
    document.querySelector<HTMLInputElement>('#a')!.value = 'Lucía';
    expect(formHoldsTypedText(document)).toBe(true);
    document.querySelector<HTMLInputElement>('#a')!.value = '   ';
    expect(formHoldsTypedText(document)).toBe(false);
    expect(formHoldsTypedText(form('<input type="tel" value="+34">'))).toBe(false);
    document.querySelector('textarea')?.remove();
    expect(formHoldsTypedText(form('<textarea></textarea>'))).toBe(false);
    document.querySelector('textarea')!.value = 'Please call after 5';
    expect(formHoldsTypedText(document)).toBe(true);
  });

  it('does not count choices, which cost nothing to make again', () => {
    form('<input type="checkbox" id="c"><input type="radio" name="r" id="r"><select><option>a</option><option>b</option></select>');
    document.querySelector<HTMLInputElement>('#c')!.checked = true;
    document.querySelector<HTMLInputElement>('#r')!.checked = true;
    document.querySelector('select')!.selectedIndex = 1;
    expect(formHoldsTypedText(document)).toBe(false);
  });
});

describe('the web manifest of each interface language', () => {
  const localesDir = join(import.meta.dirname, '../../locales');
  const languages = readdirSync(localesDir);

  it.each(languages)('"%s": its own words, the same app, the same short name', (lang) => {
    const words = JSON.parse(readFileSync(join(localesDir, lang, 'pages.json'), 'utf8')).install;
    const manifest = webManifest(lang, lang === 'ar' ? 'rtl' : 'ltr', words);
    expect(manifest).toMatchObject({ id: '/', short_name: 'Ponte', lang, name: words.manifestName, description: words.manifestDescription });
    expect(manifest.shortcuts.map((s) => [s.name, s.url])).toEqual([
      [words.shortcutSearch, '/search'],
      [words.shortcutRequests, '/requests'],
    ]);
    expect(manifestPath(lang)).toBe(lang === 'en' ? '/manifest.webmanifest' : `/manifest-${lang}.webmanifest`);
  });

  it('says which string is missing rather than writing a manifest without it', () => {
    expect(() => webManifest('xx', 'ltr', { manifestName: 'X', manifestDescription: 'Y', shortcutSearch: 'Z' } as never)).toThrow(
      'locales/xx/pages.json has no install.shortcutRequests',
    );
  });
});
