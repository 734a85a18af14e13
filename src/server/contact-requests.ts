// Storing contact requests once, and opening them for staff (the one seam that does).
import { createHash, randomInt } from 'node:crypto';
import type { ContactDetails, ContactEnvelope, ContactReceipt } from '../shared/contact-request';
import { sealingContext } from '../shared/contact-request';
import { open, type Sealed } from '../shared/sealing';
import type { Sql } from './database';
import { audit } from './staff/audit';
import type { StaffMember } from './staff/staff-context';

interface StoredRow {
  id: string;
  body_hash: string;
  service_id: string;
  key_id: string;
  sealed: ContactEnvelope['sealed'];
  reference: string;
  promised_response_hours: number;
  received_at: Date | string;
}

// No 0/O, 1/I/L: a reference is read aloud over the phone.
const REFERENCE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export function newReference(): string {
  const pick = () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `${pick()}${pick()}${pick()}-${pick()}${pick()}${pick()}`;
}

export const hashBody = (body: Uint8Array) => createHash('sha256').update(body).digest('base64url');

const receiptOf = (row: StoredRow): ContactReceipt => ({
  reference: row.reference,
  promised_response_hours: row.promised_response_hours,
  received_at: new Date(row.received_at).toISOString(),
});

export type StoreOutcome = { kind: 'stored' | 'replayed'; receipt: ContactReceipt } | { kind: 'conflict' };

export async function findRequest(sql: Sql, id: string, bodyHash: string): Promise<StoreOutcome | undefined> {
  const [row] = await sql.query<StoredRow>('SELECT * FROM contact_request WHERE id = $1', [id]);
  if (!row) return undefined;
  return row.body_hash === bodyHash ? { kind: 'replayed', receipt: receiptOf(row) } : { kind: 'conflict' };
}

/** Stores the request unless a request with this id exists; then answers as for that one. */
export async function storeRequest(
  sql: Sql,
  request: { id: string; bodyHash: string; envelope: ContactEnvelope; promisedResponseHours: number; organizationId: string },
): Promise<StoreOutcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      const [row] = await sql.query<StoredRow>(
        `INSERT INTO contact_request (id, body_hash, service_id, key_id, sealed, reference, promised_response_hours, organization_id, status_token_hash)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9)
         ON CONFLICT (id) DO NOTHING RETURNING *`,
        [request.id, request.bodyHash, request.envelope.service_id, request.envelope.sealed.key_id, JSON.stringify(request.envelope.sealed), newReference(), request.promisedResponseHours, request.organizationId, request.envelope.status_token_hash ?? null],
      );
      if (row) return { kind: 'stored', receipt: receiptOf(row) };
      // Another copy of the same request (a retry racing the first) got there first.
      return (await findRequest(sql, request.id, request.bodyHash))!;
    } catch (error) {
      // A reference already given out (one chance in 887 million): draw another.
      const unique = (error as { code?: string; constraint?: string; message?: string });
      const referenceTaken = unique.code === '23505' && /reference/.test(unique.constraint ?? unique.message ?? '');
      if (!referenceTaken || attempt >= 5) throw error;
    }
  }
}

/** A request as the staff side reads it (the sealed details and note still sealed). */
export interface StaffRequestRow {
  id: string;
  reference: string;
  service_id: string;
  organization_id: string;
  key_id: string;
  sealed: ContactEnvelope['sealed'] | null;
  note: Sealed | null;
  promised_response_hours: number;
  received_at: Date | string;
  state: 'new' | 'opened' | 'contacted' | 'closed';
  outcome: 'helped' | 'referred' | 'not_eligible' | 'unreachable' | 'withdrawn' | null;
  opened_at: Date | string | null;
  first_contact_at: Date | string | null;
  contacted_at: Date | string | null;
  closed_at: Date | string | null;
  details_erased_at: Date | string | null;
  status_version: number;
}

export interface StaffSeamDeps {
  sql: Sql;
  now: () => Date;
  privateKeyOf: (keyId: string) => Promise<CryptoKey | undefined>;
}

/** Who opens: only a member of an organisation's staff (an administrator has no organisation). */
type Opener = Pick<StaffMember, 'account_id' | 'email' | 'role' | 'organization_id'>;
const organizationOf = (member: Opener) => (member.role === 'staff' && member.organization_id ? member.organization_id : undefined);

async function openDetails(privateKeyOf: StaffSeamDeps['privateKeyOf'], row: StaffRequestRow): Promise<ContactDetails | null> {
  if (!row.sealed) return null;
  const key = await privateKeyOf(row.key_id);
  if (!key) throw new Error(`The private key ${row.key_id} is gone: request ${row.id} cannot be opened.`);
  return JSON.parse(await open(key, row.sealed, sealingContext(row.id, row.service_id))) as ContactDetails;
}

