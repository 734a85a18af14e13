// How many wrong passwords are allowed before a temporary lock: 5 in 15 minutes for one e-mail
// address, 20 in 15 minutes from one client address (someone trying many accounts). The lock
// lasts until 15 minutes after the failure that set it; while it lasts even the right password
// is refused, and tries are not counted (a lock cannot be made endless by someone else).
// Failures are counted per e-mail address typed, whether or not it has an account: an address
// without one locks the same way, so the lock reveals nothing.
import type { Sql } from '../database';
import { limitKey } from '../client-address';

const WINDOW_MS = 15 * 60_000;
export const ACCOUNT_LIMIT = 5;
export const ADDRESS_LIMIT = 20;

interface Limit {
  subject: string;
  limit: number;
}

/** The counter of one client address (failed passwords and passkeys alike). */
export const addressLimit = (address: string): Limit => ({ subject: `address:${limitKey(address)}`, limit: ADDRESS_LIMIT });

/** The two counters a sign-in with this e-mail from this client address is subject to. */
export function signInSubjects(email: string, address: string): Limit[] {
  return [{ subject: `email:${email}`, limit: ACCOUNT_LIMIT }, addressLimit(address)];
}

/**
 * When the lock ends, if there is one now: the latest failure that was the `limit`-th within
 * 15 minutes, plus 15 minutes.
 */
async function lockedUntil(sql: Sql, { subject, limit }: Limit, now: Date): Promise<Date | undefined> {
  // Two windows back: a lock set by a failure up to 15 minutes ago counts the 15 minutes before it.
  const rows = await sql.query<{ at: Date | string }>('SELECT at FROM sign_in_failure WHERE subject = $1 AND at > $2 AND at <= $3 ORDER BY at', [
    subject,
    new Date(now.getTime() - 2 * WINDOW_MS),
    now,
  ]);
  const times = rows.map((r) => new Date(r.at).getTime());
  let until: number | undefined;
  for (let i = limit - 1; i < times.length; i++) {
    if (times[i] - times[i - limit + 1] < WINDOW_MS) until = times[i] + WINDOW_MS;
  }
  return until !== undefined && until > now.getTime() ? new Date(until) : undefined;
}

const queues = new Map<string, Promise<void>>();

/**
 * Runs `attempt` once no other attempt on the same counters is running: checking the lock,
 * verifying the password and counting a failure are one step per counter. Without it, tries sent
 * all at once would all find the counter unlocked before any failure was counted, and each would
 * get a guess (40 parallel tries, 40 guesses, against a limit of 5). Counters are taken in the
 * order given (the e-mail address's, then the client address's), so two attempts never wait for
 * each other in a circle. One server process holds the data folder, so memory is enough.
 */
export async function oneAtATime<T>(limits: Limit[], attempt: () => Promise<T>): Promise<T> {
  const releases: (() => void)[] = [];
  try {
    for (const { subject } of limits) {
      const before = queues.get(subject) ?? Promise.resolve();
      let release!: () => void;
      const mine = new Promise<void>((resolve) => (release = resolve));
      const tail = before.then(() => mine);
      queues.set(subject, tail);
      releases.push(() => {
        release();
        if (queues.get(subject) === tail) queues.delete(subject);
      });
      await before;
    }
    return await attempt();
  } finally {
    for (const release of releases.reverse()) release();
  }
}

/** The end of the longest lock on any of these counters, or undefined if none is locked. */
export async function signInLockedUntil(sql: Sql, limits: Limit[], now: Date): Promise<Date | undefined> {
  const locks = (await Promise.all(limits.map((l) => lockedUntil(sql, l, now)))).filter((d): d is Date => d !== undefined);
  return locks.length ? new Date(Math.max(...locks.map((d) => d.getTime()))) : undefined;
}

/** Counts a wrong password on every counter; forgets failures too old to matter. */
export async function recordSignInFailure(sql: Sql, limits: Limit[], now: Date): Promise<void> {
  for (const { subject } of limits) await sql.query('INSERT INTO sign_in_failure (subject, at) VALUES ($1, $2)', [subject, now]);
  await forgetOldSignInFailures(sql, now);
}

/**
 * Forgets failures too old to count for a lock. Also run by the retention job: the rows hold what
 * was typed as the e-mail address (sometimes a password) and client addresses, and without a
 * later failure nothing else would ever delete the last ones.
 */
export async function forgetOldSignInFailures(sql: Sql, now: Date): Promise<void> {
  await sql.query('DELETE FROM sign_in_failure WHERE at <= $1', [new Date(now.getTime() - 2 * WINDOW_MS)]);
}

/** A right password clears its e-mail address's failures (not the client address's). */
export async function clearSignInFailures(sql: Sql, email: string): Promise<void> {
  await sql.query('DELETE FROM sign_in_failure WHERE subject = $1', [`email:${email}`]);
}
