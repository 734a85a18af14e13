// What the staff pages get for one opened request (POST /requests/:id/open and every change to
// it): its times, state and attempts, the personal details as plain data (the pages show them as
// text, never as markup) and the note, opened.
import type { ContactDetails } from '../../shared/contact-request';
import type { StaffRequestRow } from '../contact-requests';
import type { Sql } from '../database';
import { openNote } from './notes';
import type { ServiceDirectory } from './service-names';

export const iso = (t: Date | string | null) => (t === null ? null : new Date(t).toISOString());
export const dueAt = (row: Pick<StaffRequestRow, 'received_at' | 'promised_response_hours'>) => new Date(new Date(row.received_at).getTime() + row.promised_response_hours * 3_600_000);

export type StaffDetails = Omit<ContactDetails, 'consent'>;

export async function requestView(
  deps: { sql: Sql; privateKeyOf: (keyId: string) => Promise<CryptoKey | undefined>; services: ServiceDirectory; settings: { retentionClosedDays: number }; lang?: string },
  row: StaffRequestRow,
  details: ContactDetails | null,
) {
  const attempts = await deps.sql.query<{ at: Date | string; method: string }>(
    `SELECT a.at, a.method FROM contact_attempt a JOIN contact_request r ON r.id = a.request_id
     WHERE a.request_id = $1 AND r.organization_id = $2 ORDER BY a.at, a.id`,
    [row.id, row.organization_id],
  );
  const services = await deps.services.all(deps.lang);
  let shown: StaffDetails | null = null;
  if (details) {
    // Only the fields staff need, whatever else a sealed payload held.
    const { method, name, phone, email, reach_times, language, message } = details;
    shown = { method, name, phone, email, reach_times, language, message };
  }
  return {
    id: row.id,
    reference: row.reference,
    service_id: row.service_id,
    service_name: deps.services.nameOf(services, row.service_id),
    /** The city's own name of the service, when service_name is a translation that differs. */
    service_own_name: services.get(row.service_id)?.own_name ?? null,
    received_at: iso(row.received_at)!,
    due_at: dueAt(row).toISOString(),
    state: row.state,
    outcome: row.outcome,
    opened_at: iso(row.opened_at),
    contacted_at: iso(row.contacted_at),
    closed_at: iso(row.closed_at),
    attempts: attempts.map((a) => ({ at: iso(a.at)!, method: a.method })),
    details: shown,
    details_erased: row.details_erased_at !== null || row.sealed === null,
    details_erased_at: iso(row.details_erased_at),
    /** So the page can say how long the details stay once closed. */
    retention_closed_days: deps.settings.retentionClosedDays,
    note: await openNote(deps.privateKeyOf, row.id, row.note),
  };
}
export type RequestView = Awaited<ReturnType<typeof requestView>>;
