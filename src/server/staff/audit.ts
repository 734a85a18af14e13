// The audit log: who did what, when, from where. Administrators read it (audit-api); nothing
// in it is personal data of the people who asked for help (ids and references only).
import type { Sql } from '../database';

export type AuditAction =
  | 'invitation_created'
  | 'invitation_cancelled'
  | 'account_registered'
  | 'sign_in'
  | 'sign_in_failed'
  | 'sign_out'
  | 'sign_out_everywhere'
  | 'session_expired'
  | 'account_removed'
  | 'request_opened'
  | 'request_state_changed'
  | 'note_changed'
  | 'requests_exported'
  | 'request_withdrawn'
  | 'details_erased';

export interface AuditEntry {
  at: Date;
  action: AuditAction;
  /** Who acted (absent: the command line, the job, or a person not signed in). */
  account_id?: string | null;
  email?: string | null;
  organization_id?: string | null;
  request_id?: string | null;
  detail?: Record<string, unknown>;
  address?: string | null;
}

export async function audit(sql: Sql, entry: AuditEntry): Promise<void> {
  await sql.query(
    `INSERT INTO audit_log (at, action, account_id, email, organization_id, request_id, detail, address)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)`,
    [entry.at, entry.action, entry.account_id ?? null, entry.email ?? null, entry.organization_id ?? null, entry.request_id ?? null, JSON.stringify(entry.detail ?? {}), entry.address ?? null],
  );
}
