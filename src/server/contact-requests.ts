// Storing contact requests once, and opening them for staff (the one seam that does).
import { createHash, randomInt } from 'node:crypto';
import type { ContactDetails, ContactEnvelope, ContactReceipt } from '../shared/contact-request';
import { sealingContext } from '../shared/contact-request';
import { open } from '../shared/sealing';
import type { Sql } from './database';

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

/** The seam for the staff inbox: the one place where stored personal details are opened. */
export async function openRequestForStaff(
  sql: Sql,
  privateKeyOf: (keyId: string) => Promise<CryptoKey | undefined>,
  id: string,
): Promise<{ service_id: string; reference: string; details: ContactDetails } | undefined> {
  const [row] = await sql.query<StoredRow>('SELECT * FROM contact_request WHERE id = $1', [id]);
  if (!row) return undefined;
  const key = await privateKeyOf(row.key_id);
  if (!key) throw new Error(`The private key ${row.key_id} is gone: request ${id} cannot be opened.`);
  const details = JSON.parse(await open(key, row.sealed, sealingContext(row.id, row.service_id))) as ContactDetails;
  return { service_id: row.service_id, reference: row.reference, details };
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
