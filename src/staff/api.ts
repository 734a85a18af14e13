// Every call of the staff pages to /api/v1/staff: JSON both ways, the session's CSRF token on
// every change, errors as StaffApiError (the server's {error:{code,message}}). The session is
// kept here too: its deadlines are turned into this browser's clock at once (from the answer's
// Date header), so a PC whose clock is wrong, or a test moving the page's clock, still warns and
// signs out at the right moment. Any call the server counts as activity moves the idle deadline.
import { useEffect, useState } from 'preact/hooks';
import { currentStaffLanguage } from './i18n';

const BASE = '/api/v1/staff';

export interface StaffAccount {
  account_id: string;
  email: string;
  role: 'admin' | 'staff';
  organization_id: string | null;
}

export interface SessionInfo {
  account: StaffAccount;
  csrf_token: string;
  idle_expires_at: string;
  expires_at: string;
}

// Fields only declared (set in the constructor): a class field compiles, for Safari 15, to a
// bundler helper that the public app's first-paint file holds, which the staff page would then
// download (tests/e2e/bundle-budget.test.ts checks it does not).
export class StaffApiError extends Error {
  declare readonly status: number;
  declare readonly code: string;
  /** The server's whole error object (a lock's `retry_at`, a bad field's name…). */
  declare readonly detail: Record<string, unknown>;
  constructor(status: number, code: string, message: string, detail: Record<string, unknown> = {}) {
    super(message);
    this.name = 'StaffApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
  }
}

/** Why the person is on the sign-in page without having asked: shown there in words. */
export type SignedOutReason = 'idle' | 'max' | 'expired' | 'ended';

export interface Session {
  info: SessionInfo;
  /** This browser's Date.now() at which the session ends if nothing more is done. */
  idleDeadline: number;
  /** …and at which it ends at the latest (12 hours). */
  hardDeadline: number;
}

type State = { session: Session | null | undefined; reason?: SignedOutReason };
let state: State = { session: undefined };
const listeners = new Set<(s: State) => void>();
// The other tabs of the staff pages in this browser hear of every change: activity in one tab
// keeps the others from warning, and signing out in one signs them all out.
const tabs = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('ponte-staff-session');
function setState(next: State, { fromAnotherTab = false } = {}) {
  state = next;
  if (!fromAnotherTab) tabs?.postMessage(next);
  for (const listener of listeners) listener(state);
}
tabs?.addEventListener('message', (event: MessageEvent<State>) => setState(event.data, { fromAnotherTab: true }));

/** The session (undefined while it is first asked for, null when signed out) and why it ended. */
export function useSession(): State {
  const [now, setNow] = useState(state);
  useEffect(() => {
    listeners.add(setNow);
    setNow(state);
    return () => void listeners.delete(setNow);
  }, []);
  return now;
}
export const currentSession = () => state.session;

// The Date header has whole seconds: a second less, so the page never outlives the server's session.
const SAFETY_MS = 1000;
function serverNow(response?: Response): number {
  const date = Date.parse(response?.headers.get('Date') ?? '');
  return Number.isNaN(date) ? Date.now() : date;
}

/** Takes a SessionInfo the server sent (sign-in, extend, GET /session) as the current session. */
export function adoptSession(info: SessionInfo, response?: Response): Session {
  const offset = Date.now() - serverNow(response) - SAFETY_MS;
  const session = { info, idleDeadline: Date.parse(info.idle_expires_at) + offset, hardDeadline: Date.parse(info.expires_at) + offset };
  setState({ session });
  return session;
}

/** The session is over here (signed out, timed out, refused): the frame shows the sign-in page. */
export function forgetSession(reason?: SignedOutReason): void {
  setState({ session: null, reason });
}

const isSessionInfo = (body: unknown): body is SessionInfo =>
  typeof body === 'object' && body !== null && 'csrf_token' in body && 'idle_expires_at' in body && 'account' in body;

/** The server's answer, once checked: an error becomes a StaffApiError (and a 401 for the
 *  session, a signed-out page). For answers that are not JSON (the CSV export). */
export async function staffRequest(path: string, { method = 'GET', body }: { method?: string; body?: unknown } = {}): Promise<Response> {
  // The page's one language: names from the directory (services, organisations) come back in it.
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentStaffLanguage() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const token = state.session?.info.csrf_token;
  if (token && method !== 'GET') headers['X-CSRF-Token'] = token;
  let response: Response;
  try {
    response = await fetch(BASE + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin', cache: 'no-store' });
  } catch {
    throw new StaffApiError(0, 'offline', 'The server could not be reached. Check the connection and try again.');
  }
  if (response.ok) return response;
  const error = (await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string } & Record<string, unknown> } | undefined;
  const code = error?.error?.code ?? 'http_' + response.status;
  if (response.status === 401 && (code === 'signed_out' || code === 'session_expired')) {
    forgetSession(state.session ? (code === 'session_expired' ? 'expired' : 'ended') : undefined);
  }
  throw new StaffApiError(response.status, code, error?.error?.message ?? `The server answered ${response.status}.`, error?.error ?? {});
}

let rereading: Promise<void> | undefined;
/** Asks the server how long the session has left (GET /session does not count as activity). */
export function rereadSession(): Promise<void> {
  rereading ??= staffRequest('/session')
    .then(async (response) => void adoptSession((await response.json()) as SessionInfo, response))
    .catch((error) => {
      if (!(error instanceof StaffApiError) || error.status !== 401) throw error;
    })
    .finally(() => (rereading = undefined));
  return rereading;
}

/** JSON in, JSON out (undefined for 204). A SessionInfo answer becomes the session; any other
 *  call made while signed in counted as activity, so the session's deadline is asked again. */
export async function staffFetch<T>(path: string, options: { method?: string; body?: unknown } = {}): Promise<T> {
  const signedIn = Boolean(state.session);
  const response = await staffRequest(path, options);
  const body = response.status === 204 ? undefined : await response.json();
  if (isSessionInfo(body)) adoptSession(body, response);
  else if (signedIn && state.session && path !== '/session' && !path.startsWith('/sign-out')) void rereadSession().catch(() => undefined);
  return body as T;
}

/** At start: is someone signed in on this browser? */
export async function loadSession(): Promise<void> {
  try {
    await rereadSession();
    if (state.session === undefined) forgetSession();
  } catch {
    // The server could not be reached: the sign-in page says what happens when it is tried.
    if (state.session === undefined) forgetSession();
  }
}

/** Signs out here (everywhere: every session of the account). */
export async function signOut({ everywhere = false, reason }: { everywhere?: boolean; reason?: SignedOutReason } = {}): Promise<void> {
  try {
    await staffRequest(everywhere ? '/sign-out-everywhere' : '/sign-out', { method: 'POST' });
  } catch (error) {
    // Already over on the server: signed out all the same.
    if (!(error instanceof StaffApiError) || error.status !== 401) throw error;
  }
  forgetSession(reason);
}
