// Figures per service, with nothing personal: how many requests arrived, the share answered
// within the promise, and the median time to the first contact (a failed attempt counts: staff
// tried, as the person's device shows).
import type { Sql } from '../database';
import { CITY_LANGUAGE } from '../../shared/localized';
import { publishedOrganizations } from './organizations';
import type { ServiceDirectory } from './service-names';

const DUE = "(received_at + promised_response_hours * interval '1 hour')";
// A request counts for "within the promise" once it is decided: staff reached for the person,
// or its due time passed, or it was closed. Still open and not yet due, it does not count
// against the service; nor does one the person withdrew before it was due and before any contact.
const DECIDED = `(first_contact_at IS NOT NULL OR ((state = 'closed' OR ${DUE} < $1) AND NOT COALESCE(outcome = 'withdrawn' AND closed_at <= ${DUE}, false)))`;
// (COALESCE: for a request with no outcome the comparison is NULL, and NOT NULL would drop it.)

export interface ServiceFigures {
  service_id: string;
  service_name: string;
  organization_id: string;
  /** As the directory names it, in the page's language (the id for one it no longer lists). */
  organization_name: string;
  received: number;
  /** null when no request is decided yet. */
  answered_within_promise_pct: number | null;
  /** null when nobody was contacted yet. */
  median_hours_to_first_contact: number | null;
}

/** `organizationId` undefined: every organisation (administrators). Ordered by organisation name,
 *  then service name, as `lang` sorts them (so the pages can head each organisation's group). */
export async function serviceFigures(sql: Sql, services: ServiceDirectory, now: Date, organizationId: string | undefined, lang: string = CITY_LANGUAGE): Promise<ServiceFigures[]> {
  const params: unknown[] = [now];
  if (organizationId !== undefined) params.push(organizationId);
  const rows = await sql.query<{ organization_id: string; service_id: string; received: number; within: number; decided: number; median_seconds: number | string | null }>(
    `SELECT organization_id, service_id, count(*)::int AS received,
       count(*) FILTER (WHERE first_contact_at <= ${DUE})::int AS within,
       count(*) FILTER (WHERE ${DECIDED})::int AS decided,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_contact_at - received_at)) FILTER (WHERE first_contact_at IS NOT NULL) AS median_seconds
     FROM contact_request ${organizationId !== undefined ? 'WHERE organization_id = $2' : ''}
     GROUP BY organization_id, service_id`,
    params,
  );
  const known = await services.all(lang);
  const organizations = new Map((await publishedOrganizations(sql, lang)).map((o) => [o.id, o.name]));
  const organizationName = (id: string) => organizations.get(id) ?? id;
  const figures = new Map<string, ServiceFigures>();
  // Listed services with no request yet show as 0 received.
  for (const s of known.values()) {
    if (organizationId !== undefined && s.organization_id !== organizationId) continue;
    figures.set(`${s.organization_id}/${s.id}`, { service_id: s.id, service_name: s.name, organization_id: s.organization_id, organization_name: organizationName(s.organization_id), received: 0, answered_within_promise_pct: null, median_hours_to_first_contact: null });
  }
  for (const r of rows) {
    const median = r.median_seconds === null ? null : Math.round((Number(r.median_seconds) / 3600) * 10) / 10;
    figures.set(`${r.organization_id}/${r.service_id}`, {
      service_id: r.service_id,
      service_name: services.nameOf(known, r.service_id),
      organization_id: r.organization_id,
      organization_name: organizationName(r.organization_id),
      received: r.received,
      answered_within_promise_pct: r.decided === 0 ? null : Math.round((100 * r.within) / r.decided),
      median_hours_to_first_contact: median,
    });
  }
  const collator = new Intl.Collator(lang);
  return [...figures.values()].sort(
    (a, b) => collator.compare(a.organization_name, b.organization_name) || a.organization_id.localeCompare(b.organization_id) || collator.compare(a.service_name, b.service_name),
  );
}
