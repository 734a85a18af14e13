// The administrators' team pages' API: organisations (named as the directory names them, in the
// city's language), the accounts of each, and inviting an administrator.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServer } from '../helpers/server';
import { signedIn, staffAccount } from '../helpers/staff';

let server: Awaited<ReturnType<typeof testServer>>;
beforeEach(async () => {
  server = await testServer();
});
afterEach(() => server.close());

describe('the team API', () => {
  it('lists every organisation with its number of staff for an administrator, and only their own for staff', async () => {
    const admin = await signedIn(server, { role: 'admin' });
    const staff = await signedIn(server, { role: 'staff', organization_id: 'food-bank' });
    await staffAccount(server.sql, { role: 'staff', organization_id: 'food-bank' });
    const all = (await (await admin.fetch('/api/v1/staff/organizations')).json()).organizations;
    expect(all).toHaveLength(32);
    expect(all).toContainEqual({ id: 'food-bank', name: 'Fundación Banco de Alimentos de Valdemar', staff_count: 2 });
    expect(all).toContainEqual({ id: 'arcoiris', name: 'Colectivo LGTBI Arcoíris Valdemar', staff_count: 0 });
    const own = await (await staff.fetch('/api/v1/staff/organizations')).json();
    expect(own).toEqual({ organizations: [{ id: 'food-bank', name: 'Fundación Banco de Alimentos de Valdemar', staff_count: 2 }] });
  });

  it('lists accounts, of one organisation or all, to administrators only', async () => {
    const admin = await signedIn(server, { role: 'admin' });
    const ana = await signedIn(server, { role: 'staff', organization_id: 'food-bank', email: 'ana@foodbank.example' });
    await staffAccount(server.sql, { role: 'staff', organization_id: 'arcoiris', email: 'ben@arcoiris.example' });
    const { accounts } = await (await admin.fetch('/api/v1/staff/accounts?organization_id=food-bank')).json();
    expect(accounts).toEqual([{ id: ana.account_id, email: 'ana@foodbank.example', role: 'staff', organization_id: 'food-bank', created_at: expect.any(String), passkeys: 0, has_password: false }]);
    const everyone = (await (await admin.fetch('/api/v1/staff/accounts')).json()).accounts.map((a: { email: string }) => a.email);
    // Administrators first, then by organisation.
    expect(everyone).toEqual([admin.email, 'ben@arcoiris.example', 'ana@foodbank.example']);
    const refused = await ana.fetch('/api/v1/staff/accounts');
    expect([refused.status, (await refused.json()).error.code]).toEqual([403, 'admins_only']);
  });

  it('invites an administrator (no organisation) and refuses one given an organisation', async () => {
    const admin = await signedIn(server, { role: 'admin' });
    const send = (body: unknown) => admin.fetch('/api/v1/staff/invitations', { method: 'POST', body: JSON.stringify(body) });
    expect((await send({ email: 'second@city.example', role: 'admin' })).status).toBe(201);
    const withOrg = await send({ email: 'third@city.example', role: 'admin', organization_id: 'food-bank' });
    expect([withOrg.status, (await withOrg.json()).error.code]).toEqual([400, 'organization_not_for_admins']);
    const noOrg = await send({ email: 'cai@foodbank.example', role: 'staff' });
    expect([noOrg.status, (await noOrg.json()).error.code]).toEqual([400, 'organization_required']);
    const badRole = await send({ email: 'cai@foodbank.example', role: 'boss' });
    expect([badRole.status, (await badRole.json()).error]).toEqual([400, expect.objectContaining({ code: 'invalid_input', field: 'role' })]);
  });
});
