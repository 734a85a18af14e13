// A deep link to something the device does not hold: downloading (with progress), waiting for a
// connection, no longer listed, or never listed. Rendered in jsdom on fake-indexeddb.
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setAppStatus } from '../../src/app/app-status';
import { MissingItem } from '../../src/app/components/missing-item';
import { db, removedKey } from '../../src/data/db';
import { loadPageStrings, setupI18n, switchLanguage } from '../../src/i18n/i18n';

// As the app's screen loader does: the later screens' strings too.
beforeAll(() => setupI18n('en').then(loadPageStrings));
beforeEach(async () => {
  await Promise.all(db().tables.map((t) => t.clear()));
  setAppStatus({ online: true, sync: 'idle', download: undefined });
});
afterEach(async () => {
  cleanup();
  await switchLanguage('en');
});

const NOT_ON_DEVICE = 'The directory is not on this device yet. Connect to the internet once to download it.';
const heading = () => screen.findByRole('heading', { level: 1 });
const directoryOnDevice = () =>
  db().meta.put({ key: 'directory', version: 2, published_at: '2026-11-20T00:00:00Z', locales: ['en', 'es'], checked_at: 'x' });

describe('before the directory is on the device', () => {
  it('says it is downloading, with each step, while the first sync runs', async () => {
    render(<MissingItem kind="service" id="night-shelter" />);
    expect((await heading()).textContent).toBe('Getting the directory');
    expect(screen.getByRole('status').textContent).toBe('Connecting to Ponte…');
    expect(screen.queryByText(NOT_ON_DEVICE)).toBeNull();

    act(() => setAppStatus({ sync: 'syncing', download: { stage: 'downloading', received: 84_000, total: 168_000 } }));
    await screen.findByText('Downloading… The page will appear by itself when the download is done.');
    expect(screen.getByRole('status').textContent).toBe('Downloading… The page will appear by itself when the download is done.');
    const bar = screen.getByRole('progressbar', { name: 'Directory download' }) as HTMLProgressElement;
    expect(bar.value).toBe(50);
    expect(bar.getAttribute('aria-valuetext')).toBe('84 kB of 168 kB received');
    expect(screen.getByText('84 kB of 168 kB received')).toBeTruthy();

    act(() => setAppStatus({ download: { stage: 'saving' } }));
    expect((await screen.findByText('Saving it on this device…')).getAttribute('role')).toBe('status');
  });

  it('shows an indeterminate bar and the bytes received when the total is unknown', async () => {
    setAppStatus({ sync: 'syncing', download: { stage: 'downloading', received: 12_400 } });
    render(<MissingItem kind="rights" id="right-to-food" />);
    await heading();
    const bar = screen.getByRole('progressbar', { name: 'Directory download' });
    expect(bar.hasAttribute('value')).toBe(false);
    expect(bar.getAttribute('aria-valuetext')).toBe('12 kB received');
  });

  it('says the download failed (with "Try again") only when it did, and offline only when offline', async () => {
    render(<MissingItem kind="service" id="night-shelter" />);
    await heading();
    act(() => setAppStatus({ sync: 'failed' }));
    await screen.findByRole('heading', { name: 'The directory could not be downloaded' });
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    // Search would find nothing yet: the way on is home, not a screen as empty as this one.
    expect(screen.queryByRole('link', { name: 'Search' })).toBeNull();
    act(() => setAppStatus({ sync: 'syncing', online: true }));
    await screen.findByRole('heading', { name: 'Getting the directory' });
    act(() => setAppStatus({ online: false }));
    await screen.findByRole('heading', { name: 'No internet connection' });
    expect(screen.getByText(/Ponte downloads the directory by itself/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('speaks the reader\'s language', async () => {
    await switchLanguage('ar');
    setAppStatus({ sync: 'syncing', download: { stage: 'downloading', received: 84_000, total: 168_000 } });
    render(<MissingItem kind="service" id="night-shelter" />);
    expect((await heading()).textContent).toBe('جارٍ تجهيز الدليل');
    expect(screen.getByRole('progressbar', { name: 'تنزيل الدليل' })).toBeTruthy();
  });
});

describe('with the directory on the device', () => {
  it('says "not found" for an address it never listed', async () => {
    await directoryOnDevice();
    render(<MissingItem kind="service" id="a-service-that-never-was" />);
    expect((await heading()).textContent).toBe('Page not found');
  });

  it('says "no longer listed" for a service or rights card it removed', async () => {
    await directoryOnDevice();
    await db().removedItems.bulkPut([
      { key: removedKey('services', 'clothes-bank'), collection: 'services', id: 'clothes-bank', version: 2 },
      { key: removedKey('rights', 'right-to-food'), collection: 'rights', id: 'right-to-food', version: 2 },
    ]);
    render(<MissingItem kind="service" id="clothes-bank" />);
    expect((await heading()).textContent).toBe('This service is no longer listed');
    cleanup();
    render(<MissingItem kind="rights" id="right-to-food" />);
    expect((await heading()).textContent).toBe('This rights card is no longer listed');
    cleanup();
    // A removed service does not make a rights card of the same id "removed".
    render(<MissingItem kind="rights" id="clothes-bank" />);
    expect((await heading()).textContent).toBe('Page not found');
  });
});
