// What staff do to a request: a failed attempt to reach the person, "contacted", "closed" with an
// outcome, the note. Each runs in one transaction on the row of the member's organisation only
// (locked, so two people clicking at once cannot both move it); every change the person's device
// shows raises status_version (the status answer's ETag). Closed is final.
import type { StaffRequestRow } from '../contact-requests';
import type { Sql } from '../database';
import { audit } from './audit';
import { sealNote } from './notes';
import type { StaffMember } from './staff-context';

export const ATTEMPT_METHODS = ['call', 'sms', 'whatsapp', 'email'] as const;
/** 'withdrawn' is the person's own doing (POST /requests/:id/withdraw), never staff's. */
export const STAFF_OUTCOMES = ['helped', 'referred', 'not_eligible', 'unreachable'] as const;

export type StateChange =
  | { kind: 'attempt'; method: (typeof ATTEMPT_METHODS)[number] }
  | { kind: 'contacted' }
  | { kind: 'close'; outcome: (typeof STAFF_OUTCOMES)[number] };

export type ChangeResult = { ok: true } | { ok: false; code: 'not_found' | 'closed' | 'details_erased' };

type Member = StaffMember & { organization_id: string };

async function lockedRow(tx: Sql, member: Member, id: string) {
  const [row] = await tx.query<Pick<StaffRequestRow, 'state' | 'details_erased_at'>>(
    'SELECT state, details_erased_at FROM contact_request WHERE id = $1 AND organization_id = $2 FOR UPDATE',
    [id, member.organization_id],
  );
  return row;
}

export async function changeState(sql: Sql, now: Date, member: Member, id: string, change: StateChange, address: string | null): Promise<ChangeResult> {
  return sql.transaction(async (tx): Promise<ChangeResult> => {
    const row = await lockedRow(tx, member, id);
    if (!row) return { ok: false, code: 'not_found' };
    if (row.state === 'closed') return { ok: false, code: 'closed' };
    const where = [id, member.organization_id, now];
    let to: StaffRequestRow['state'] = row.state;
    let detail: Record<string, unknown>;
    if (change.kind === 'attempt') {
      await tx.query('INSERT INTO contact_attempt (request_id, method, at, account_id) VALUES ($1, $2, $3, $4)', [id, change.method, now, member.account_id]);
      // Trying to reach the person means the service has the request in hand: a new one is opened.
      if (row.state === 'new') to = 'opened';
      await tx.query(
        `UPDATE contact_request SET state = $4, opened_at = COALESCE(opened_at, $3), first_contact_at = COALESCE(first_contact_at, $3), status_version = status_version + 1
         WHERE id = $1 AND organization_id = $2`,
        [...where, to],
      );
      detail = { attempt: change.method };
    } else if (change.kind === 'contacted') {
      // Marked twice (two tabs): one change, not two.
      if (row.state === 'contacted') return { ok: true };
      to = 'contacted';
      await tx.query(
        `UPDATE contact_request SET state = 'contacted', contacted_at = $3, opened_at = COALESCE(opened_at, $3), first_contact_at = COALESCE(first_contact_at, $3), status_version = status_version + 1
         WHERE id = $1 AND organization_id = $2`,
        where,
      );
      detail = {};
    } else {
      to = 'closed';
      await tx.query(
        `UPDATE contact_request SET state = 'closed', outcome = $4, closed_at = $3, status_version = status_version + 1 WHERE id = $1 AND organization_id = $2`,
        [...where, change.outcome],
      );
      detail = { outcome: change.outcome };
    }
    await audit(tx, {
      at: now,
      action: 'request_state_changed',
      account_id: member.account_id,
      email: member.email,
      organization_id: member.organization_id,
      request_id: id,
      detail: { from: row.state, to, ...detail },
      address,
    });
    return { ok: true };
  });
}

/** Keeps the note sealed (an empty one removes it). Not on a request whose details are erased. */
export async function changeNote(sql: Sql, now: Date, member: Member, id: string, note: string, address: string | null): Promise<ChangeResult> {
  // Sealed before the transaction: the row lock is not held during the cryptography.
  const sealed = await sealNote(sql, id, note);
  return sql.transaction(async (tx): Promise<ChangeResult> => {
    const row = await lockedRow(tx, member, id);
    if (!row) return { ok: false, code: 'not_found' };
    if (row.details_erased_at) return { ok: false, code: 'details_erased' };
    await tx.query('UPDATE contact_request SET note = $3::jsonb WHERE id = $1 AND organization_id = $2', [id, member.organization_id, sealed && JSON.stringify(sealed)]);
    await audit(tx, { at: now, action: 'note_changed', account_id: member.account_id, email: member.email, organization_id: member.organization_id, request_id: id, detail: { removed: sealed === null }, address });
    return { ok: true };
  });
}
