// The inbox page against a stubbed API: filters and page in the address (a bookmark or a reload
// shows the same view), a table with caption and headers, marks in words, pages that move focus
// to the heading that says which page this is, and an empty state in words.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupStaffI18n } from '../../src/staff/i18n';
import InboxPage from '../../src/staff/inbox/inbox-page';
import type { InboxItem, InboxPage as Answer } from '../../src/staff/inbox/types';

const item = (n: number, extra: Partial<InboxItem> = {}): InboxItem => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  reference: `AB${n}-CDE`,
  service_id: 'youth-compass',
  service_name: 'Youth Compass',
  received_at: new Date(Date.now() - 3 * 3_600_000).toISOString(),
  due_at: new Date(Date.now() + 45 * 3_600_000).toISOString(),
  state: 'new',
  outcome: null,
  late: false,
  due_soon: false,
  ...extra,
});
const answer = (extra: Partial<Answer> = {}): Answer => ({
  counts: { all: 60, new: 20, opened: 10, contacted: 20, closed: 10, late: 2, due_soon: 1 },
  services: [
    { id: 'youth-compass', name: 'Youth Compass' },
    { id: 'digital-lab', name: 'Digital Lab' },
  ],
  page: 1,
  pages: 1,
  items: [item(1)],
  ...extra,
});

