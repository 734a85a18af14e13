// What a staff member on a phone needs first is first: on a request, the person's name, how to
// reach them and the one-tap call come before the request's metadata; on the reports page,
// "Marked as fixed" is said right under the heading that takes focus, not below the whole list.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupStaffI18n } from '../../src/staff/i18n';
import ReportsPage from '../../src/staff/inbox/reports-page';
import RequestPage from '../../src/staff/inbox/request-page';
import type { MistakeReport, OpenedRequest } from '../../src/staff/inbox/types';

const opened: OpenedRequest = {
  id: '00000000-0000-4000-8000-000000000001',
  reference: 'AB1-CDE',
  service_id: 'youth-compass',
  service_name: 'Youth Compass',
  received_at: new Date(Date.now() - 3_600_000).toISOString(),
  due_at: new Date(Date.now() + 40 * 3_600_000).toISOString(),
  state: 'opened',
  outcome: null,
  opened_at: new Date().toISOString(),
  contacted_at: null,
  closed_at: null,
  attempts: [],
  details: { method: 'call', name: 'Amina Haddad', phone: '+34 611 22 33 44', email: '', reach_times: ['morning'], language: 'es', message: 'A long message.\n'.repeat(20) },
  details_erased: false,
  note: '',
};
const report = (n: number): MistakeReport => ({
  id: `r${n}`,
  service_id: 'youth-compass',
  service_name: `Service ${n}`,
  organization_id: 'la-brujula-youth',
  reason: 'hours',
  details: '',
  received_at: new Date().toISOString(),
  closed_at: null,
});

/** Answers every call with `answer(path, method)`. */
function stubApi(answer: (path: string, method: string) => unknown) {
  vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
    const body = answer(new URL(input, 'http://localhost').pathname, init?.method ?? 'GET');
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
}

/** True when `a` comes before `b` in the page's reading order. */
const before = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

beforeAll(() => setupStaffI18n('en'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a request on a phone', () => {
  it('puts the person\'s name, their number and the call button before the rest: how, when, the message, the service, state and times', async () => {
    stubApi(() => opened);
    history.replaceState(null, '', `/staff/requests/${opened.id}`);
    render(
      <LocationProvider scope="/staff">
        <Router>{[<Route key="request" path="/staff/requests/:id" component={RequestPage} />]}</Router>
      </LocationProvider>,
    );
    // The number's spaces do not break in the button (contact-links.tsx): read as spaces.
    const call = await screen.findByRole('link', { name: (name) => name.replace(/\s/g, ' ') === 'Call +34 611 22 33 44' });
    expect(call.getAttribute('href')).toBe('tel:+34611223344');
    const name = screen.getByText('Amina Haddad');
    const service = screen.getByText('Youth Compass');
    const message = screen.getByText(/^A long message\./);
    expect(before(name, call)).toBe(true);
    expect(before(screen.getByText('+34 611 22 33 44'), call)).toBe(true);
    // The one tap comes before the rest of the details, the long metadata and the message.
    expect(before(call, screen.getByText('How to reach them'))).toBe(true);
    expect(before(call, service)).toBe(true);
    expect(before(call, message)).toBe(true);
    // The metadata keeps a heading of its own (it is not "The person").
    expect(screen.getByRole('heading', { name: 'The request' })).toBeTruthy();
  });
});

describe('the reports page', () => {
  it('says "Marked as fixed" right under the heading that takes focus, as a status message', async () => {
    stubApi((_path, method) => (method === 'POST' ? {} : { items: [report(1), report(2), report(3)] }));
    history.replaceState(null, '', '/staff/reports');
    render(
      <LocationProvider scope="/staff">
        <ReportsPage />
      </LocationProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: /^Mark as fixed\s*Service 1$/ }));
    const heading = screen.getByRole('heading', { name: 'To check' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Marked as fixed: Service 1.');
    // Where focus is, not after the list: the very next thing a person (or screen reader) meets.
    expect(heading.nextElementSibling).toBe(status);
    expect(before(status, screen.getByRole('list'))).toBe(true);
  });
});
