// The inbox list: an organisation's requests, newest first, 25 a page, with the counts at the top.
// Every query starts with `organization_id = $1`, and the indexes of 003_staff.sql lead with it
// (then service or state, then received_at DESC): a page reads 25 index entries, not the table.
import type { StaffRequestRow } from '../contact-requests';
import type { Sql } from '../database';
import { dueAt, iso } from './request-view';
import type { ServiceDirectory } from './service-names';

export const PAGE_SIZE = 25;
export const DUE_SOON_MS = 4 * 3_600_000;
export const LIST_STATES = ['new', 'opened', 'contacted', 'closed', 'late', 'due_soon'] as const;
export type ListState = (typeof LIST_STATES)[number];

const DUE = "(received_at + promised_response_hours * interval '1 hour')";
// Waiting for a first answer: nobody has tried to reach the person yet, not closed. Only these can
// be late: the promise is an answer within the hours, and a first attempt is one (as in the figures).
const WAITING = "state IN ('new', 'opened') AND first_contact_at IS NULL";

/** The SQL condition for a state filter, its parameters numbered from `$first`. */
function stateFilter(state: ListState | undefined, first: number, now: Date, soon: Date): { sql: string; params: unknown[] } {
  if (!state) return { sql: '', params: [] };
  if (state === 'late') return { sql: ` AND ${WAITING} AND ${DUE} < $${first}`, params: [now] };
  if (state === 'due_soon') return { sql: ` AND ${WAITING} AND ${DUE} >= $${first} AND ${DUE} < $${first + 1}`, params: [now, soon] };
  return { sql: ` AND state = $${first}`, params: [state] };
}

export interface ListQuery {
  organizationId: string;
  service?: string;
  state?: ListState;
  page: number;
  now: Date;
  /** The language service names are given in (staff-language.ts). */
  lang?: string;
}

export async function listRequests(sql: Sql, services: ServiceDirectory, q: ListQuery) {
  const soon = new Date(q.now.getTime() + DUE_SOON_MS);
  const scoped: unknown[] = [q.organizationId];
  let scope = 'organization_id = $1';
  if (q.service) {
    scoped.push(q.service);
    scope += ` AND service_id = $${scoped.length}`;
  }
  const counts = await countRequests(sql, scope, scoped, q.now, soon);
  const matching = q.state ? counts[q.state] : counts.all;
  const pages = Math.max(1, Math.ceil(matching / PAGE_SIZE));

  const filter = stateFilter(q.state, scoped.length + 1, q.now, soon);
  const rows = await sql.query<Pick<StaffRequestRow, 'id' | 'reference' | 'service_id' | 'received_at' | 'promised_response_hours' | 'state' | 'outcome' | 'first_contact_at'>>(
    `SELECT id, reference, service_id, received_at, promised_response_hours, state, outcome, first_contact_at FROM contact_request
     WHERE ${scope}${filter.sql}
     ORDER BY received_at DESC, id DESC LIMIT ${PAGE_SIZE} OFFSET ${(q.page - 1) * PAGE_SIZE}`,
    [...scoped, ...filter.params],
  );
  const known = await services.all(q.lang);
  // The filter offers the organisation's services in the directory, and any other its requests name.
  const offered = new Map((await services.ofOrganization(q.organizationId, q.lang)).map((s) => [s.id, s.name]));
  const named = await servicesWithRequests(sql, q.organizationId);
  for (const { service_id } of named) if (!offered.has(service_id)) offered.set(service_id, services.nameOf(known, service_id));

  const now = q.now.getTime();
  const collator = new Intl.Collator(q.lang ?? 'es');
  return {
    counts,
    services: [...offered].map(([id, name]) => ({ id, name })).sort((a, b) => collator.compare(a.name, b.name)),
    page: q.page,
    pages,
    items: rows.map((row) => {
      const due = dueAt(row).getTime();
      const waiting = (row.state === 'new' || row.state === 'opened') && row.first_contact_at === null;
      return {
        id: row.id,
        reference: row.reference,
        service_id: row.service_id,
        service_name: services.nameOf(known, row.service_id),
        received_at: iso(row.received_at)!,
        due_at: new Date(due).toISOString(),
        state: row.state,
        outcome: row.outcome,
        late: waiting && due < now,
        due_soon: waiting && due >= now && due < now + DUE_SOON_MS,
      };
    }),
  };
}

/**
 * The counts at the top. By state: one pass over the organisation's index entries
 * (contact_request_inbox_by_state holds organization_id and state). Late and due soon: only the
 * requests still waiting for a first answer, a few among thousands once the older ones are closed.
 */
async function countRequests(sql: Sql, scope: string, scoped: unknown[], now: Date, soon: Date) {
  const byState = await sql.query<{ state: string; n: number }>(`SELECT state, count(*)::int AS n FROM contact_request WHERE ${scope} GROUP BY state`, scoped);
  const [nowAt, soonAt] = [`$${scoped.length + 1}`, `$${scoped.length + 2}`];
  const [waiting] = await sql.query<{ late: number; due_soon: number }>(
    `SELECT count(*) FILTER (WHERE ${DUE} < ${nowAt})::int AS late,
            count(*) FILTER (WHERE ${DUE} >= ${nowAt} AND ${DUE} < ${soonAt})::int AS due_soon
     FROM contact_request WHERE ${scope} AND ${WAITING}`,
    [...scoped, now, soon],
  );
  const of = (state: string) => byState.find((r) => r.state === state)?.n ?? 0;
  return { all: byState.reduce((sum, r) => sum + r.n, 0), new: of('new'), opened: of('opened'), contacted: of('contacted'), closed: of('closed'), ...waiting };
}

/**
 * The services an organisation's requests name, without reading them all: a loose index scan
 * (each step jumps to the next service in contact_request_inbox_by_service), a handful of index
 * lookups whatever the number of requests.
 */
async function servicesWithRequests(sql: Sql, organizationId: string) {
  return sql.query<{ service_id: string }>(
    `WITH RECURSIVE services AS (
       (SELECT service_id FROM contact_request WHERE organization_id = $1 ORDER BY service_id LIMIT 1)
       UNION ALL
       SELECT (SELECT r.service_id FROM contact_request r WHERE r.organization_id = $1 AND r.service_id > services.service_id ORDER BY r.service_id LIMIT 1)
       FROM services WHERE services.service_id IS NOT NULL
     )
     SELECT service_id FROM services WHERE service_id IS NOT NULL`,
    [organizationId],
  );
}
