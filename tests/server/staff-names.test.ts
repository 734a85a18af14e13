// Names in the staff pages' language: the pages send their interface language (Accept-Language)
// and every name from the directory (services, organisations) comes back in it, falling back to
// the city's language (Spanish) then English, with the city's own name beside a translation
// where it matters. Administrators' figures and reports say whose service each is; the audit log
// gives a request's reference, not its internal id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvitation } from '../../src/server/staff/invitations';
import { signedIn } from '../helpers/staff';
import { deliver, inboxServer, postJson, type InboxServer } from '../helpers/staff-inbox';

let server: InboxServer;
beforeAll(async () => {
  server = await inboxServer();
}, 120_000);
afterAll(() => server.close());

const inLanguage = (lang: string) => ({ headers: { 'Accept-Language': lang } });
const json = async (response: Response) => {
  expect(response.status).toBe(200);
  return response.json();
};

describe('names in the page\'s language', () => {
  it('names organisations in the language asked for, the city\'s when none or an unknown one is asked', async () => {
    const admin = await signedIn(server, { role: 'admin', now: server.clock.now() });
    const named = async (lang?: string) =>
      (await json(await admin.fetch('/api/v1/staff/organizations', lang ? inLanguage(lang) : {}))).organizations.find((o: { id: string }) => o.id === 'food-bank').name;
    expect(await named('fr')).toBe('Fondation Banque alimentaire de Valdemar');
    expect(await named('ar-EG')).toMatch(/[\u0600-\u06ff]/);
    expect(await named()).toBe('Fundación Banco de Alimentos de Valdemar');
    expect(await named('de')).toBe('Fundación Banco de Alimentos de Valdemar');
    const staff = await signedIn(server, { role: 'staff', organization_id: 'food-bank', now: server.clock.now() });
    expect((await json(await staff.fetch('/api/v1/staff/organizations', inLanguage('en')))).organizations).toEqual([{ id: 'food-bank', name: 'Valdemar Food Bank Foundation', staff_count: 1 }]);
  });

  it('lists the organisations by name as the language sorts them, not by id', async () => {
    const admin = await signedIn(server, { role: 'admin', now: server.clock.now() });
    for (const lang of ['fr', 'es']) {
      const names = (await json(await admin.fetch('/api/v1/staff/organizations', inLanguage(lang)))).organizations.map((o: { name: string }) => o.name);
      expect(names).toEqual([...names].sort(new Intl.Collator(lang).compare));
    }
    const ids = (await json(await admin.fetch('/api/v1/staff/organizations', inLanguage('fr')))).organizations.map((o: { id: string }) => o.id);
    expect(ids).not.toEqual([...ids].sort());
  });

  it('names services in the inbox and an opened request in the language asked for, with the city\'s own name beside a translation', async () => {
    const { id } = await deliver(server, { serviceId: 'housing-advice-office' });
    const staff = await signedIn(server, { role: 'staff', organization_id: 'housing-agency', now: server.clock.now() });
    const list = await json(await staff.fetch('/api/v1/staff/requests', inLanguage('fr')));
    expect(list.items.find((i: { id: string }) => i.id === id).service_name).toBe('Bureau d’information sur le logement');
    expect(list.services).toContainEqual({ id: 'housing-advice-office', name: 'Bureau d’information sur le logement' });

    const openedIn = async (lang: string) => json(await postJson((path, init) => staff.fetch(path, { ...init, headers: { ...(init?.headers as object), 'Accept-Language': lang } }), `/api/v1/staff/requests/${id}/open`));
    expect(await openedIn('fr')).toMatchObject({ service_name: 'Bureau d’information sur le logement', service_own_name: 'Oficina de Información sobre Vivienda' });
    // In the city's language there is nothing to add.
    expect(await openedIn('es')).toMatchObject({ service_name: 'Oficina de Información sobre Vivienda', service_own_name: null });
  });

  it('gives administrators\' figures the organisation\'s name, ordered by organisation then service name, and filters by organisation', async () => {
    await deliver(server, { serviceId: 'food-bank-distribution' });
    const admin = await signedIn(server, { role: 'admin', now: server.clock.now() });
    const { services } = await json(await admin.fetch('/api/v1/staff/figures', inLanguage('fr')));
    const foodBank = services.find((s: { service_id: string }) => s.service_id === 'food-bank-distribution');
    expect(foodBank).toMatchObject({ organization_id: 'food-bank', organization_name: 'Fondation Banque alimentaire de Valdemar', received: 1 });
    const collator = new Intl.Collator('fr');
    const order = services.map((s: { organization_name: string; service_name: string }) => [s.organization_name, s.service_name]);
    expect(order).toEqual([...order].sort((a, b) => collator.compare(a[0], b[0]) || collator.compare(a[1], b[1])));

    const one = (await json(await admin.fetch('/api/v1/staff/figures?organization_id=housing-agency', inLanguage('fr')))).services;
    expect(one.length).toBeGreaterThan(0);
    expect(new Set(one.map((s: { organization_name: string }) => s.organization_name))).toEqual(new Set([services.find((s: { organization_id: string }) => s.organization_id === 'housing-agency').organization_name]));
  });

  it('says in each mistake report which organisation the service belongs to, in the language asked for', async () => {
    await server.sql.query("INSERT INTO mistake_report (id, body_hash, service_id, organization_id, reason, details) VALUES (gen_random_uuid(), 'names-test', 'food-bank-distribution', 'food-bank', 'phone', '')");
    const admin = await signedIn(server, { role: 'admin', now: server.clock.now() });
    const { items } = await json(await admin.fetch('/api/v1/staff/reports', inLanguage('en')));
    expect(items.find((r: { service_id: string }) => r.service_id === 'food-bank-distribution')).toMatchObject({ organization_name: 'Valdemar Food Bank Foundation' });
    // An organisation's own staff know whose services they are: their list does not repeat it.
    const staff = await signedIn(server, { role: 'staff', organization_id: 'food-bank', now: server.clock.now() });
    const own = (await json(await staff.fetch('/api/v1/staff/reports', inLanguage('en')))).items;
    expect(own.length).toBeGreaterThan(0);
    expect(own[0]).not.toHaveProperty('organization_name');
  });
});

describe('the audit log', () => {
  it('gives the reference of the request an entry is about, and says when the command line acted', async () => {
    const { id, reference } = await deliver(server, { serviceId: 'housing-advice-office' });
    const staff = await signedIn(server, { role: 'staff', organization_id: 'housing-agency', now: server.clock.now() });
    await postJson(staff.fetch, `/api/v1/staff/requests/${id}/open`);
    await createInvitation(server.sql, server.clock.now(), { email: 'boss@example.org', role: 'admin' }, 'command line');
    const admin = await signedIn(server, { role: 'admin', now: server.clock.now() });
    const { entries } = await json(await admin.fetch('/api/v1/staff/audit'));
    expect(entries.find((e: { action: string; request_id: string }) => e.action === 'request_opened' && e.request_id === id)).toMatchObject({ request_reference: reference });
    expect(entries.find((e: { action: string }) => e.action === 'invitation_created')).toMatchObject({ email: null, detail: expect.objectContaining({ by: 'command line' }) });
  });
});
