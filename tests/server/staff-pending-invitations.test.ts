// Invitations waiting to be used: administrators see them (whom for, which role, until when) and
// can cancel one, by the invitation's own id (never its token or the token's hash). A cancelled
// link stops working at once: 410 invitation_cancelled, for checking it and for registering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR, inboxServer, postJson, type InboxServer } from '../helpers/staff-inbox';
import { signedIn, TEST_ORIGIN } from '../helpers/staff';

let server: InboxServer;
beforeAll(async () => {
  server = await inboxServer();
}, 120_000);
afterAll(() => server.close());

const tokenOf = (link: string) => link.split('#')[1]!;

async function invite(admin: Awaited<ReturnType<typeof signedIn>>, body: Record<string, unknown>) {
  const response = await postJson(admin.fetch, '/api/v1/staff/invitations', body);
  expect(response.status).toBe(201);
  return tokenOf(((await response.json()) as { link: string }).link);
}

/** What the invitation page asks first, as a browser with no session would. */
const check = (token: string) =>
  server.fetch('/api/v1/staff/invitations/check', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: TEST_ORIGIN }, body: JSON.stringify({ token }) });

describe('pending invitations', () => {
  it('lists the invitations not used and not expired, of one organisation or all, with an opaque id', async () => {
    const admin = await signedIn(server, { role: 'admin', now: server.clock.now() });
    const token = await invite(admin, { email: 'Cai@FoodBank.example', role: 'staff', organization_id: 'food-bank' });
    await invite(admin, { email: 'dana@arcoiris.example', role: 'staff', organization_id: 'arcoiris' });
    const used = await invite(admin, { email: 'eva@foodbank.example', role: 'staff', organization_id: 'food-bank' });
    await postJson((p, i) => server.fetch(p, { ...i, headers: { ...(i?.headers as object), Origin: TEST_ORIGIN } }), '/api/v1/staff/invitations/password', { token: used, password: 'a long enough passphrase 42' });

    const { invitations } = await (await admin.fetch('/api/v1/staff/invitations?organization_id=food-bank')).json();
    expect(invitations).toEqual([
      { id: expect.stringMatching(/^[0-9a-f-]{36}$/), email: 'cai@foodbank.example', role: 'staff', organization_id: 'food-bank', created_at: expect.any(String), expires_at: new Date(server.clock.now().getTime() + 72 * HOUR).toISOString(), invited_by: admin.email },
    ]);
    const [row] = await server.sql.query<{ token_hash: string }>("SELECT token_hash FROM staff_invitation WHERE email = 'cai@foodbank.example'");
    expect(JSON.stringify(invitations)).not.toContain(row.token_hash);
    expect(JSON.stringify(invitations)).not.toContain(token);

    const all = (await (await admin.fetch('/api/v1/staff/invitations')).json()).invitations.map((i: { email: string }) => i.email);
    expect(all).toEqual(expect.arrayContaining(['cai@foodbank.example', 'dana@arcoiris.example']));
    expect(all).not.toContain('eva@foodbank.example');

    // 72 hours later they are no longer pending.
    server.clock.advance(72 * HOUR);
    try {
      const later = await signedIn(server, { role: 'admin', now: server.clock.now() });
      expect((await (await later.fetch('/api/v1/staff/invitations')).json()).invitations).toEqual([]);
    } finally {
      server.clock.advance(-72 * HOUR);
    }
  });

  it('cancels an invitation: its link stops working at once, the cancellation is audited, a second cancel finds nothing', async () => {
    const admin = await signedIn(server, { role: 'admin', now: server.clock.now() });
    const token = await invite(admin, { email: 'fran@foodbank.example', role: 'staff', organization_id: 'food-bank' });
    expect((await check(token)).status).toBe(200);
    const [{ id }] = (await (await admin.fetch('/api/v1/staff/invitations?organization_id=food-bank')).json()).invitations.filter((i: { email: string }) => i.email === 'fran@foodbank.example');

    expect((await postJson(admin.fetch, `/api/v1/staff/invitations/${id}/cancel`)).status).toBe(204);
    const refused = await check(token);
    expect([refused.status, (await refused.json()).error.code]).toEqual([410, 'invitation_cancelled']);
    const register = await server.fetch('/api/v1/staff/invitations/password', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: TEST_ORIGIN },
      body: JSON.stringify({ token, password: 'a long enough passphrase 42' }),
    });
    expect([register.status, (await register.json()).error.code]).toEqual([410, 'invitation_cancelled']);
    expect(await server.sql.query("SELECT 1 FROM staff_account WHERE email = 'fran@foodbank.example'")).toEqual([]);

    const listed = (await (await admin.fetch('/api/v1/staff/invitations?organization_id=food-bank')).json()).invitations.map((i: { id: string }) => i.id);
    expect(listed).not.toContain(id);
    const [entry] = await server.sql.query<{ action: string; account_id: string; organization_id: string; detail: Record<string, unknown> }>(
      "SELECT action, account_id, organization_id, detail FROM audit_log WHERE action = 'invitation_cancelled'",
    );
    expect(entry).toEqual({ action: 'invitation_cancelled', account_id: admin.account_id, organization_id: 'food-bank', detail: { invitation_id: id, invited_email: 'fran@foodbank.example', role: 'staff' } });

    const again = await postJson(admin.fetch, `/api/v1/staff/invitations/${id}/cancel`);
    expect([again.status, (await again.json()).error.code]).toEqual([404, 'not_found']);
    const notAnId = await postJson(admin.fetch, `/api/v1/staff/invitations/${encodeURIComponent(token)}/cancel`);
    expect(notAnId.status).toBe(404);
  });
});
