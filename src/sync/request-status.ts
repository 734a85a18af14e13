// What became of each delivered request: the device asks GET /api/v1/requests/:id/status with
// the request's status token, and keeps the answer on its outbox entry for "My requests".
// Cheap on purpose: the ETag makes an unchanged answer a bodiless 304, and the questions thin
// out as the request ages (every 15 minutes on its first day, hourly for a week, then daily,
// for 60 days); a closed request, or one the server no longer knows (404), is never asked again.
import * as v from 'valibot';
import type { OutboxEntry, PonteDatabase } from '../data/db';
import { API_BASE } from '../shared/api';
import { RequestStatusSchema, type RequestStatus } from '../shared/request-status';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** How often to ask, by the request's age since it was delivered; past the last, never. */
export const STATUS_SCHEDULE: { untilAge: number; every: number }[] = [
  { untilAge: DAY, every: 15 * MINUTE },
  { untilAge: 7 * DAY, every: HOUR },
  { untilAge: 60 * DAY, every: DAY },
];
const FOLLOWED_FOR = STATUS_SCHEDULE[STATUS_SCHEDULE.length - 1].untilAge;

/** Whether this entry is a request the device may ask about at all. */
export function followable(entry: OutboxEntry): boolean {
  return (
    (entry.kind ?? 'request') === 'request' &&
    entry.status === 'delivered' &&
    Boolean(entry.status_token) &&
    !entry.practice &&
    !entry.hidden &&
    !entry.progress_gone &&
    entry.progress?.state !== 'closed'
  );
}

const deliveredAt = (entry: OutboxEntry) => Date.parse(entry.receipt?.received_at ?? entry.created_at);

/** When to ask next about this request (epoch ms), or undefined: never again (or not at all).
 *  Pure: the schedule is decided by the entry alone, so it is tested with a fake clock. */
export function nextStatusCheckAt(entry: OutboxEntry): number | undefined {
  if (!followable(entry)) return undefined;
  const since = deliveredAt(entry);
  if (!Number.isFinite(since)) return undefined;
  const last = entry.progress_checked_at ?? since;
  const step = STATUS_SCHEDULE.find((s) => last - since < s.untilAge);
  if (!step) return undefined;
  const next = last + step.every;
  return next - since <= FOLLOWED_FOR ? next : undefined;
}

export interface StatusCheckOptions {
  db: PonteDatabase;
  fetch?: typeof fetch;
  baseUrl?: string;
  now?: () => number;
  timeoutMs?: number;
  /** Ask about every followable request now, whatever its schedule (back online, the person
   *  opened My requests). Closed and forgotten requests are still never asked. */
  force?: boolean;
}

type Answer = { kind: 'status'; status: RequestStatus; etag?: string } | { kind: 'unchanged' } | { kind: 'gone' } | { kind: 'failed' } | { kind: 'unreachable' };

async function ask(entry: OutboxEntry, opts: StatusCheckOptions, path: 'status' | 'withdraw'): Promise<Answer> {
  try {
    const headers: Record<string, string> = { Authorization: `Bearer ${entry.status_token}` };
    if (path === 'status' && entry.progress_etag) headers['If-None-Match'] = entry.progress_etag;
    const res = await (opts.fetch ?? fetch)(`${opts.baseUrl ?? ''}${API_BASE}/requests/${entry.id}/${path}`, {
      method: path === 'status' ? 'GET' : 'POST',
      headers,
      // The browser's cache must not answer for the server: revalidated every time.
      cache: 'no-store',
      signal: AbortSignal.timeout(opts.timeoutMs ?? 20_000),
    });
    if (res.status === 304) return { kind: 'unchanged' };
    if (res.status === 404) return { kind: 'gone' };
    if (res.status !== 200) return { kind: 'failed' };
    // A Wi-Fi login page or a garbled answer is not a status: asked again later.
    const parsed = v.safeParse(RequestStatusSchema, await res.json().catch(() => null));
    return parsed.success ? { kind: 'status', status: parsed.output, etag: res.headers.get('ETag') ?? undefined } : { kind: 'failed' };
  } catch {
    return { kind: 'unreachable' };
  }
}

function changeFor(answer: Answer, at: number): Partial<OutboxEntry> {
  switch (answer.kind) {
    case 'status':
      return { progress: answer.status, progress_etag: answer.etag, progress_checked_at: at };
    case 'gone':
      return { progress_gone: true, progress_checked_at: at };
    default:
      return { progress_checked_at: at };
  }
}

const offline = () => (globalThis.navigator as { onLine?: boolean } | undefined)?.onLine === false;

/** Asks about every request that is due (or every followable one, forced); returns when the
 *  earliest next question is due, if any. One at a time across the page's tabs (Web Locks). */
export async function checkRequestStatuses(opts: StatusCheckOptions): Promise<{ nextCheckAt?: number }> {
  const run = async () => {
    const now = opts.now ?? Date.now;
    const entries = await opts.db.outbox.where('status').equals('delivered').toArray();
    for (const entry of offline() ? [] : entries) {
      const due = nextStatusCheckAt(entry);
      if (due === undefined || (!opts.force && due > now())) continue;
      const answer = await ask(entry, opts, 'status');
      // update() leaves a request removed meanwhile removed.
      await opts.db.outbox.update(entry.id, changeFor(answer, now()));
    }
    const next = (await opts.db.outbox.where('status').equals('delivered').toArray()).map(nextStatusCheckAt).filter((t): t is number => t !== undefined);
    return next.length ? { nextCheckAt: Math.min(...next) } : {};
  };
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  return locks ? locks.request('ponte-request-status', run) : run();
}

export type WithdrawResult = 'withdrawn' | 'offline' | 'gone' | 'failed';

/** The person withdraws a delivered request: the server erases its details at once. */
export async function withdrawRequest(id: string, opts: Omit<StatusCheckOptions, 'force'>): Promise<WithdrawResult> {
  const entry = await opts.db.outbox.get(id);
  if (!entry || entry.status !== 'delivered' || !entry.status_token) return 'failed';
  if (offline()) return 'offline';
  const answer = await ask(entry, opts, 'withdraw');
  await opts.db.outbox.update(id, changeFor(answer, (opts.now ?? Date.now)()));
  if (answer.kind === 'status') return 'withdrawn';
  if (answer.kind === 'gone') return 'gone';
  // No answer at all: the connection (the browser does not always know it is offline).
  return answer.kind === 'unreachable' ? 'offline' : 'failed';
}
