// What the city's administrator and staff found in a walkthrough in French and Arabic, against a
// stubbed API: the pages ask in their own language, a team page lists the invitations not used
// yet and cancels one after asking, figures are grouped by organisation with a filter, reports say
// whose service it is, the audit log gives references and says "Command line", and a request's
// service shows the city's own name beside its translation.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import type { ComponentType } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adoptSession, forgetSession, staffFetch, type SessionInfo } from '../../src/staff/api';
import { setupStaffI18n } from '../../src/staff/i18n';
import AuditPage from '../../src/staff/account/audit-page';
import TeamPage from '../../src/staff/account/team-page';
import FiguresPage from '../../src/staff/inbox/figures-page';
import ReportsPage from '../../src/staff/inbox/reports-page';
import RequestPage from '../../src/staff/inbox/request-page';
import type { FiguresAnswer, MistakeReport, OpenedRequest } from '../../src/staff/inbox/types';

const HOUR = 3_600_000;
const session = (role: 'admin' | 'staff'): SessionInfo => ({
  account: { account_id: 'me', email: 'rosa@city.example', role, organization_id: role === 'admin' ? null : 'food-bank' },
  csrf_token: 'csrf',
  idle_expires_at: new Date(Date.now() + 30 * 60_000).toISOString(),
  expires_at: new Date(Date.now() + 12 * HOUR).toISOString(),
});

interface Asked {
  path: string;
  method: string;
  language: string | null;
}

/** Answers each call with `answer(url, method)` (GET /session: the session), and remembers what was asked and in which language. */
function stubApi(role: 'admin' | 'staff', answer: (url: URL, method: string) => unknown) {
  const asked: Asked[] = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, 'http://localhost');
    const method = init.method ?? 'GET';
    asked.push({ path: url.pathname.replace('/api/v1/staff', '') + url.search, method, language: new Headers(init.headers).get('Accept-Language') });
    const body = url.pathname.endsWith('/session') ? session(role) : answer(url, method);
    return body === undefined ? new Response(null, { status: 204 }) : new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  adoptSession(session(role));
  return asked;
}

function openAt(address: string, path: string, Page: ComponentType) {
  history.replaceState(null, '', address);
  return render(
    <LocationProvider>
      <Router>
        <Route path={path} component={Page} />
        <Route default component={() => null} />
      </Router>
    </LocationProvider>,
  );
}

beforeEach(() => setupStaffI18n('en'));
afterEach(() => {
  cleanup();
  forgetSession();
  vi.unstubAllGlobals();
});

describe('names in the page\'s language', () => {
  it('asks the server in the page\'s own language, whatever the browser prefers', async () => {
    await setupStaffI18n('fr');
    const asked = stubApi('admin', () => ({ organizations: [] }));
    await staffFetch('/organizations');
    expect(asked[0]).toMatchObject({ path: '/organizations', language: 'fr' });
    await setupStaffI18n('ar');
    await staffFetch('/organizations');
    expect(asked.filter((a) => a.path === '/organizations').map((a) => a.language)).toEqual(['fr', 'ar']);
  });

  it('shows the city\'s own name beside a translated service name on a request', async () => {
    await setupStaffI18n('fr');
    const request: OpenedRequest = {
      id: '00000000-0000-4000-8000-000000000001', reference: 'AB1-CDE', service_id: 'housing-advice-office',
      service_name: 'Bureau d’information sur le logement', service_own_name: 'Oficina de Información sobre Vivienda',
      received_at: new Date(Date.now() - HOUR).toISOString(), due_at: new Date(Date.now() + 40 * HOUR).toISOString(), state: 'opened', outcome: null,
      opened_at: new Date().toISOString(), contacted_at: null, closed_at: null, attempts: [], details: null, details_erased: true, note: '',
    };
    stubApi('staff', () => request);
    openAt(`/staff/requests/${request.id}`, '/staff/requests/:id', RequestPage);
    const own = await screen.findByText('Oficina de Información sobre Vivienda');
    expect(own.getAttribute('lang')).toBe('es');
    expect(own.closest('dd')?.textContent).toBe('Bureau d’information sur le logement (Oficina de Información sobre Vivienda)');
  });
});

describe('pending invitations on a team page', () => {
  it('lists the invitations not used yet, and cancels one after asking', async () => {
    let pending = [
      { id: 'inv-1', email: 'cai@foodbank.example', role: 'staff', organization_id: 'food-bank', created_at: new Date().toISOString(), expires_at: new Date(Date.now() + 72 * HOUR).toISOString(), invited_by: 'rosa@city.example' },
    ];
    const asked = stubApi('admin', (url, method) => {
      if (url.pathname.endsWith('/organizations')) return { organizations: [{ id: 'food-bank', name: 'Valdemar Food Bank Foundation', staff_count: 0 }] };
      if (url.pathname.endsWith('/accounts')) return { accounts: [] };
      if (url.pathname.endsWith('/invitations/inv-1/cancel') && method === 'POST') {
        pending = [];
        return undefined;
      }
      if (url.pathname.endsWith('/invitations')) return { invitations: pending };
      throw new Error(`unexpected ${method} ${url.pathname}`);
    });
    openAt('/staff/team?organization=food-bank', '/staff/team', TeamPage);
    const list = await screen.findByRole('region', { name: 'Invitations not used yet' });
    const card = (await within(list).findByText('cai@foodbank.example', { selector: 'bdi' })).closest('li')!;
    expect(card.textContent).toMatch(/staff · the link works until/);
    expect(asked).toContainEqual(expect.objectContaining({ path: '/invitations?organization_id=food-bank', method: 'GET' }));

    fireEvent.click(within(card).getByRole('button', { name: /^Cancel invitation\s*cai@foodbank\.example$/ }));
    expect(within(card).getByText('Cancel the invitation for cai@foodbank.example? Its link stops working at once.')).toBeTruthy();
    expect(asked.some((a) => a.method === 'POST')).toBe(false);
    fireEvent.click(within(card).getByRole('button', { name: 'Yes, cancel it' }));
    expect(await screen.findByText('The invitation for cai@foodbank.example was cancelled: its link no longer works.')).toBeTruthy();
    expect(asked).toContainEqual(expect.objectContaining({ path: '/invitations/inv-1/cancel', method: 'POST' }));
    expect(await screen.findByText('No invitations waiting.')).toBeTruthy();
    expect(within(list).queryByText('cai@foodbank.example', { selector: 'bdi' })).toBeNull();
  });
});

