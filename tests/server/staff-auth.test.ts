// Staff accounts and signing in, through the HTTP API as the staff pages use it, on a fake
// clock: invitations (72 h, once), the password rules, the temporary locks, the session's
// idle and maximum times, signing out (here and everywhere), removal, passkeys, and the audit
// row each of these leaves.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SoftAuthenticator } from '../helpers/soft-authenticator';
import { testServer } from '../helpers/server';
import { signedIn, TEST_ORIGIN } from '../helpers/staff';

const START = new Date('2026-03-02T09:00:00.000Z');
const GOOD_PASSWORD = 'sunny-kettle-orbit-73';
let clock: Date;
let server: Awaited<ReturnType<typeof testServer>>;

const later = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

beforeEach(async () => {
  clock = START;
  server = await testServer({ now: () => clock });
});
afterEach(() => server.close());

/** A request from Ponte's own pages by someone not signed in. */
function post(path: string, body: unknown = {}, origin = TEST_ORIGIN) {
  return server.fetch(`/api/v1/staff${path}`, { method: 'POST', headers: { Origin: origin, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

/** The browser after a sign-in answer: its cookie, and the CSRF token the page keeps. */
async function browserOf(res: Response) {
  expect(res.status).toBe(200);
  const cookie = /ponte-staff=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
  const info = await res.json();
  const request = (method: string, path: string) =>
    server.fetch(`/api/v1/staff${path}`, { method, headers: { Cookie: cookie, Origin: TEST_ORIGIN, 'X-CSRF-Token': info.csrf_token, 'Content-Type': 'application/json' }, body: method === 'GET' ? undefined : '{}' });
  return { info, get: (path: string) => request('GET', path), post: (path: string) => request('POST', path) };
}

async function invite(email: string, role: 'staff' | 'admin' = 'staff', organization_id: string | undefined = role === 'staff' ? 'food-bank' : undefined) {
  const admin = await signedIn(server, { role: 'admin', now: clock });
  const res = await admin.fetch('/api/v1/staff/invitations', { method: 'POST', body: JSON.stringify({ email, role, organization_id }) });
  expect(res.status).toBe(201);
  const { link, expires_at } = await res.json();
  return { link: link as string, token: link.split('#')[1] as string, expires_at, admin };
}

async function registered(email = 'ana@foodbank.example', password = GOOD_PASSWORD) {
  const { token } = await invite(email);
  return browserOf(await post('/invitations/password', { token, password }));
}

const signIn = (email: string, password: string) => post('/sign-in/password', { email, password });
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string; retry_at?: string } }).error;

async function auditActions() {
  return server.sql.query<{ action: string; email: string | null; detail: Record<string, unknown> }>('SELECT action, email, detail FROM audit_log ORDER BY id');
}

describe('invitations', () => {
  it('gives a link with the token only in its fragment, that opens once, for 72 hours', async () => {
    const { link, token, expires_at } = await invite('Ana@FoodBank.example');
    expect(link).toMatch(/^http:\/\/ponte\.test\/staff\/invitation#[A-Za-z0-9_-]{43}$/);
    expect(expires_at).toBe(new Date(START.getTime() + 72 * 3_600_000).toISOString());
    // Only the hash is kept.
    expect(JSON.stringify(await server.sql.query('SELECT * FROM staff_invitation'))).not.toContain(token);

    const check = await post('/invitations/check', { token });
    expect(check.status).toBe(200);
    expect(await check.json()).toEqual({ email: 'ana@foodbank.example', role: 'staff', organization_id: 'food-bank', organization_name: 'Fundación Banco de Alimentos de Valdemar', expires_at });

    await browserOf(await post('/invitations/password', { token, password: GOOD_PASSWORD }));
    const used = await post('/invitations/check', { token });
    expect(used.status).toBe(410);
    expect((await errorOf(used)).code).toBe('invitation_used');
    const again = await post('/invitations/password', { token, password: GOOD_PASSWORD });
    expect([again.status, (await errorOf(again)).code]).toEqual([410, 'invitation_used']);
  });

  it('expires after 72 hours', async () => {
    const { token } = await invite('ana@foodbank.example');
    later(72 * 60 - 1);
    expect((await post('/invitations/check', { token })).status).toBe(200);
    later(1);
    const expired = await post('/invitations/check', { token });
    expect([expired.status, (await errorOf(expired)).code]).toEqual([410, 'invitation_expired']);
    expect((await post('/invitations/password', { token, password: GOOD_PASSWORD })).status).toBe(410);
  });

  it('does not know a made-up token', async () => {
    const res = await post('/invitations/check', { token: 'A'.repeat(43) });
    expect([res.status, (await errorOf(res)).code]).toEqual([404, 'invitation_unknown']);
  });

  it('refuses an address that already has an account, an unknown organisation, and staff who are not administrators', async () => {
    const { admin } = await invite('ana@foodbank.example');
    await browserOf(await post('/invitations/password', { token: (await invite('ben@foodbank.example')).token, password: GOOD_PASSWORD }));
    const send = (body: unknown) => admin.fetch('/api/v1/staff/invitations', { method: 'POST', body: JSON.stringify(body) });

    const taken = await send({ email: 'BEN@foodbank.example', role: 'staff', organization_id: 'food-bank' });
    expect(taken.status).toBe(409);
    expect(await errorOf(taken)).toMatchObject({ code: 'account_exists', message: expect.stringContaining('ben@foodbank.example already has an account') });
    const unknown = await send({ email: 'cai@example.org', role: 'staff', organization_id: 'no-such-org' });
    expect([unknown.status, (await errorOf(unknown)).code]).toEqual([400, 'organization_unknown']);
    const notEmail = await send({ email: 'not an address', role: 'admin' });
    expect([notEmail.status, (await errorOf(notEmail)).code]).toEqual([400, 'invalid_email']);

    const staff = await signedIn(server, { role: 'staff', organization_id: 'food-bank', now: clock });
    const refused = await staff.fetch('/api/v1/staff/invitations', { method: 'POST', body: JSON.stringify({ email: 'cai@example.org', role: 'staff', organization_id: 'food-bank' }) });
    expect([refused.status, (await errorOf(refused)).code]).toEqual([403, 'admins_only']);
  });
});

describe('registering with a password', () => {
  it.each([
    ['too short (11 characters)', 'kettle-orbi', 'password_too_short'],
    ['common, with digits added', 'Password2026!', 'password_common'],
    ['common, repeated', 'qwertyqwerty', 'password_common'],
    ['the e-mail address', 'ana@foodbank.example', 'password_common'],
    ['"ponte" and a year', 'Ponte2026!!!', 'password_common'],
  ])('refuses a password that is %s, saying what to do', async (_, password, code) => {
    const { token } = await invite('ana@foodbank.example');
    const res = await post('/invitations/password', { token, password });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/Choose another/);
    // Nothing was made, and the invitation still works.
    expect(await server.sql.query('SELECT 1 FROM staff_account')).toHaveLength(1); // the inviting admin
    expect((await post('/invitations/check', { token })).status).toBe(200);
  });

  it('makes the account with an argon2id hash, starts a session, and audits both', async () => {
    const browser = await registered();
    expect(browser.info.account).toMatchObject({ email: 'ana@foodbank.example', role: 'staff', organization_id: 'food-bank' });
    const [row] = await server.sql.query<{ password_hash: string }>("SELECT password_hash FROM staff_account WHERE email = 'ana@foodbank.example'");
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect((await browser.get('/session')).status).toBe(200);
    expect((await auditActions()).map((a) => a.action)).toEqual(['invitation_created', 'account_registered', 'sign_in']);
  });
});

describe('signing in with a password', () => {
  it('signs in with the right password (any case of the address), and not with a wrong one or an unknown address', async () => {
    await registered();
    const wrong = await signIn('ana@foodbank.example', 'sunny-kettle-orbit-74');
    expect([wrong.status, (await errorOf(wrong)).code]).toEqual([401, 'wrong_credentials']);
    const nobody = await signIn('nobody@foodbank.example', GOOD_PASSWORD);
    expect([nobody.status, (await errorOf(nobody)).code]).toEqual([401, 'wrong_credentials']);
    const browser = await browserOf(await signIn(' Ana@FoodBank.example ', GOOD_PASSWORD));
    expect(browser.info.account.email).toBe('ana@foodbank.example');
    const failures = (await auditActions()).filter((a) => a.action === 'sign_in_failed');
    expect(failures.map((a) => a.email)).toEqual(['ana@foodbank.example', 'nobody@foodbank.example']);
  });

  it('locks an account for 15 minutes after 5 wrong passwords, even for the right one, then lets it in', async () => {
    await registered();
    for (let i = 0; i < 4; i++) expect((await signIn('ana@foodbank.example', `wrong-password-${i}`)).status).toBe(401);
    later(1);
    const fifth = await signIn('ana@foodbank.example', 'wrong-password-4');
    expect(fifth.status).toBe(429);
    expect(fifth.headers.get('Retry-After')).toBe('900');
    const error = await errorOf(fifth);
    expect(error).toMatchObject({ code: 'locked', retry_at: new Date(clock.getTime() + 15 * 60_000).toISOString() });
    expect(error.message).toContain('Try again in 15 minutes');

    later(14);
    const right = await signIn('ana@foodbank.example', GOOD_PASSWORD);
    expect([right.status, (await errorOf(right)).code, right.headers.get('Retry-After')]).toEqual([429, 'locked', '60']);
    later(1);
    await browserOf(await signIn('ana@foodbank.example', GOOD_PASSWORD));
    // The success cleared the count: one more mistake is only a mistake.
    expect((await signIn('ana@foodbank.example', 'wrong-password-5')).status).toBe(401);
  });

  it('locks an address without an account the same way (the lock tells nothing)', async () => {
    for (let i = 0; i < 4; i++) expect((await signIn('nobody@foodbank.example', `wrong-password-${i}`)).status).toBe(401);
    expect((await signIn('nobody@foodbank.example', 'wrong-password-4')).status).toBe(429);
  });

  it('locks a client address after 20 wrong passwords on any accounts', async () => {
    await registered('ana@foodbank.example');
    for (let i = 0; i < 20; i++) {
      const res = await signIn(`guess-${i % 5}@foodbank.example`, `wrong-password-${i}`);
      expect(res.status).toBe(i === 19 ? 429 : 401);
    }
    // Ana's own count is clean, but her attempt comes from the same address.
    const ana = await signIn('ana@foodbank.example', GOOD_PASSWORD);
    expect([ana.status, (await errorOf(ana)).code]).toEqual([429, 'locked']);
    later(15);
    await browserOf(await signIn('ana@foodbank.example', GOOD_PASSWORD));
  });
});

describe('sessions', () => {
  it('end after 30 idle minutes; a request at 29 minutes keeps them alive', async () => {
    const browser = await registered();
    later(29);
    expect((await browser.post('/session/extend')).status).toBe(200);
    later(29);
    const info = await (await browser.get('/session')).json();
    expect(info.idle_expires_at).toBe(new Date(clock.getTime() + 60_000).toISOString());
    later(1);
    const ended = await browser.get('/session');
    expect([ended.status, (await errorOf(ended)).code]).toEqual([401, 'session_expired']);
    expect((await auditActions()).at(-1)).toMatchObject({ action: 'session_expired', detail: { reason: 'idle' } });
  });

  it('are not kept alive by asking how long is left (GET /session)', async () => {
    const browser = await registered();
    later(20);
    expect((await browser.get('/session')).status).toBe(200);
    later(10);
    expect((await errorOf(await browser.get('/session'))).code).toBe('session_expired');
  });

  it('last 12 hours at most, however busy', async () => {
    const browser = await registered();
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      later(20);
      expect((await browser.post('/session/extend')).status).toBe(200);
    }
    later(20);
    expect((await errorOf(await browser.post('/session/extend'))).code).toBe('session_expired');
  });

  it('end at sign-out (this one) and sign-out everywhere (all of them), with audit rows', async () => {
    await registered();
    const office = await browserOf(await signIn('ana@foodbank.example', GOOD_PASSWORD));
    const phone = await browserOf(await signIn('ana@foodbank.example', GOOD_PASSWORD));
    const laptop = await browserOf(await signIn('ana@foodbank.example', GOOD_PASSWORD));

    const out = await office.post('/sign-out');
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/ponte-staff=;/);
    expect((await errorOf(await office.get('/session'))).code).toBe('signed_out');
    expect((await phone.get('/session')).status).toBe(200);

    expect((await phone.post('/sign-out-everywhere')).status).toBe(204);
    expect((await errorOf(await laptop.get('/session'))).code).toBe('signed_out');
    expect((await phone.get('/session')).status).toBe(401);

    const actions = (await auditActions()).map((a) => a.action);
    expect(actions.slice(-2)).toEqual(['sign_out', 'sign_out_everywhere']);
  });

  it('of a removed account end at once; an administrator cannot remove themselves', async () => {
    const ana = await registered();
    const admin = await signedIn(server, { role: 'admin', now: clock });
    const remove = (id: string) => admin.fetch(`/api/v1/staff/accounts/${id}/remove`, { method: 'POST' });

    const self = await remove(admin.account_id);
    expect([self.status, (await errorOf(self)).code]).toEqual([409, 'cannot_remove_self']);
    expect((await remove(ana.info.account.account_id)).status).toBe(204);
    expect((await ana.get('/session')).status).toBe(401);
    expect((await signIn('ana@foodbank.example', GOOD_PASSWORD)).status).toBe(401);
    expect((await remove(ana.info.account.account_id)).status).toBe(404);
    expect((await auditActions()).at(-2)).toMatchObject({ action: 'account_removed', email: admin.email, detail: { removed_email: 'ana@foodbank.example' } });
    // The address may be invited again.
    await invite('ana@foodbank.example');
  });
});