/** Answers each GET /requests with `next(url)`, and remembers what was asked. */
function stubApi(next: (url: URL) => Answer) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (input: string) => {
    const url = new URL(input, 'http://localhost');
    asked.push(url.pathname + url.search);
    return new Response(JSON.stringify(next(url)), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  return asked;
}

function openAt(address: string) {
  history.replaceState(null, '', address);
  return render(
    <LocationProvider scope="/staff">
      <InboxPage />
    </LocationProvider>,
  );
}

beforeAll(() => setupStaffI18n('en'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the inbox', () => {
  it('shows the view its address asks for: a bookmark or a reload keeps the filters and the page', async () => {
    const asked = stubApi(() => answer({ page: 2, pages: 3, items: [item(1, { late: true, state: 'opened' }), item(2, { due_soon: true })] }));
    openAt('/staff?service=youth-compass&state=late&page=2');
    await screen.findByRole('heading', { name: 'Requests, page 2 of 3' });
    expect(asked).toEqual(['/api/v1/staff/requests?service=youth-compass&state=late&page=2']);
    expect((screen.getByLabelText('Service') as HTMLSelectElement).value).toBe('youth-compass');
    expect((screen.getByLabelText('State') as HTMLSelectElement).value).toBe('late');
  });

  it('lists requests in a table with a caption and column headers, "Late" and "Due within 4 hours" in words', async () => {
    stubApi(() => answer({ items: [item(1, { late: true, state: 'opened' }), item(2, { due_soon: true }), item(3, { state: 'closed', outcome: 'referred' })] }));
    openAt('/staff');
    const table = await screen.findByRole('table', { name: 'Requests, newest first' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Reference', 'Service', 'Received', 'State', 'Answer due']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[3].textContent)).toEqual([expect.stringMatching(/ Late$/), expect.stringMatching(/ Due within 4 hours$/), expect.not.stringMatching(/Late|Due/)]);
    expect(rows.map((r) => within(r).getAllByRole('cell')[2].textContent)).toEqual(['Opened', 'New', 'Closed: Referred elsewhere']);
    expect(within(rows[0]).getAllByRole('cell')[1].textContent).toMatch(/^3 hours ago /);
    expect(within(rows[0]).getByRole('link', { name: 'AB1-CDE' }).getAttribute('href')).toBe('/staff/requests/00000000-0000-4000-8000-000000000001');
  });

  it('makes each count a link to its state\'s requests in the chosen service, the one shown marked as current', async () => {
    const asked = stubApi(() => answer());
    openAt('/staff?service=youth-compass&state=late');
    const counts = await screen.findByRole('region', { name: 'Requests by state' });
    const links = within(counts).getAllByRole('link');
    // The count and the state's name in each link's own words (no separate box to guess from).
    expect(links.map((a) => a.textContent)).toEqual(['All 60', 'New 20', 'Opened 10', 'Contacted 20', 'Closed 10', 'Late 2', 'Due within 4 hours 1']);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/staff?service=youth-compass',
      ...['new', 'opened', 'contacted', 'closed', 'late', 'due_soon'].map((state) => `/staff?service=youth-compass&state=${state}`),
    ]);
    expect(links.filter((a) => a.getAttribute('aria-current')).map((a) => a.textContent)).toEqual(['Late 2']);
    fireEvent.click(within(counts).getByRole('link', { name: 'New 20' }));
    await waitFor(() => expect(asked.at(-1)).toBe('/api/v1/staff/requests?service=youth-compass&state=new'));
    // As after "Show": focus goes to the results' heading once they are there.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Requests' })));
    expect(within(screen.getByRole('region', { name: 'Requests by state' })).getByRole('link', { name: 'New 20' }).getAttribute('aria-current')).toBe('page');
  });

  it('folds the filters into a disclosure on a phone; a wide screen or a chosen service unfolds them', async () => {
    stubApi(() => answer());
    const wide = (matches: boolean) => vi.stubGlobal('matchMedia', (query: string) => ({ matches, media: query }));
    wide(false);
    openAt('/staff');
    await screen.findByRole('table');
    const filters = () => document.querySelector('details.inbox-filter-box') as HTMLDetailsElement;
    expect(filters().open).toBe(false);
    expect(filters().querySelector('summary')!.textContent).toBe('Filter by service or state');
    expect(filters().contains(screen.getByLabelText('Service'))).toBe(true);
    cleanup();
    openAt('/staff?service=digital-lab');
    await screen.findByRole('table');
    expect(filters().open).toBe(true);
    expect(filters().querySelector('summary')!.textContent).toBe('Filters: Digital Lab');
    cleanup();
    wide(true);
    openAt('/staff');
    await screen.findByRole('table');
    expect(filters().open).toBe(true);
  });

  it('moves between pages by links in the address; the new page\'s heading takes focus and says which page', async () => {
    const asked = stubApi((url) => answer({ page: Number(url.searchParams.get('page') ?? 1), pages: 3, items: [item(Number(url.searchParams.get('page') ?? 1))] }));
    openAt('/staff?state=new');
    await screen.findByRole('heading', { name: 'Requests, page 1 of 3' });
    const pages = screen.getByRole('navigation', { name: 'Pages of requests' });
    expect(within(pages).getByRole('link', { name: 'Page 1' }).getAttribute('aria-current')).toBe('page');
    expect(within(pages).queryByRole('link', { name: 'Previous page' })).toBeNull();
    fireEvent.click(within(pages).getByRole('link', { name: 'Next page' }));
    const heading = await screen.findByRole('heading', { name: 'Requests, page 2 of 3' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(location.pathname + location.search).toBe('/staff?state=new&page=2');
    expect(asked.at(-1)).toBe('/api/v1/staff/requests?state=new&page=2');
    expect(within(screen.getByRole('navigation', { name: 'Pages of requests' })).getByRole('link', { name: 'Previous page' }).getAttribute('href')).toBe('/staff?state=new');
  });

  it('changes filters only when "Show" is pressed, back to page 1', async () => {
    stubApi(() => answer({ pages: 3 }));
    openAt('/staff?page=3');
    await screen.findByRole('table');
    fireEvent.change(screen.getByLabelText('State'), { target: { value: 'contacted' } });
    expect(location.search).toBe('?page=3');
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(location.pathname + location.search).toBe('/staff?state=contacted'));
  });

  it('says in words when there is nothing, and when the filters leave nothing', async () => {
    stubApi((url) => answer({ items: [], counts: { all: 0, new: 0, opened: 0, contacted: 0, closed: 0, late: 0, due_soon: 0 }, page: Number(url.searchParams.get('page') ?? 1) }));
    openAt('/staff');
    await screen.findByText(/^No requests yet\. When someone asks one of your services/);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Export as CSV' })).toBeNull();
    cleanup();
    openAt('/staff?state=late');
    await screen.findByText(/^No requests match these filters\./);
  });
});