describe('figures for an administrator', () => {
  const row = (organization_id: string, organization_name: string, service_name: string, received: number): FiguresAnswer['services'][number] => ({
    service_id: service_name.toLowerCase().replace(/\W+/g, '-'), service_name, organization_id, organization_name, received, answered_within_promise_pct: null, median_hours_to_first_contact: null,
  });

  it('heads each organisation\'s services with its name and filters by organisation through the address', async () => {
    const asked = stubApi('admin', (url) => {
      if (url.pathname.endsWith('/organizations')) return { organizations: [{ id: 'arcoiris', name: 'Arcoiris Collective', staff_count: 0 }, { id: 'food-bank', name: 'Valdemar Food Bank Foundation', staff_count: 1 }] };
      const only = url.searchParams.get('organization_id');
      const all = [row('arcoiris', 'Arcoiris Collective', 'Support group', 2), row('food-bank', 'Valdemar Food Bank Foundation', 'Food parcels', 5), row('food-bank', 'Valdemar Food Bank Foundation', 'Soup kitchen', 1)];
      return { services: only ? all.filter((s) => s.organization_id === only) : all };
    });
    openAt('/staff/figures', '/staff/figures', FiguresPage);
    const headings = await screen.findAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual(['Arcoiris Collective', 'Valdemar Food Bank Foundation']);
    const foodBank = screen.getByRole('region', { name: 'Requests per service of Valdemar Food Bank Foundation' });
    expect(within(foodBank).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Food parcels', 'Soup kitchen']);

    const filter = screen.getByLabelText('Organisation') as HTMLSelectElement;
    await waitFor(() => expect(within(filter).getAllByRole('option').map((o) => o.textContent)).toEqual(['All organisations', 'Arcoiris Collective', 'Valdemar Food Bank Foundation']));
    fireEvent.change(filter, { target: { value: 'food-bank' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(location.search).toBe('?organization=food-bank'));
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Valdemar Food Bank Foundation']));
    expect(asked).toContainEqual(expect.objectContaining({ path: '/figures?organization_id=food-bank' }));
  });

  it('shows an organisation\'s own staff their services without organisation headings or filter', async () => {
    stubApi('staff', () => ({ services: [row('food-bank', 'Valdemar Food Bank Foundation', 'Food parcels', 5)] }));
    openAt('/staff/figures', '/staff/figures', FiguresPage);
    expect(await screen.findByRole('region', { name: 'Requests per service' })).toBeTruthy();
    expect(screen.queryByLabelText('Organisation')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Valdemar Food Bank Foundation' })).toBeNull();
  });
});

describe('reports and the audit log for an administrator', () => {
  it('says on each report card which organisation the service belongs to', async () => {
    const report: MistakeReport = { id: 'r1', service_id: 'food-parcels', service_name: 'Food parcels', organization_id: 'food-bank', organization_name: 'Valdemar Food Bank Foundation', reason: 'hours', details: '', received_at: new Date().toISOString(), closed_at: null };
    stubApi('admin', () => ({ items: [report] }));
    openAt('/staff/reports', '/staff/reports', ReportsPage);
    const card = (await screen.findByRole('heading', { name: 'Food parcels' })).closest('li')!;
    expect(within(card).getByText('Organisation: Valdemar Food Bank Foundation')).toBeTruthy();
  });

  it('gives the request\'s reference, and says "Command line" for an invitation made there', async () => {
    stubApi('admin', (url) =>
      url.pathname.endsWith('/organizations')
        ? { organizations: [] }
        : {
            entries: [
              { id: 2, at: new Date().toISOString(), action: 'request_opened', email: 'ana@foodbank.example', organization_id: 'food-bank', request_id: '6f1c2d3e-0000-4000-8000-000000000001', request_reference: 'K7P-4QX', detail: {}, address: '10.0.0.1' },
              { id: 1, at: new Date().toISOString(), action: 'invitation_created', email: null, organization_id: null, request_id: null, request_reference: null, detail: { invited_email: 'rosa@city.example', role: 'admin', by: 'command line' }, address: null },
            ],
            next_before: null,
          },
    );
    openAt('/staff/audit', '/staff/audit', AuditPage);
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(within(rows[0]).getByText('K7P-4QX')).toBeTruthy();
    expect(rows[0].textContent).not.toContain('6f1c2d3e');
    expect(within(rows[1]).getByText('Command line')).toBeTruthy();
    expect(rows[1].textContent).not.toContain('(not signed in)');
  });
});
