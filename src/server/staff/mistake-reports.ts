// "Report a mistake" as staff see them: an organisation's staff their own organisation's reports,
// administrators every organisation's. Nothing personal is in them.
import type { Sql } from '../database';
import { CITY_LANGUAGE } from '../../shared/localized';
import { publishedOrganizations } from './organizations';
import { iso } from './request-view';
import type { ServiceDirectory } from './service-names';

/** The newest this many: a list to work through, not an archive. */
export const REPORTS_SHOWN = 500;

/** Names in `lang`. The list of every organisation (administrators) says whose service each is:
 *  `organization_name`, absent from an organisation's own list. */
export async function listReports(sql: Sql, services: ServiceDirectory, organizationId: string | undefined, state: 'open' | 'closed', lang: string = CITY_LANGUAGE) {
  const params: unknown[] = [];
  const where = [state === 'open' ? 'closed_at IS NULL' : 'closed_at IS NOT NULL'];
  if (organizationId !== undefined) {
    params.push(organizationId);
    where.unshift(`organization_id = $${params.length}`);
  }
  const rows = await sql.query<{ id: string; service_id: string; organization_id: string; reason: string; details: string; received_at: Date | string; closed_at: Date | string | null }>(
    `SELECT id, service_id, organization_id, reason, details, received_at, closed_at FROM mistake_report
     WHERE ${where.join(' AND ')} ORDER BY received_at DESC, id LIMIT ${REPORTS_SHOWN}`,
    params,
  );
  const known = await services.all(lang);
  const organizations = organizationId === undefined ? new Map((await publishedOrganizations(sql, lang)).map((o) => [o.id, o.name])) : undefined;
  return rows.map((r) => ({
    ...r,
    service_name: services.nameOf(known, r.service_id),
    ...(organizations ? { organization_name: organizations.get(r.organization_id) ?? r.organization_id } : {}),
    received_at: iso(r.received_at)!,
    closed_at: iso(r.closed_at),
  }));
}

/** Closes a report the member may see; false when there is none (or it is another organisation's). */
export async function closeReport(sql: Sql, now: Date, organizationId: string | undefined, id: string): Promise<boolean> {
  const params: unknown[] = [id, now];
  let scope = '';
  if (organizationId !== undefined) {
    params.push(organizationId);
    scope = ' AND organization_id = $3';
  }
  const found = await sql.query(`UPDATE mistake_report SET closed_at = COALESCE(closed_at, $2) WHERE id = $1${scope} RETURNING id`, params);
  return found.length > 0;
}
