// Attacks on the staff side that a security review found working, each shown closed:
// - sign-in tries sent all at once must each see the failures counted before them, so a burst of
//   parallel guesses gets no more verifications than the lock allows (5 per e-mail address);
// - an invitation sent earlier and still unused must not bring back an account once removed;
// - a password typed in the e-mail field must not end up in the audit log administrators read.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { API_BASE } from '../../src/shared/api';
import { createInvitation } from '../../src/server/staff/invitations';
import { hashPassword } from '../../src/server/staff/passwords';
import { signedIn, TEST_ORIGIN } from '../helpers/staff';
import { testServer } from '../helpers/server';

let server: Awaited<ReturnType<typeof testServer>>;
const clock = new Date('2026-03-02T09:00:00Z');

beforeEach(async () => {
  server = await testServer({ now: () => clock });
});
afterEach(async () => server.close?.());

const post = (path: string, body: unknown) =>
  server.fetch(`${API_BASE}/staff${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: TEST_ORIGIN }, body: JSON.stringify(body) });
const signIn = (email: string, password: string) => post('/sign-in/password', { email, password });

it('verifies at most 5 passwords of a burst of 20 parallel tries, and the right one among them does not get in', async () => {
  const email = 'ana@example.org';
  const right = 'a long and unusual passphrase 42';
  await server.sql.query("INSERT INTO staff_account (id, email, role, organization_id, password_hash, created_at) VALUES ($1, $2, 'staff', 'food-bank', $3, $4)", [
    randomUUID(),
    email,
    await hashPassword(right),
    clock,
  ]);
  const tries = Array.from({ length: 20 }, (_, i) => (i === 12 ? right : `wrong guess number ${i}`));
  const statuses = (await Promise.all(tries.map((password) => signIn(email, password)))).map((a) => a.status);
  expect(statuses.filter((s) => s === 200)).toEqual([]);
  expect(statuses.filter((s) => s === 401)).toHaveLength(4); // the 5th wrong one sets the lock: 429
  expect(statuses.filter((s) => s === 429)).toHaveLength(16);
  const [{ n }] = await server.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'sign_in_failed' AND detail ->> 'reason' = 'wrong_credentials'");
  expect(n).toBe(5);
});

it('revokes the unused invitations of an address when its account is removed', async () => {
  const admin = await signedIn(server, { role: 'admin', now: clock });
  const first = await createInvitation(server.sql, clock, { email: 'bea@example.org', role: 'staff', organization_id: 'food-bank' }, 'command line');
  const second = await createInvitation(server.sql, clock, { email: 'bea@example.org', role: 'staff', organization_id: 'food-bank' }, 'command line');
  if (!first.ok || !second.ok) throw new Error('invitations refused');
  const registered = await post('/invitations/password', { token: first.token, password: 'a long and unusual passphrase 42' });
  expect(registered.status).toBe(200);
  const { account } = (await registered.json()) as { account: { account_id: string } };

  const removed = await admin.fetch(`${API_BASE}/staff/accounts/${account.account_id}/remove`, { method: 'POST' });
  expect(removed.status).toBe(204);
  const check = await post('/invitations/check', { token: second.token });
  expect([check.status, ((await check.json()) as { error: { code: string } }).error.code]).toEqual([410, 'invitation_expired']);
  const back = await post('/invitations/password', { token: second.token, password: 'another unusual passphrase 77' });
  expect(back.status).toBe(410);
  const [{ n }] = await server.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM staff_account WHERE email = 'bea@example.org' AND removed_at IS NULL");
  expect(n).toBe(0);
  const [entry] = await server.sql.query<{ detail: { invitations_revoked?: number } }>("SELECT detail FROM audit_log WHERE action = 'account_removed'");
  expect(entry.detail.invitations_revoked).toBe(1);

  // Invited again after the removal: that new invitation works.
  const third = await createInvitation(server.sql, clock, { email: 'bea@example.org', role: 'staff', organization_id: 'food-bank' }, 'command line');
  if (!third.ok) throw new Error('invitation refused');
  expect((await post('/invitations/password', { token: third.token, password: 'another unusual passphrase 77' })).status).toBe(200);
});

it('keeps out of the audit log what was typed as the address when it is not one (a password in the wrong field)', async () => {
  const wrongField = await signIn('Tr0ub4dor&3-horse-staple', 'Tr0ub4dor&3-horse-staple');
  expect(wrongField.status).toBe(401);
  const typo = await signIn('nobody@example.org', 'not the password 123');
  expect(typo.status).toBe(401);
  const rows = await server.sql.query<{ email: string | null; detail: unknown }>("SELECT email, detail FROM audit_log WHERE action = 'sign_in_failed' ORDER BY id");
  expect(rows.map((r) => r.email)).toEqual([null, 'nobody@example.org']);
  expect(JSON.stringify(rows)).not.toContain('Tr0ub4dor');
});

it('over TLS, names the session cookie __Host- and marks it Secure, HttpOnly and SameSite=Strict', async () => {
  const tls = await testServer({ now: () => clock, https: true });
  try {
    const invitation = await createInvitation(tls.sql, clock, { email: 'cris@example.org', role: 'staff', organization_id: 'food-bank' }, 'command line');
    if (!invitation.ok) throw new Error('invitation refused');
    const answer = await tls.fetch(`${API_BASE}/staff/invitations/password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: TEST_ORIGIN },
      body: JSON.stringify({ token: invitation.token, password: 'a long and unusual passphrase 42' }),
    });
    expect(answer.status).toBe(200);
    const cookie = answer.headers.get('Set-Cookie') ?? '';
    expect(cookie).toMatch(/^__Host-ponte-staff=[A-Za-z0-9_-]{43};/);
    for (const flag of ['Path=/', 'HttpOnly', 'Secure', 'SameSite=Strict']) expect(cookie).toContain(flag);
    expect(cookie).not.toMatch(/Domain=|Max-Age=|Expires=/i);
  } finally {
    await tls.close?.();
  }
});

it('refuses a staff change whose body is not JSON (a form or text/plain), even with the right Origin and CSRF token', async () => {
  const staff = await signedIn(server, { role: 'staff', organization_id: 'food-bank', now: clock });
  const body = JSON.stringify({ note: 'hola' });
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
    const answer = await staff.fetch(`${API_BASE}/staff/requests/${randomUUID()}/note`, { method: 'POST', headers: { 'Content-Type': type }, body });
    expect([type, answer.status]).toEqual([type, 415]);
  }
  const signInAsForm = await server.fetch(`${API_BASE}/staff/sign-in/password`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain', Origin: TEST_ORIGIN },
    body: JSON.stringify({ email: 'ana@example.org', password: 'a long and unusual passphrase 42' }),
  });
  expect(signInAsForm.status).toBe(415);
  // JSON, and changes that send no body, go through as before.
  expect((await staff.fetch(`${API_BASE}/staff/requests/${randomUUID()}/note`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })).status).toBe(404);
  expect((await staff.fetch(`${API_BASE}/staff/requests/${randomUUID()}/contacted`, { method: 'POST' })).status).toBe(404);
  expect((await staff.fetch(`${API_BASE}/staff/session/extend`, { method: 'POST' })).status).toBe(200);
});
