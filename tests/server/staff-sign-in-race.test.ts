// Sign-in tries sent all at once: each must see the failures counted before it, so a burst of
// parallel guesses gets no more verifications than the lock allows (5 per e-mail address).
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { API_BASE } from '../../src/shared/api';
import { hashPassword } from '../../src/server/staff/passwords';
import { TEST_ORIGIN } from '../helpers/staff';
import { testServer } from '../helpers/server';

let server: Awaited<ReturnType<typeof testServer>>;
const clock = new Date('2026-03-02T09:00:00Z');

beforeEach(async () => {
  server = await testServer({ now: () => clock });
});
afterEach(async () => server.close?.());

const signIn = (email: string, password: string) =>
  server.fetch(`${API_BASE}/staff/sign-in/password`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: TEST_ORIGIN },
    body: JSON.stringify({ email, password }),
  });

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
  const answers = await Promise.all(tries.map((password) => signIn(email, password)));
  const statuses = answers.map((a) => a.status);
  expect(statuses.filter((s) => s === 200)).toEqual([]);
  expect(statuses.filter((s) => s === 401)).toHaveLength(4); // the 5th wrong one sets the lock: 429
  expect(statuses.filter((s) => s === 429)).toHaveLength(16);
  const [{ n }] = await server.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'sign_in_failed' AND detail ->> 'reason' = 'wrong_credentials'");
  expect(n).toBe(5);
});
