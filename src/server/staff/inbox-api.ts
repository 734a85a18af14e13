// The inbox routes (/api/v1/staff): an organisation's requests, their states and notes, the CSV
// export, figures per service and "Report a mistake" reports. Every query filters on the member's
// organisation in its SQL; a request of another organisation answers 404 as one that does not
// exist. Administrators never open personal details: the request routes answer them 403, while
// figures and reports (nothing personal) are theirs for every organisation.
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { apiError, NO_STORE } from '../api-errors';
import { clientAddress } from '../client-address';
import { openRequestForStaff, openRequestsForExport, type StaffRequestRow } from '../contact-requests';
import { exportCsv } from './export-csv';
import { jsonBody } from './json-body';
import { serviceFigures } from './figures';
import { LIST_STATES, listRequests, type ListState } from './inbox-queries';
import { closeReport, listReports } from './mistake-reports';
import { noteProblem } from './notes';
import { ATTEMPT_METHODS, changeNote, changeState, STAFF_OUTCOMES, type ChangeResult, type StateChange } from './request-states';
import { requestView } from './request-view';
import { serviceDirectory } from './service-names';
import { staffLanguage } from './staff-language';
import { requireStaff } from './sessions';
import type { StaffDeps, StaffEnv, StaffMember } from './staff-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_PAGE = 100_000;

type Member = StaffMember & { organization_id: string };
type Ctx = Context<StaffEnv>;

const notFound = (c: Ctx) => apiError(c, 404, 'not_found', 'There is no such request in your organisation\'s inbox. Go back to the inbox and choose one from the list.');

/** Lets through only staff of an organisation: administrators manage accounts, not requests. */
const staffOfOrganization = async (c: Ctx, next: () => Promise<void>) => {
  const member = c.get('staff');
  if (member.role !== 'staff' || !member.organization_id) {
    return apiError(c, 403, 'not_staff_of_organization', 'Only the staff of the organisation that received a request can read or change it. Administrators see the figures, reports and audit log instead.');
  }
  await next();
};

const oneOf = <T extends readonly string[]>(values: T) => v.picklist(values, `expected one of ${values.join(', ')}`);

