// Sends the outbox: used by the page and by the service worker alike, one sender at a time
// across them (Web Locks). A request is always sent with the same bytes and the same
// Idempotency-Key, so a retry after a lost answer can never store it twice.
import { API_BASE } from '../shared/api';
import type { OutboxEntry, PonteDatabase } from '../data/db';
import { afterAttempt, type Attempt } from './outbox-machine';

export interface SendOptions {
  db: PonteDatabase;
  fetch?: typeof fetch;
  baseUrl?: string;
  now?: () => number;
  random?: () => number;
  timeoutMs?: number;
  /** "Send now": try every waiting request, whatever its schedule. */
  force?: boolean;
  /** A page has just started: a request that waited for a connection is tried now, whatever its
   *  schedule, since the connection may have come back while no page was there to hear it. One
   *  that the server turned away keeps its backoff. */
  justStarted?: boolean;
  /** Answers practice requests on the device (src/app/practice/practice-server.ts), with the
   *  same kinds of answers as the server, for the machine to read. Without it (the worker),
   *  practice requests are left alone: they never go to the network, whatever happens. */
  practice?: (entry: OutboxEntry) => Attempt | Promise<Attempt>;
}

export interface SendSummary {
  delivered: number;
  refused: number;
  /** When the earliest waiting request is due, if any wait. */
  nextAttemptAt?: number;
}

const LOCK = 'ponte-outbox';
/** Background Sync's tag for the outbox: the page registers it, the worker answers it. */
export const OUTBOX_SYNC_TAG = 'ponte-outbox';

async function attempt(entry: OutboxEntry, opts: SendOptions): Promise<Attempt> {
  // Never to the network: a practice request is answered here or not at all.
  if (entry.practice) return opts.practice ? opts.practice(entry) : { kind: 'network-error' };
  try {
    // A report about a service goes to its own route; the rest (sending, retrying) is the same.
    const route = entry.kind === 'report' ? 'reports' : 'requests';
    const res = await (opts.fetch ?? fetch)(`${opts.baseUrl ?? ''}${API_BASE}/${route}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': entry.id },
      body: entry.body,
      signal: AbortSignal.timeout(opts.timeoutMs ?? 20_000),
    });
    const body = await res.json().catch(() => null);
    return { kind: 'response', status: res.status, body, retryAfter: res.headers.get('Retry-After') };
  } catch (error) {
    return (error as Error)?.name === 'TimeoutError' ? { kind: 'timeout' } : { kind: 'network-error' };
  }
}

/** Marks a waiting request as being sent; false if it was cancelled or taken meanwhile. */
async function claim(db: PonteDatabase, id: string): Promise<OutboxEntry | undefined> {
  return db.transaction('rw', db.outbox, async () => {
    const entry = await db.outbox.get(id);
    if (entry?.status !== 'waiting') return undefined;
    await db.outbox.update(id, { status: 'sending' });
    return { ...entry, status: 'sending' };
  });
}

/** Writes an attempt's outcome. A hidden request's person has gone: once it has left (or was
 *  refused), nobody will read its receipt, so nothing of it stays on the device. One cancelled
 *  while on its way goes whatever the answer. */
async function record(db: PonteDatabase, id: string, change: Partial<OutboxEntry>, done: boolean): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const entry = await db.outbox.get(id);
    if (entry?.cancelled || (done && entry?.hidden)) await db.outbox.delete(id);
    else await db.outbox.update(id, change);
  });
}

export async function sendDueRequests(opts: SendOptions): Promise<SendSummary> {
  const run = () => sendUnderLock(opts);
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  return locks ? locks.request(LOCK, run) : run();
}

async function sendUnderLock(opts: SendOptions): Promise<SendSummary> {
  const { db } = opts;
  const now = opts.now ?? Date.now;
  const random = opts.random ?? Math.random;
  const summary: SendSummary = { delivered: 0, refused: 0 };
  // Without a practice answerer, practice requests are not this sender's: neither tried nor
  // waited for (the worker would otherwise keep failing its Background Sync for them).
  const ours = (e: OutboxEntry) => !e.practice || opts.practice !== undefined;
  // Holding the lock, nobody else is sending: a request left "sending" was cut off mid-way
  // (page closed, worker stopped). It may have arrived; sending it again is safe.
  // One cancelled meanwhile is not tried again.
  await db.outbox.filter((e) => e.status === 'sending' && e.cancelled === true).delete();
  await db.outbox.where('status').equals('sending').modify({ status: 'waiting' });

  const waiting = (await db.outbox.where('status').equals('waiting').sortBy('created_at')).filter(ours);
  // The browser knows it is offline: trying would only drain the battery. `online` sends at once.
  const offline = (globalThis.navigator as { onLine?: boolean } | undefined)?.onLine === false;
  for (const candidate of offline ? [] : waiting) {
    const due = opts.force || candidate.next_attempt_at <= now() || (opts.justStarted && candidate.last_problem === 'offline');
    if (!due) continue;
    const entry = await claim(db, candidate.id);
    if (!entry) continue;
    const result = afterAttempt(entry.attempts, await attempt(entry, opts), now(), random, entry.kind ?? 'request');
    // Delivered or refused, the sealed details have no further use here: keep only what the screen shows.
    const done = result.status !== 'waiting';
    await record(db, entry.id, { ...result, attempts: entry.attempts + 1, ...(done ? { body: '' } : {}) }, done);
    if (result.status === 'delivered') summary.delivered++;
    if (result.status === 'refused') summary.refused++;
    // No connection: the others would fail the same way; they keep their own schedule. (A
    // practice "no connection" is only pretend: real requests behind it still go.)
    if (result.status === 'waiting' && result.last_problem === 'offline' && !entry.practice) break;
  }
  const next = (await db.outbox.where('status').equals('waiting').toArray()).filter(ours);
  if (next.length) summary.nextAttemptAt = Math.min(...next.map((e) => e.next_attempt_at));
  return summary;
}
