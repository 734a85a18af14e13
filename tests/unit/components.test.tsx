import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FavouriteButton } from '../../src/app/components/favourite-button';
import { OpeningLine, WeeklyHours } from '../../src/app/components/opening-hours';
import { listFavourites } from '../../src/data/favourites';
import { loadPageStrings, setupI18n, switchLanguage } from '../../src/i18n/i18n';
import type { Schedule } from '../../src/shared/directory';

const schedule: Schedule = {
  timezone: 'Europe/Madrid',
  hours: [
    { byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '14:00' },
    { byday: 'TU', opens_at: '16:30', closes_at: '18:30' },
  ],
  closures: [{ valid_from: '2026-12-08', valid_to: '2026-12-08' }],
};

// As the app's screen loader does: the later screens' strings too.
beforeAll(() => setupI18n('en').then(loadPageStrings));
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await switchLanguage('en');
});

describe('opening hours on screen', () => {
  it('says "open now" and the closing time, in the interface language', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T10:00:00Z'), toFake: ['Date'] }); // Tuesday 11:00 in Madrid
    render(<OpeningLine schedule={schedule} appointment={false} />);
    expect(screen.getByText(/^Open now · closes at 2:00\sPM$/)).toBeTruthy();
    await act(() => switchLanguage('es'));
    expect(screen.getByText('Abierto ahora · cierra a las 14:00')).toBeTruthy();
  });

  it('names the day of the next opening', () => {
    vi.useFakeTimers({ now: new Date('2026-11-27T15:00:00Z'), toFake: ['Date'] }); // Friday 16:00
    render(<OpeningLine schedule={schedule} appointment={false} />);
    expect(screen.getByText(/^Closed now · opens on Monday at 9:00\sAM$/)).toBeTruthy();
  });

  it('shows the week with closed days and warns of a holiday today', () => {
    vi.useFakeTimers({ now: new Date('2026-12-08T10:00:00Z'), toFake: ['Date'] });
    render(<WeeklyHours schedule={schedule} appointment={false} />);
    const rows = screen.getAllByRole('row').map((r) => r.textContent);
    expect(rows[1]).toMatch(/^Tuesday9:00\sAM to 2:00\sPM and 4:30\sPM to 6:30\sPM$/);
    expect(rows[6]).toBe('SundayClosed');
    expect(screen.getByText(/Closed until December 8, 2026 included/)).toBeTruthy();
  });

  it('lists the coming closures one a line, date ranges as each language writes them', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T10:00:00Z'), toFake: ['Date'] });
    const closures = [
      { valid_from: '2026-12-08', valid_to: '2026-12-08' },
      { valid_from: '2026-12-24', valid_to: '2027-01-06' },
    ];
    render(<WeeklyHours schedule={{ ...schedule, closures }} appointment={false} />);
    const dates = (name: string) => within(screen.getByRole('list', { name })).getAllByRole('listitem').map((li) => li.textContent);
    expect(dates('Also closed on public holidays and these dates:')).toEqual(['December 8, 2026', 'December 24, 2026\u2009–\u2009January 6, 2027']);
    await switchLanguage('ar');
    await waitFor(() => expect(dates('مغلق أيضًا في العطل الرسمية وفي هذه التواريخ:')).toHaveLength(2));
    expect(dates('مغلق أيضًا في العطل الرسمية وفي هذه التواريخ:')[1]).toMatch(/^24 ديسمبر 2026 – 6 يناير 2027$/);
    // Two periods a day, joined the Arabic way ("و", attached to the next word), not with an English comma.
    expect(screen.getAllByRole('row')[1]!.textContent).toMatch(/^الثلاثاء.+ و.+$/);
    expect(screen.getAllByRole('row')[1]!.textContent).not.toContain(',');
  });
});

describe('saving a service', () => {
  it('stores it on the device and shows it as saved', async () => {
    render(<FavouriteButton kind="service" id="night-shelter" />);
    const button = await screen.findByRole('button', { name: 'Save' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Saved' }).getAttribute('aria-pressed')).toBe('true'));
    expect((await listFavourites()).map((f) => f.ref)).toEqual(['night-shelter']);
    fireEvent.click(screen.getByRole('button', { name: 'Saved' }));
    await waitFor(async () => expect(await listFavourites()).toEqual([]));
  });
});
