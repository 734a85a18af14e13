// Staff sessions: a row on the server per session, a random id in an HttpOnly, SameSite=Strict
// cookie (Secure over TLS), of which the database keeps only the hash. A session ends after
// `idleMinutes` without a request, after `maxHours` whatever happens, at sign-out, or when the
// account is removed. Every change needs the session's CSRF token in a header and a request
// from Ponte's own origin: a page elsewhere can neither read the token nor send the header.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { apiError } from '../api-errors';
import { clientAddress } from '../client-address';
import { audit } from './audit';
import { publicOrigin, type StaffDeps, type StaffEnv, type StaffMember } from './staff-context';

export const CSRF_HEADER = 'X-CSRF-Token';
const cookieName = (deps: StaffDeps) => (deps.settings.https ? '__Host-ponte-staff' : 'ponte-staff');
const hash = (text: string) => createHash('sha256').update(text).digest('base64url');
const token = () => randomBytes(32).toString('base64url');

/** What the staff pages are told about their session (GET /session). */
export interface SessionInfo {
  account: StaffMember;
  csrf_token: string;
  /** When the session ends if nothing more is done (the warning comes 2 minutes before). */
  idle_expires_at: string;
  /** When it ends at the latest. */
  expires_at: string;
}

interface SessionRow {
  id_hash: string;
  csrf_token: string;
  created_at: Date | string;
  last_seen_at: Date | string;
  ended_at: Date | string | null;
  account_id: string;
  email: string;
  role: 'admin' | 'staff';
  organization_id: string | null;
  removed_at: Date | string | null;
}

const idleMs = (deps: StaffDeps) => deps.settings.idleMinutes * 60_000;
const maxMs = (deps: StaffDeps) => deps.settings.maxHours * 3_600_000;

/** Starts a session for an account that has just proved who it is, and sets its cookie. */
export async function startSession(deps: StaffDeps, c: Context, account: StaffMember): Promise<SessionInfo> {
  const id = token();
  const csrf = token();
  const now = deps.now();
  await deps.sql.query('INSERT INTO staff_session (id_hash, account_id, csrf_token, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)', [hash(id), account.account_id, csrf, now]);
  setCookie(c, cookieName(deps), id, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: deps.settings.https,
    path: '/',
    // A session cookie (no Max-Age): the browser forgets it when closed; the server's limits hold anyway.
  });
  await audit(deps.sql, { at: now, action: 'sign_in', account_id: account.account_id, email: account.email, organization_id: account.organization_id, address: clientAddress(c, deps.trustedProxies) });
  return sessionInfo(deps, account, csrf, now, now);
}

function sessionInfo(deps: StaffDeps, account: StaffMember, csrf: string, createdAt: Date, lastSeenAt: Date): SessionInfo {
  const expires = createdAt.getTime() + maxMs(deps);
  return {
    account,
    csrf_token: csrf,
    idle_expires_at: new Date(Math.min(lastSeenAt.getTime() + idleMs(deps), expires)).toISOString(),
    expires_at: new Date(expires).toISOString(),
  };
}

type Found = { ok: true; row: SessionRow } | { ok: false; code: 'signed_out' | 'session_expired' };

async function findSession(deps: StaffDeps, c: Context): Promise<Found> {
  const id = getCookie(c, cookieName(deps));
  if (!id) return { ok: false, code: 'signed_out' };
  const [row] = await deps.sql.query<SessionRow>(
    `SELECT s.id_hash, s.csrf_token, s.created_at, s.last_seen_at, s.ended_at, a.id AS account_id, a.email, a.role, a.organization_id, a.removed_at
     FROM staff_session s JOIN staff_account a ON a.id = s.account_id WHERE s.id_hash = $1`,
    [hash(id)],
  );
  if (!row || row.ended_at || row.removed_at) return { ok: false, code: 'signed_out' };
  const now = deps.now().getTime();
  const idleOver = new Date(row.last_seen_at).getTime() + idleMs(deps) <= now;
  const maxOver = new Date(row.created_at).getTime() + maxMs(deps) <= now;
  if (idleOver || maxOver) {
    await deps.sql.query('UPDATE staff_session SET ended_at = $2 WHERE id_hash = $1 AND ended_at IS NULL', [row.id_hash, deps.now()]);
    await audit(deps.sql, { at: deps.now(), action: 'session_expired', account_id: row.account_id, email: row.email, organization_id: row.organization_id, detail: { reason: idleOver ? 'idle' : 'max' } });
    return { ok: false, code: 'session_expired' };
  }
  return { ok: true, row };
}

const memberOf = (row: SessionRow): StaffMember => ({ account_id: row.account_id, email: row.email, role: row.role, organization_id: row.organization_id });

/** Changes (any method but GET and HEAD) must come from Ponte's own pages. */
export function sameOriginOnly(deps: StaffDeps): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const origin = c.req.header('Origin');
    const site = c.req.header('Sec-Fetch-Site');
    if (origin !== publicOrigin(deps.settings, c) || (site !== undefined && site !== 'same-origin')) {
      return apiError(c, 403, 'cross_site', 'This change must come from Ponte\'s own staff pages: reload the page and try again.');
    }
    return next();
  };
}

/**
 * Lets only a signed-in person through, as `c.get('staff')`. A change also needs the session's
 * CSRF token. `touch: false` leaves the idle time as it was (the pages asking how long is left
 * must not keep a forgotten session alive).
 */
export function requireStaff(deps: StaffDeps, { touch = true } = {}): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const found = await findSession(deps, c);
    if (!found.ok) {
      deleteCookie(c, cookieName(deps), { path: '/', secure: deps.settings.https });
      const message = found.code === 'session_expired' ? 'Your session ended. Sign in again.' : 'Sign in to see this page.';
      return apiError(c, 401, found.code, message);
    }
    const { row } = found;
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const given = Buffer.from(c.req.header(CSRF_HEADER) ?? '');
      const expected = Buffer.from(row.csrf_token);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return apiError(c, 403, 'csrf', 'This change is missing its protection token: reload the page and try again.');
      }
    }
    let lastSeen = new Date(row.last_seen_at);
    if (touch) {
      lastSeen = deps.now();
      await deps.sql.query('UPDATE staff_session SET last_seen_at = $2 WHERE id_hash = $1', [row.id_hash, lastSeen]);
    }
    c.set('staff', memberOf(row));
    c.set('session', { id_hash: row.id_hash, csrf_token: row.csrf_token, created_at: new Date(row.created_at), last_seen_at: lastSeen });
    await next();
  };
}

/** GET /session and POST /session/extend answer this. */
export function currentSessionInfo(deps: StaffDeps, c: Context<StaffEnv>): SessionInfo {
  const session = c.get('session');
  return sessionInfo(deps, c.get('staff'), session.csrf_token, session.created_at, session.last_seen_at);
}

/** Ends this session (sign out) or every session of the account (sign out everywhere, removal). */
export async function endSessions(deps: StaffDeps, where: { id_hash: string } | { account_id: string }): Promise<void> {
  if ('id_hash' in where) await deps.sql.query('UPDATE staff_session SET ended_at = $2 WHERE id_hash = $1 AND ended_at IS NULL', [where.id_hash, deps.now()]);
  else await deps.sql.query('UPDATE staff_session SET ended_at = $2 WHERE account_id = $1 AND ended_at IS NULL', [where.account_id, deps.now()]);
}

export function clearSessionCookie(deps: StaffDeps, c: Context): void {
  deleteCookie(c, cookieName(deps), { path: '/', secure: deps.settings.https });
}