describe('passkeys', () => {
  it('offer options for this site (relying party = its host) that need no e-mail to sign in', async () => {
    const { token } = await invite('ana@foodbank.example');
    const registration = await (await post('/invitations/passkey-options', { token })).json();
    expect(registration.rp).toEqual({ name: 'Ponte', id: 'ponte.test' });
    expect(registration.user.name).toBe('ana@foodbank.example');
    expect(registration.authenticatorSelection).toMatchObject({ residentKey: 'required', userVerification: 'preferred' });
    const signInOptions = await (await post('/sign-in/passkey-options')).json();
    expect(signInOptions).toMatchObject({ rpId: 'ponte.test', userVerification: 'preferred' });
    expect(signInOptions.allowCredentials ?? []).toEqual([]);
  });

  it('take the relying party from PUBLIC_URL behind a proxy', async () => {
    const proxied = await testServer({ now: () => clock, staff: { publicUrl: 'https://ponte.example.org' } });
    try {
      const res = await proxied.fetch('/api/v1/staff/sign-in/passkey-options', { method: 'POST', headers: { Origin: 'https://ponte.example.org', 'Content-Type': 'application/json' }, body: '{}' });
      expect((await res.json()).rpId).toBe('ponte.example.org');
    } finally {
      await proxied.close();
    }
  });

  it('register from an invitation, then sign in with no e-mail; each challenge works once', async () => {
    const authenticator = new SoftAuthenticator(TEST_ORIGIN);
    const { token } = await invite('ana@foodbank.example');
    const options = await (await post('/invitations/passkey-options', { token })).json();
    const ana = await browserOf(await post('/invitations/passkey', { token, response: authenticator.register(options) }));
    expect(ana.info.account).toMatchObject({ email: 'ana@foodbank.example', organization_id: 'food-bank' });
    expect((await auditActions()).find((a) => a.action === 'account_registered')?.detail).toMatchObject({ method: 'passkey' });

    const signInOptions = await (await post('/sign-in/passkey-options')).json();
    const answer = authenticator.signIn(signInOptions);
    const again = await browserOf(await post('/sign-in/passkey', { response: answer }));
    expect(again.info.account.account_id).toBe(ana.info.account.account_id);
    // The same answer a second time: its challenge is spent.
    const replay = await post('/sign-in/passkey', { response: answer });
    expect([replay.status, (await errorOf(replay)).code]).toEqual([401, 'passkey_failed']);
  });

  it('refuse a passkey another account already has (409, no account made)', async () => {
    const authenticator = new SoftAuthenticator(TEST_ORIGIN);
    const sameId = Buffer.alloc(16, 7);
    const first = await invite('ana@foodbank.example');
    const firstOptions = await (await post('/invitations/passkey-options', { token: first.token })).json();
    expect((await post('/invitations/passkey', { token: first.token, response: authenticator.register(firstOptions, sameId) })).status).toBe(200);
    const second = await invite('bea@foodbank.example');
    const secondOptions = await (await post('/invitations/passkey-options', { token: second.token })).json();
    const taken = await post('/invitations/passkey', { token: second.token, response: authenticator.register(secondOptions, sameId) });
    expect([taken.status, (await errorOf(taken)).code]).toEqual([409, 'passkey_taken']);
    expect(await server.sql.query("SELECT 1 FROM staff_account WHERE email = 'bea@foodbank.example'")).toEqual([]);
  });

  it('refuse a challenge older than 5 minutes', async () => {
    const authenticator = new SoftAuthenticator(TEST_ORIGIN);
    const { token } = await invite('ana@foodbank.example');
    const options = await (await post('/invitations/passkey-options', { token })).json();
    await browserOf(await post('/invitations/passkey', { token, response: authenticator.register(options) }));
    const signInOptions = await (await post('/sign-in/passkey-options')).json();
    later(5);
    const late = await post('/sign-in/passkey', { response: authenticator.signIn(signInOptions) });
    expect([late.status, (await errorOf(late)).code]).toEqual([401, 'passkey_failed']);
  });

  it('answer 401 passkey_unknown to a passkey Ponte does not know, and audit it', async () => {
    const stranger = new SoftAuthenticator(TEST_ORIGIN);
    stranger.register({ challenge: 'x', rp: { id: 'ponte.test' }, user: { id: 'someone' } });
    const options = await (await post('/sign-in/passkey-options')).json();
    const res = await post('/sign-in/passkey', { response: stranger.signIn(options) });
    expect([res.status, (await errorOf(res)).code]).toEqual([401, 'passkey_unknown']);
    expect((await auditActions()).at(-1)).toMatchObject({ action: 'sign_in_failed', detail: { method: 'passkey', reason: 'passkey_unknown' } });
  });

  it('count failures against the client address: after 20, a lock, and no more log rows until it ends', async () => {
    const stranger = new SoftAuthenticator(TEST_ORIGIN);
    stranger.register({ challenge: 'x', rp: { id: 'ponte.test' }, user: { id: 'someone' } });
    const tryOnce = async () => post('/sign-in/passkey', { response: stranger.signIn(await (await post('/sign-in/passkey-options')).json()) });
    for (let i = 0; i < 20; i++) await tryOnce();
    const rowsAtLock = (await auditActions()).length;
    const locked = await tryOnce();
    expect([locked.status, (await errorOf(locked)).code]).toEqual([429, 'locked']);
    for (let i = 0; i < 10; i++) expect((await tryOnce()).status).toBe(429);
    expect((await auditActions()).length).toBe(rowsAtLock);
    later(16);
    expect((await errorOf(await tryOnce())).code).toBe('passkey_unknown');
  });
});

describe('the audit log', () => {
  it('is read by administrators only, newest first, 50 a page', async () => {
    for (let i = 0; i < 3; i++) await signIn(`guess@foodbank.example`, `wrong-password-${i}`);
    const admin = await signedIn(server, { role: 'admin', now: clock });
    for (let i = 0; i < 55; i++) await server.sql.query("INSERT INTO audit_log (at, action) VALUES ($1, 'sign_out')", [clock]);
    const first = await (await admin.fetch('/api/v1/staff/audit')).json();
    expect(first.entries).toHaveLength(50);
    const second = await (await admin.fetch(`/api/v1/staff/audit?before=${first.next_before}`)).json();
    expect(second.entries.map((e: { action: string }) => e.action)).toEqual(['sign_out', 'sign_out', 'sign_out', 'sign_out', 'sign_out', 'sign_in_failed', 'sign_in_failed', 'sign_in_failed']);
    expect(second.next_before).toBeNull();
    const staff = await signedIn(server, { role: 'staff', organization_id: 'food-bank', now: clock });
    expect((await errorOf(await staff.fetch('/api/v1/staff/audit'))).code).toBe('admins_only');
  });
});
