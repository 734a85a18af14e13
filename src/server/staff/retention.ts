// Retention: personal details are kept only as long as they serve the person. A request's sealed
// details and note are erased `retentionClosedDays` after it was closed, and `retentionMaxDays`
// after it arrived at the latest; its service, times, state and outcome stay for the figures.
// "Report a mistake" texts follow the same rules. Then the private keys no stored row needs, and
// that no device can still seal a request for, are deleted from the key file.
import { CREATED_AT_BOUNDS } from '../contact-requests';
import type { Sql } from '../database';
import { audit } from './audit';
import { forgetOldSignInFailures } from './sign-in-limits';
import type { StaffDeps } from './staff-context';

const DAY_MS = 24 * 3_600_000;
export const RETENTION_EVERY_MS = 3_600_000;

export type RetentionDeps = Pick<StaffDeps, 'sql' | 'now' | 'keys' | 'settings'>;

export interface RetentionResult {
  requests: number;
  reports: number;
  keysDeleted: string[];
}

export async function eraseExpiredDetails(deps: RetentionDeps): Promise<RetentionResult> {
  const now = deps.now();
  const closedBefore = new Date(now.getTime() - deps.settings.retentionClosedDays * DAY_MS);
  const receivedBefore = new Date(now.getTime() - deps.settings.retentionMaxDays * DAY_MS);
  // Each condition matches one partial index of 003_staff.sql (rows still holding something).
  const erased = await deps.sql.query<{ id: string }>(
    `UPDATE contact_request SET sealed = NULL, note = NULL, details_erased_at = $1, status_version = status_version + 1
     WHERE (sealed IS NOT NULL OR note IS NOT NULL) AND (closed_at < $2 OR received_at < $3)
     RETURNING id`,
    [now, closedBefore, receivedBefore],
  );
  const reports = await deps.sql.query<{ id: string }>(
    `UPDATE mistake_report SET details = '' WHERE details <> '' AND (closed_at < $1 OR received_at < $2) RETURNING id`,
    [closedBefore, receivedBefore],
  );
  // Ended sessions (and those long past their 12 hours) say only who was signed in when: kept as
  // long as a closed request's details, then gone (the audit log keeps sign-ins and sign-outs).
  await deps.sql.query('DELETE FROM staff_session WHERE COALESCE(ended_at, created_at) < $1', [closedBefore]);
  // The audit log stays (who did what, when), but the client addresses in it are the staff's
  // personal data, useful only to look into recent events: gone after the longest retention.
  await deps.sql.query('UPDATE audit_log SET address = NULL WHERE address IS NOT NULL AND at < $1', [receivedBefore]);
  // Failed sign-ins (typed addresses, client addresses) once too old to count for a lock.
  await forgetOldSignInFailures(deps.sql, now);
  const keysDeleted = await deleteUnneededKeys(deps, now);
  // One row per run that erased something, with the counts (a row per request would name them all).
  if (erased.length + reports.length + keysDeleted.length > 0) {
    await audit(deps.sql, { at: now, action: 'details_erased', detail: { requests: erased.length, reports: reports.length, keys_deleted: keysDeleted } });
  }
  return { requests: erased.length, reports: reports.length, keysDeleted };
}

/**
 * A private key may go when no stored row needs it (no sealed details, no note sealed with it),
 * it is not the current key, and it was superseded longer ago than a device may hold a request
 * (CREATED_AT_BOUNDS.behindMs: an older request is refused anyway), so nothing can still arrive
 * sealed for it. Removed from the key file first, then marked: stopped in between, the next run
 * finishes (removing a key already gone is a no-op).
 */
async function deleteUnneededKeys(deps: RetentionDeps, now: Date): Promise<string[]> {
  const supersededBefore = new Date(now.getTime() - CREATED_AT_BOUNDS.behindMs);
  const candidates = await deps.sql.query<{ id: string }>(
    `SELECT k.id FROM request_key k
     WHERE k.private_key_deleted_at IS NULL
       AND k.id <> (SELECT id FROM request_key ORDER BY created_at DESC, id LIMIT 1)
       AND EXISTS (SELECT 1 FROM request_key newer WHERE newer.created_at > k.created_at AND newer.created_at < $1)`,
    [supersededBefore],
  );
  if (candidates.length === 0) return [];
  const unneeded = await unneededOf(deps.sql, candidates.map((c) => c.id));
  if (unneeded.length === 0) return [];
  await deps.keys.remove(unneeded);
  await deps.sql.query('UPDATE request_key SET private_key_deleted_at = $2 WHERE id = ANY($1::text[])', [unneeded, now]);
  return unneeded;
}

async function unneededOf(sql: Sql, ids: string[]): Promise<string[]> {
  const needed = await sql.query<{ key_id: string }>(
    `SELECT key_id FROM contact_request WHERE key_id = ANY($1::text[]) AND sealed IS NOT NULL
     UNION SELECT note ->> 'key_id' FROM contact_request WHERE note IS NOT NULL AND note ->> 'key_id' = ANY($1::text[])`,
    [ids],
  );
  const keep = new Set(needed.map((n) => n.key_id));
  return ids.filter((id) => !keep.has(id));
}

/**
 * Runs the job now and every hour. Never stops the server: a failure is logged and the next run
 * tries again. The timer does not keep the process alive. `stop` ends the schedule; `idle` resolves
 * once no run is going on.
 */
export function scheduleRetention(deps: RetentionDeps, everyMs = RETENTION_EVERY_MS): { stop: () => void; idle: () => Promise<void> } {
  let running: Promise<unknown> | undefined;
  const run = () => {
    // One run at a time: a slow run is not overtaken by the next.
    if (running) return;
    running = eraseExpiredDetails(deps)
      .then((r) => {
        if (r.requests + r.reports + r.keysDeleted.length > 0) {
          console.log(`Retention: erased the details of ${r.requests} request(s) and ${r.reports} report(s); deleted ${r.keysDeleted.length} private key(s) no request needs${r.keysDeleted.length ? ` (${r.keysDeleted.join(', ')})` : ''}.`);
        }
      })
      .catch((error) => console.error(`Retention: the job failed and will run again within the hour: ${error instanceof Error ? error.message : error}`))
      .finally(() => (running = undefined));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer), idle: async () => void (await running) };
}
