// The staff pages' calls and session (src/staff/api.ts) against a fake server: the CSRF token on
// changes, deadlines in this browser's clock whatever the server's clock says, activity moving
// the deadline, and which refusals end the session here. And the staff pages' words
// (src/staff/i18n.ts): plural forms, values isolated in Arabic, English where a word is missing.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { adoptSession, currentSession, forgetSession, staffFetch, StaffApiError, type SessionInfo } from '../../src/staff/api';
import { setupStaffI18n, translate } from '../../src/staff/i18n';

const MINUTE = 60_000;
const account = { account_id: 'a1', email: 'ana@social.example', role: 'staff' as const, organization_id: 'org' };
/** What the server says, `serverNow` being its clock (which may differ from the browser's). */
const info = (serverNow: number, idleMinutes = 30): SessionInfo => ({
  account,
  csrf_token: 'csrf-1',
  idle_expires_at: new Date(serverNow + idleMinutes * MINUTE).toISOString(),
  expires_at: new Date(serverNow + 12 * 60 * MINUTE).toISOString(),
});
const answer = (body: unknown, status = 200, serverNow = Date.now()) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', Date: new Date(serverNow).toUTCString() } });

let calls: { path: string; method: string; headers: Record<string, string> }[];
let server: (path: string, method: string) => Response;
beforeEach(() => {
  calls = [];
  vi.stubGlobal('fetch', async (path: string, init: RequestInit) => {
    calls.push({ path, method: init.method ?? 'GET', headers: init.headers as Record<string, string> });
    return server(path, init.method ?? 'GET');
  });
  forgetSession();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the staff session in the browser', () => {
  it("turns the server's deadlines into this browser's clock, from the answer's Date header", () => {
    // The office PC is 47 minutes fast: the warning must still come 28 minutes from now.
    const serverNow = Date.UTC(2026, 10, 26, 9, 0, 0);
    vi.setSystemTime(serverNow + 47 * MINUTE);
    const session = adoptSession(info(serverNow), answer(null, 200, serverNow));
    expect(session.idleDeadline - Date.now()).toBe(30 * MINUTE - 1000);
    expect(session.hardDeadline - Date.now()).toBe(12 * 60 * MINUTE - 1000);
  });

  it('sends the CSRF token with every change, never with a read', async () => {
    adoptSession(info(Date.now()));
    server = (path) => (path.endsWith('/session') ? answer(info(Date.now())) : answer({ ok: true }));
    await staffFetch('/organizations');
    await staffFetch('/invitations', { method: 'POST', body: { email: 'x@y.example', role: 'staff' } });
    expect(calls.find((c) => c.path === '/api/v1/staff/organizations')!.headers['X-CSRF-Token']).toBeUndefined();
    expect(calls.find((c) => c.path === '/api/v1/staff/invitations')!.headers['X-CSRF-Token']).toBe('csrf-1');
  });

  it('counts any call as activity: the session is asked again and its deadline moves', async () => {
    const start = Date.now();
    adoptSession(info(start - 20 * MINUTE)); // 10 minutes left
    server = (path) => (path.endsWith('/session') ? answer(info(Date.now())) : answer({ accounts: [] }));
    await staffFetch('/accounts');
    await vi.waitFor(() => expect(currentSession()!.idleDeadline - Date.now()).toBeGreaterThan(29 * MINUTE));
    expect(calls.map((c) => c.path)).toEqual(['/api/v1/staff/accounts', '/api/v1/staff/session']);
  });

  it('takes a SessionInfo answer (sign-in, "Stay signed in") as the session at once', async () => {
    server = () => answer(info(Date.now()));
    await staffFetch('/session/extend', { method: 'POST' });
    expect(currentSession()?.info.account.email).toBe('ana@social.example');
  });

  it('ends the session here when the server says it is over, and only then', async () => {
    adoptSession(info(Date.now()));
    server = () => answer({ error: { code: 'wrong_credentials', message: 'The e-mail address or the password is not right.' } }, 401);
    await expect(staffFetch('/sign-in/password', { method: 'POST', body: {} })).rejects.toMatchObject({ status: 401, code: 'wrong_credentials' });
    expect(currentSession()).not.toBeNull();

    server = () => answer({ error: { code: 'session_expired', message: 'Your session ended. Sign in again.' } }, 401);
    const refused = await staffFetch('/accounts').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StaffApiError);
    expect(currentSession()).toBeNull();
  });

  it("keeps a lock's end time for the page to show in local time", async () => {
    server = () => answer({ error: { code: 'locked', message: 'Too many tries.', retry_at: '2026-11-26T13:32:00.000Z' } }, 429);
    await expect(staffFetch('/sign-in/password', { method: 'POST', body: {} })).rejects.toMatchObject({ code: 'locked', detail: { retry_at: '2026-11-26T13:32:00.000Z' } });
  });
});

describe("the staff pages' words", () => {
  beforeAll(async () => {
    await setupStaffI18n('ar');
    await setupStaffI18n('uk');
    await setupStaffI18n('en');
  });

  it('picks the plural form the language uses', () => {
    expect(translate('en', 'team.method.passkey', { count: 1 })).toBe('1 passkey');
    expect(translate('en', 'team.method.passkey', { count: 3 })).toBe('3 passkeys');
    expect(translate('uk', 'team.method.passkey', { count: 5 })).toBe('5 ключів доступу');
    expect(translate('ar', 'team.method.passkey', { count: 2 })).toBe('مفتاحا مرور');
  });

  it('isolates an inserted value in Arabic, so an address cannot reorder the sentence', () => {
    expect(translate('ar', 'team.remove.done', { email: 'ana@social.example' })).toBe('تم حذف \u2068ana@social.example\u2069.');
    expect(translate('en', 'team.remove.done', { email: 'ana@social.example' })).toBe('ana@social.example was removed.');
  });

  it('says in English what a language lacks, rather than showing a key', () => {
    expect(translate('xx', 'signIn.title')).toBe('Sign in');
  });
});