export function inboxApi(deps: StaffDeps) {
  const app = new Hono<StaffEnv>();
  const services = serviceDirectory(deps.sql);
  const seam = { sql: deps.sql, now: deps.now, privateKeyOf: deps.privateKeyOf };
  const signedIn = requireStaff(deps);
  const address = (c: Ctx) => clientAddress(c, deps.trustedProxies);
  const member = (c: Ctx) => c.get('staff') as Member;

  /** Opens the request through the seam (audited) and answers its view. */
  async function view(c: Ctx, id: string) {
    const opened = UUID.test(id) ? await openRequestForStaff(seam, member(c), id, address(c)) : undefined;
    if (!opened) return notFound(c);
    return c.json(await requestView({ ...deps, services, lang: staffLanguage(c) }, opened.row, opened.details), 200, NO_STORE);
  }

  /**
   * After a change: the request's view without its details, which the page holds since it opened
   * the request. The seal is not opened again, and the audit log keeps one opening per visit
   * rather than one more per click.
   */
  async function changedView(c: Ctx, id: string) {
    const [row] = await deps.sql.query<StaffRequestRow>('SELECT * FROM contact_request WHERE id = $1 AND organization_id = $2', [id, member(c).organization_id]);
    if (!row) return notFound(c);
    const { details: _, ...withoutDetails } = await requestView({ ...deps, services, lang: staffLanguage(c) }, row, null);
    return c.json(withoutDetails, 200, NO_STORE);
  }

  async function afterChange(c: Ctx, id: string, result: ChangeResult) {
    if (result.ok) return changedView(c, id);
    if (result.code === 'not_found') return notFound(c);
    if (result.code === 'closed') return apiError(c, 409, 'closed', 'This request is closed: its state can no longer change. Add a note if something more happened.');
    return apiError(c, 409, 'details_erased', 'This request\'s details were erased (kept long enough, or withdrawn by the person): a note can no longer be added.');
  }

  app.get('/requests', signedIn, staffOfOrganization, async (c) => {
    const service = c.req.query('service') || undefined;
    const state = c.req.query('state') || undefined;
    const page = c.req.query('page') || '1';
    if (state && !LIST_STATES.includes(state as ListState)) return apiError(c, 400, 'invalid_query', `state: expected one of ${LIST_STATES.join(', ')}.`, { field: 'state' });
    if (!/^[1-9][0-9]{0,5}$/.test(page) || Number(page) > MAX_PAGE) return apiError(c, 400, 'invalid_query', `page: expected a whole number from 1 to ${MAX_PAGE}.`, { field: 'page' });
    const list = await listRequests(deps.sql, services, { organizationId: member(c).organization_id, service, state: state as ListState | undefined, page: Number(page), now: deps.now(), lang: staffLanguage(c) });
    return c.json(list, 200, NO_STORE);
  });

  app.post('/requests/export', signedIn, staffOfOrganization, async (c) => {
    const known = await services.all(staffLanguage(c));
    const opened = await openRequestsForExport(seam, member(c), address(c));
    const date = deps.now().toISOString().slice(0, 10);
    return c.body(exportCsv(opened, (id) => services.nameOf(known, id)), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="ponte-requests-${date}.csv"`,
      ...NO_STORE,
    });
  });

  app.post('/requests/:id/open', signedIn, staffOfOrganization, (c) => view(c, c.req.param('id')));

  async function change(c: Ctx, make: () => Promise<StateChange | Response>) {
    const id = c.req.param('id')!;
    if (!UUID.test(id)) return notFound(c);
    const made = await make();
    if (made instanceof Response) return made;
    return afterChange(c, id, await changeState(deps.sql, deps.now(), member(c), id, made, address(c)));
  }

  app.post('/requests/:id/attempt', signedIn, staffOfOrganization, (c) =>
    change(c, async () => {
      const input = await jsonBody(c, v.object({ method: oneOf(ATTEMPT_METHODS) }));
      return input.ok ? { kind: 'attempt', method: input.value.method } : input.response;
    }),
  );
  app.post('/requests/:id/contacted', signedIn, staffOfOrganization, (c) => change(c, async () => ({ kind: 'contacted' })));
  app.post('/requests/:id/close', signedIn, staffOfOrganization, (c) =>
    change(c, async () => {
      const input = await jsonBody(c, v.object({ outcome: oneOf(STAFF_OUTCOMES) }));
      return input.ok ? { kind: 'close', outcome: input.value.outcome } : input.response;
    }),
  );

  app.post('/requests/:id/note', signedIn, staffOfOrganization, async (c) => {
    const id = c.req.param('id');
    if (!UUID.test(id)) return notFound(c);
    const input = await jsonBody(c, v.object({ note: v.string('note: expected text') }));
    if (!input.ok) return input.response;
    const note = input.value.note.trim();
    const problem = noteProblem(note);
    if (problem) return apiError(c, 400, 'invalid_input', problem, { field: 'note' });
    return afterChange(c, id, await changeNote(deps.sql, deps.now(), member(c), id, note, address(c)));
  });

  /** The organisation a member may look at: their own, or (administrators) the one asked for or all. */
  function scope(c: Ctx): { ok: true; organizationId: string | undefined } | { ok: false } {
    const asked = c.req.query('organization_id') || undefined;
    const { role, organization_id } = c.get('staff');
    if (role === 'admin') return { ok: true, organizationId: asked };
    if (!organization_id || (asked !== undefined && asked !== organization_id)) return { ok: false };
    return { ok: true, organizationId: organization_id };
  }

  app.get('/figures', signedIn, async (c) => {
    const s = scope(c);
    if (!s.ok) return apiError(c, 404, 'not_found', 'You see the figures of your own organisation only.');
    return c.json({ services: await serviceFigures(deps.sql, services, deps.now(), s.organizationId, staffLanguage(c)) }, 200, NO_STORE);
  });

  app.get('/reports', signedIn, async (c) => {
    const state = c.req.query('state') || 'open';
    if (state !== 'open' && state !== 'closed') return apiError(c, 400, 'invalid_query', 'state: expected open or closed.', { field: 'state' });
    const s = scope(c);
    if (!s.ok) return apiError(c, 404, 'not_found', 'You see the reports of your own organisation only.');
    return c.json({ items: await listReports(deps.sql, services, s.organizationId, state, staffLanguage(c)) }, 200, NO_STORE);
  });

  app.post('/reports/:id/close', signedIn, async (c) => {
    const id = c.req.param('id');
    const { role, organization_id } = c.get('staff');
    const organizationId = role === 'admin' ? undefined : (organization_id ?? '');
    if (!UUID.test(id) || !(await closeReport(deps.sql, deps.now(), organizationId, id))) {
      return apiError(c, 404, 'not_found', 'There is no such report in your list. Reload the reports.');
    }
    return c.body(null, 204);
  });

  return app;
}