/**
 * The seam for the staff inbox: the one place where a stored request's personal details are
 * opened. Only for a staff member of the request's organisation (the filter is in the query: any
 * other request, of another organisation or none, is undefined, as if it did not exist). Every
 * opening is written to the audit log, and the first one moves the request from new to opened
 * (which the person's device then shows). `details` is null once erased (retention, withdrawal).
 */
export async function openRequestForStaff(
  deps: StaffSeamDeps,
  member: Opener,
  id: string,
  address: string | null = null,
): Promise<{ row: StaffRequestRow; service_id: string; reference: string; details: ContactDetails | null } | undefined> {
  const organizationId = organizationOf(member);
  if (!organizationId) return undefined;
  const [found] = await deps.sql.query<StaffRequestRow>('SELECT * FROM contact_request WHERE id = $1 AND organization_id = $2', [id, organizationId]);
  if (!found) return undefined;
  // Opened before anything is recorded: a seal that cannot be opened changes nothing.
  let details = await openDetails(deps.privateKeyOf, found);
  const now = deps.now();
  const row = await deps.sql.transaction(async (tx) => {
    // Withdrawn (or erased) while the seal was being opened: the details are not shown after all.
    const [current] = await tx.query<{ erased: boolean }>('SELECT sealed IS NULL AS erased FROM contact_request WHERE id = $1 FOR UPDATE', [id]);
    if (current?.erased) details = null;
    const [moved] = await tx.query<StaffRequestRow>(
      `UPDATE contact_request SET state = 'opened', opened_at = $3, status_version = status_version + 1
       WHERE id = $1 AND organization_id = $2 AND state = 'new' RETURNING *`,
      [id, organizationId, now],
    );
    await audit(tx, { at: now, action: 'request_opened', account_id: member.account_id, email: member.email, organization_id: organizationId, request_id: id, address });
    return moved ?? found;
  });
  return { row, service_id: row.service_id, reference: row.reference, details };
}

/**
 * The seam's other door, for the CSV export: every request of the member's organisation with its
 * details opened (null where erased), newest first, and one audit row with the count.
 */
export async function openRequestsForExport(
  deps: StaffSeamDeps,
  member: Opener,
  address: string | null = null,
): Promise<{ row: StaffRequestRow; details: ContactDetails | null }[]> {
  const organizationId = organizationOf(member);
  if (!organizationId) return [];
  const rows = await deps.sql.query<StaffRequestRow>('SELECT * FROM contact_request WHERE organization_id = $1 ORDER BY received_at DESC, id', [organizationId]);
  const opened: { row: StaffRequestRow; details: ContactDetails | null }[] = [];
  for (const row of rows) opened.push({ row, details: await openDetails(deps.privateKeyOf, row) });
  await audit(deps.sql, { at: deps.now(), action: 'requests_exported', account_id: member.account_id, email: member.email, organization_id: organizationId, detail: { count: rows.length }, address });
  return opened;
}

const DAY_MS = 24 * 60 * 60_000;
/**
 * How far a request's `created_at` (the device's clock when Send was pressed) may be from the
 * server's receipt time. The server stores its own time; `created_at` only has to be plausible.
 * Ahead: a day covers any clock drift or wrong time zone. Behind: the outbox keeps a request
 * until it is delivered, retrying every few minutes whenever online, so its age on arrival is
 * how long the device stayed offline: days or weeks for a phone without credit, never a year.
 * Older means a wrong clock or a forged time (year 0000), not a request that waited.
 */
export const CREATED_AT_BOUNDS = { aheadMs: DAY_MS, behindMs: 365 * DAY_MS };

/** Why `created_at` cannot be right, or undefined if it is plausible at `now`. */
export function implausibleCreatedAt(createdAt: string, now: number): string | undefined {
  const at = Date.parse(createdAt);
  const clock = `the server's time is ${new Date(now).toISOString()}: check the device's date`;
  if (!Number.isFinite(at)) return `created_at "${createdAt.slice(0, 40)}" is not a time.`;
  if (at > now + CREATED_AT_BOUNDS.aheadMs) return `created_at ${createdAt.slice(0, 40)} is more than a day in the future (${clock}).`;
  if (at < now - CREATED_AT_BOUNDS.behindMs) return `created_at ${createdAt.slice(0, 40)} is more than a year in the past (${clock}).`;
  return undefined;
}
