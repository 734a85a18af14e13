// The staff inbox on the server: an organisation's requests, newest first, with counts, filters,
// pages and due marks; opening one (the audited seam); its states and attempts; the sealed note;
// the CSV export; figures per service; "Report a mistake" reports.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openRequestForStaff } from '../../src/server/contact-requests';
import { currentRequestKey, privateKeys, rotateRequestKey } from '../../src/server/request-keys';
import { post, sampleDetails, sealedRequest } from '../helpers/contact-requests';
import { signedIn, type SignedIn } from '../helpers/staff';
import { DAY, deliver, emptyInbox, HOUR, inboxServer, postJson, type InboxServer } from '../helpers/staff-inbox';

// Valdemar's housing agency runs two services (48 h and 120 h promised); the tenants' association another.
const OWN = 'housing-agency';
const OTHER = 'tenants-association';
const ADVICE = 'housing-advice-office';
const GRANT = 'rent-grant';
const ADVICE_NAME = 'Oficina de Información sobre Vivienda';
const GRANT_NAME = 'Ayuda Municipal al Alquiler';

let server: InboxServer;
beforeAll(async () => {
  server = await inboxServer();
}, 120_000);
afterAll(() => server.close());

// Each test starts with an empty inbox (the database is shared by the file's tests).
beforeEach(async () => {
  await emptyInbox(server);
  server.clock.set(new Date());
});

const staffOf = (organization_id: string) => signedIn(server, { role: 'staff', organization_id, now: server.clock.now() });
const ago = (ms: number) => new Date(server.clock.now().getTime() - ms);
const json = async (response: Response) => {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${response.status}: ${text}`);
  }
};
const auditRows = (action: string) => server.sql.query<{ account_id: string; organization_id: string; request_id: string; detail: Record<string, unknown> }>('SELECT * FROM audit_log WHERE action = $1 ORDER BY id', [action]);

describe('the list', () => {
  it('shows the organisation\'s requests only, newest first, with due times, marks and counts', async () => {
    const late = await deliver(server, { serviceId: ADVICE, receivedAt: ago(50 * HOUR) });
    const dueSoon = await deliver(server, { serviceId: ADVICE, receivedAt: ago(45 * HOUR) });
    const fresh = await deliver(server, { serviceId: GRANT, receivedAt: ago(1 * HOUR) });
    await deliver(server, { serviceId: 'eviction-support', receivedAt: ago(2 * HOUR) });
    const staff = await staffOf(OWN);

    const list = await json(await staff.fetch('/api/v1/staff/requests'));
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([fresh.id, dueSoon.id, late.id]);
    expect(list.counts).toEqual({ all: 3, new: 3, opened: 0, contacted: 0, closed: 0, late: 1, due_soon: 1 });
    expect(list).toMatchObject({ page: 1, pages: 1 });
    // The organisation's services by their Spanish names, for the filter.
    expect(list.services).toEqual([
      { id: GRANT, name: GRANT_NAME },
      { id: ADVICE, name: ADVICE_NAME },
    ]);
    const [first, second, third] = list.items;
    expect(first).toEqual({
      id: fresh.id,
      reference: fresh.reference,
      service_id: GRANT,
      service_name: GRANT_NAME,
      received_at: ago(HOUR).toISOString(),
      due_at: new Date(ago(HOUR).getTime() + 120 * HOUR).toISOString(),
      state: 'new',
      outcome: null,
      late: false,
      due_soon: false,
    });
    expect(second).toMatchObject({ late: false, due_soon: true, due_at: new Date(ago(45 * HOUR).getTime() + 48 * HOUR).toISOString() });
    expect(third).toMatchObject({ late: true, due_soon: false });

    // Four hours on, the one due soon is late too.
    server.clock.advance(4 * HOUR);
    const later = await json(await (await staffOf(OWN)).fetch('/api/v1/staff/requests?state=late'));
    expect(later.items.map((i: { id: string }) => i.id)).toEqual([dueSoon.id, late.id]);
    expect(later.counts).toMatchObject({ late: 2, due_soon: 0 });

    // A first try to reach the person answers the promise (as in the figures): no longer late.
    await postJson((await staffOf(OWN)).fetch, `/api/v1/staff/requests/${late.id}/attempt`, { method: 'call' });
    const tried = await json(await (await staffOf(OWN)).fetch('/api/v1/staff/requests'));
    expect(tried.items.find((i: { id: string }) => i.id === late.id)).toMatchObject({ state: 'opened', late: false });
    expect(tried.counts).toMatchObject({ late: 1 });
  });

  it('filters by service and state, and a contacted request is never late', async () => {
    const advice = await deliver(server, { serviceId: ADVICE, receivedAt: ago(60 * HOUR) });
    const grant = await deliver(server, { serviceId: GRANT, receivedAt: ago(130 * HOUR) });
    const staff = await staffOf(OWN);
    expect((await postJson(staff.fetch, `/api/v1/staff/requests/${grant.id}/contacted`)).status).toBe(200);

    const byService = await json(await staff.fetch(`/api/v1/staff/requests?service=${ADVICE}`));
    expect(byService.items.map((i: { id: string }) => i.id)).toEqual([advice.id]);
    // Counts follow the service chosen, not the state.
    expect(byService.counts).toMatchObject({ all: 1, new: 1, contacted: 0, late: 1 });
    const contacted = await json(await staff.fetch('/api/v1/staff/requests?state=contacted'));
    expect(contacted.items).toEqual([expect.objectContaining({ id: grant.id, state: 'contacted', late: false })]);
    const late = await json(await staff.fetch('/api/v1/staff/requests?state=late'));
    expect(late.items.map((i: { id: string }) => i.id)).toEqual([advice.id]);

    const wrong = await staff.fetch('/api/v1/staff/requests?state=urgent');
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error).toMatchObject({ code: 'invalid_query', field: 'state' });
    expect((await staff.fetch('/api/v1/staff/requests?page=0')).status).toBe(400);
  });

  it('comes in pages of 25, newest first', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 27; n++) ids.unshift((await deliver(server, { serviceId: ADVICE, receivedAt: ago((n + 1) * 60_000) })).id);
    ids.reverse();
    const staff = await staffOf(OWN);
    const one = await json(await staff.fetch('/api/v1/staff/requests'));
    const two = await json(await staff.fetch('/api/v1/staff/requests?page=2'));
    expect(one).toMatchObject({ page: 1, pages: 2 });
    expect(one.items.map((i: { id: string }) => i.id)).toEqual(ids.slice(0, 25));
    expect(two.items.map((i: { id: string }) => i.id)).toEqual(ids.slice(25));
    expect((await json(await staff.fetch('/api/v1/staff/requests?page=3'))).items).toEqual([]);
  });
});

describe('opening a request', () => {
  it('gives the details as plain data, exactly as the person wrote them, and records the opening', async () => {
    const name = '<img src=x onerror=alert(1)> \u200fأمينة\u200f & "Amina"';
    const message = 'Línea 1\n<script>alert("x")</script>\tfin';
    const request = await deliver(server, { serviceId: ADVICE, details: { name, message, method: 'sms' } });
    const staff = await staffOf(OWN);
    const opened = await json(await postJson(staff.fetch, `/api/v1/staff/requests/${request.id}/open`));
    const { consent: _consent, ...shown } = { ...sampleDetails, name, message, method: 'sms' };
    expect(opened).toEqual({
      id: request.id,
      reference: request.reference,
      service_id: ADVICE,
      service_name: ADVICE_NAME,
      service_own_name: null,
      received_at: expect.any(String),
      due_at: expect.any(String),
      state: 'opened',
      outcome: null,
      opened_at: server.clock.now().toISOString(),
      contacted_at: null,
      closed_at: null,
      attempts: [],
      details: shown,
      details_erased: false,
      details_erased_at: null,
      retention_closed_days: 30,
      note: '',
    });
    const [row] = await server.sql.query<{ state: string; status_version: number }>('SELECT state, status_version FROM contact_request WHERE id = $1', [request.id]);
    expect(row).toEqual({ state: 'opened', status_version: 2 });
    // Opened again: audited again, the state and version stay.
    server.clock.advance(60_000);
    expect((await json(await postJson(staff.fetch, `/api/v1/staff/requests/${request.id}/open`))).opened_at).toBe(opened.opened_at);
    expect(await auditRows('request_opened')).toEqual([
      expect.objectContaining({ account_id: staff.account_id, organization_id: OWN, request_id: request.id }),
      expect.objectContaining({ account_id: staff.account_id, organization_id: OWN, request_id: request.id }),
    ]);
    expect((await server.sql.query<{ status_version: number }>('SELECT status_version FROM contact_request WHERE id = $1', [request.id]))[0].status_version).toBe(2);
  });

  it('cannot hold what the shared validation refuses: bidi overrides and controls in a name', async () => {
    for (const name of ['Amina \u202eenimA', 'Amina\u0007', 'Amina\u2066x\u2069']) {
      const refused = await post(server.fetch, await sealedRequest(await currentRequestKey(server.sql), { serviceId: ADVICE, details: { name } }));
      expect(refused.status).toBe(400);
      expect((await refused.json()).error.fields).toEqual({ name: 'hidden_characters' });
    }
    expect(await server.sql.query('SELECT id FROM contact_request')).toEqual([]);
  });

  it('is refused to another organisation\'s staff (as if it did not exist) and to administrators', async () => {
    const request = await deliver(server, { serviceId: ADVICE });
    const stranger = await staffOf(OTHER);
    const notThere = await postJson(stranger.fetch, `/api/v1/staff/requests/${request.id}/open`);
    expect(notThere.status).toBe(404);
    expect((await notThere.json()).error.code).toBe('not_found');
    const unknown = await postJson(stranger.fetch, `/api/v1/staff/requests/${randomUUID()}/open`);
    expect(await unknown.json()).toEqual(await (await postJson(stranger.fetch, `/api/v1/staff/requests/${request.id}/open`)).json());
    const admin = await signedIn(server, { role: 'admin', now: server.clock.now() });
    const forbidden = await postJson(admin.fetch, `/api/v1/staff/requests/${request.id}/open`);
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).error.code).toBe('not_staff_of_organization');
    expect(await server.sql.query('SELECT state FROM contact_request WHERE id = $1', [request.id])).toEqual([{ state: 'new' }]);
    expect(await auditRows('request_opened')).toEqual([]);
  });
});

describe('states', () => {
  let staff: SignedIn;
  let request: { id: string };
  beforeEach(async () => {
    request = await deliver(server, { serviceId: ADVICE, receivedAt: ago(3 * HOUR) });
    staff = await staffOf(OWN);
    await postJson(staff.fetch, `/api/v1/staff/requests/${request.id}/open`);
  });
  const version = async () => (await server.sql.query<{ status_version: number; first_contact_at: Date | null }>('SELECT status_version, first_contact_at FROM contact_request WHERE id = $1', [request.id]))[0];

  it('records failed attempts with their method; the first one is the first contact', async () => {
    const first = server.clock.now();
    const tried = await json(await postJson(staff.fetch, `/api/v1/staff/requests/${request.id}/attempt`, { method: 'call' }));
    server.clock.advance(20 * 60_000);
    const again = await json(await postJson(staff.fetch, `/api/v1/staff/requests/${request.id}/attempt`, { method: 'sms' }));
    expect(tried.attempts).toEqual([{ at: first.toISOString(), method: 'call' }]);
    expect(again).toMatchObject({ state: 'opened', attempts: [{ method: 'call' }, { at: server.clock.now().toISOString(), method: 'sms' }] });
    expect(await version()).toEqual({ status_version: 4, first_contact_at: first });
    // A change's answer does not open the seal again: no details in it, no more openings logged.
    expect(again).not.toHaveProperty('details');
    expect(await auditRows('request_opened')).toHaveLength(1);
    const wrong = await postJson(staff.fetch, `/api/v1/staff/requests/${request.id}/attempt`, { method: 'pigeon' });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error).toMatchObject({ code: 'invalid_input', field: 'method' });
  });

  it('goes opened → contacted → closed with an outcome, and a closed request stays closed', async () => {
    const contacted = await json(await postJson(staff.fetch, `/api/v1/staff/requests/${request.id}/contacted`));
    expect(contacted).toMatchObject({ state: 'contacted', contacted_at: server.clock.now().toISOString() });
    expect(await version()).toEqual({ status_version: 3, first_contact_at: server.clock.now() });
    server.clock.advance(20 * 60_000);
    const closed = await json(await postJson(staff.fetch, `/api/v1/staff/requests/${request.id}/close`, { outcome: 'referred' }));
    expect(closed).toMatchObject({ state: 'closed', outcome: 'referred', closed_at: server.clock.now().toISOString() });
    for (const [path, body] of [['close', { outcome: 'helped' }], ['contacted', undefined], ['attempt', { method: 'call' }]] as const) {
      const refused = await postJson(staff.fetch, `/api/v1/staff/requests/${request.id}/${path}`, body);
      expect(refused.status).toBe(409);
      expect((await refused.json()).error.code).toBe('closed');
    }
    expect((await version()).status_version).toBe(4);
    expect((await auditRows('request_state_changed')).map((r) => r.detail)).toEqual([
      { from: 'opened', to: 'contacted' },
      { from: 'contacted', to: 'closed', outcome: 'referred' },
    ]);
    // Staff cannot claim the person withdrew.
    const other = await deliver(server, { serviceId: ADVICE });
    expect((await postJson(staff.fetch, `/api/v1/staff/requests/${other.id}/close`, { outcome: 'withdrawn' })).status).toBe(400);
  });
});

describe('the note', () => {
  it('is sealed at rest with the current key, opened for staff, removed when emptied', async () => {
    const request = await deliver(server, { serviceId: ADVICE });
    const staff = await staffOf(OWN);
    const rotated = await rotateRequestKey(server.sql, server.requestKeys);
    const text = 'Prefiere el martes por la tarde; su hija traduce.';
    const saved = await json(await postJson(staff.fetch, `/api/v1/staff/requests/${request.id}/note`, { note: text }));
    expect(saved.note).toBe(text);
    const [row] = await server.sql.query<{ note: { key_id: string; enc: string; ct: string } }>('SELECT note FROM contact_request WHERE id = $1', [request.id]);
    expect(row.note.key_id).toBe(rotated.id);
    expect(JSON.stringify(row)).not.toContain('martes');
    expect((await json(await postJson(staff.fetch, `/api/v1/staff/requests/${request.id}/open`))).note).toBe(text);

    const tooLong = await postJson(staff.fetch, `/api/v1/staff/requests/${request.id}/note`, { note: 'x'.repeat(501) });
    expect(tooLong.status).toBe(400);
    expect((await tooLong.json()).error).toMatchObject({ field: 'note', message: expect.stringContaining('at most 500') });
    expect((await postJson(staff.fetch, `/api/v1/staff/requests/${request.id}/note`, { note: 'y'.repeat(500) })).status).toBe(200);

    expect((await json(await postJson(staff.fetch, `/api/v1/staff/requests/${request.id}/note`, { note: '  ' }))).note).toBe('');
    expect(await server.sql.query('SELECT note FROM contact_request WHERE id = $1', [request.id])).toEqual([{ note: null }]);
    expect((await auditRows('note_changed')).map((r) => r.detail)).toEqual([{ removed: false }, { removed: false }, { removed: true }]);
    // Another organisation's staff cannot write one either.
    expect((await postJson((await staffOf(OTHER)).fetch, `/api/v1/staff/requests/${request.id}/note`, { note: 'x' })).status).toBe(404);
  });
});

/** RFC 4180 rows (quoted cells with doubled quotes, CRLF line ends). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

describe('the CSV export', () => {
  it('has the organisation\'s requests with their details, formulas neutralised, and is audited', async () => {
    const formula = await deliver(server, { serviceId: ADVICE, receivedAt: ago(2 * HOUR), details: { name: '=HYPERLINK("http://evil.example","Click")', phone: '+34 611 22 33 44', message: 'Hola, "vecina"\n-2+3 @casa' } });
    const erased = await deliver(server, { serviceId: GRANT, receivedAt: ago(3 * HOUR) });
    await server.sql.query('UPDATE contact_request SET sealed = NULL, details_erased_at = now() WHERE id = $1', [erased.id]);
    await deliver(server, { serviceId: 'eviction-support', details: { name: 'Another organisation' } });
    const staff = await staffOf(OWN);

    const response = await postJson(staff.fetch, '/api/v1/staff/requests/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="ponte-requests-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    expect(text).toContain('"\'=HYPERLINK(""http://evil.example"",""Click"")"');
    // Three rows, each ending in CRLF (the message's own line break stays inside its quotes).
    expect(text.split('\r\n').length).toBe(3 + 1);
    const [header, first, second] = parseCsv(text);
    expect(header).toEqual(['reference', 'service', 'received', 'due', 'state', 'outcome', 'first contact', 'closed', 'name', 'method', 'phone', 'email', 'language', 'message']);
    expect(first).toEqual([formula.reference, ADVICE_NAME, ago(2 * HOUR).toISOString(), new Date(ago(2 * HOUR).getTime() + 48 * HOUR).toISOString(), 'new', '', '', '', `'=HYPERLINK("http://evil.example","Click")`, 'call', "'+34 611 22 33 44", '', 'es', 'Hola, "vecina"\n-2+3 @casa']);
    expect(second).toEqual([erased.reference, expect.any(String), expect.any(String), expect.any(String), 'new', '', '', '', '', '', '', '', '', '']);
    expect(text).not.toContain('Another organisation');
    expect(await auditRows('requests_exported')).toEqual([expect.objectContaining({ account_id: staff.account_id, organization_id: OWN, detail: { count: 2 } })]);
    // Exporting is not reading each request: their states stay.
    expect(await server.sql.query("SELECT count(*)::int AS n FROM contact_request WHERE state <> 'new'")).toEqual([{ n: 0 }]);

    const admin = await signedIn(server, { role: 'admin', now: server.clock.now() });
    expect((await postJson(admin.fetch, '/api/v1/staff/requests/export')).status).toBe(403);
  });
  it('keeps a formula a text in spreadsheets that split on ";" (Spanish, French, Portuguese) and after leading spaces', async () => {
    await deliver(server, { serviceId: ADVICE, receivedAt: ago(HOUR), details: { name: '  @SUM(1)', message: 'hola;=1+1;fin' } });
    const staff = await staffOf(OWN);
    const text = await (await postJson(staff.fetch, '/api/v1/staff/requests/export')).text();
    const row = text.split('\r\n')[1];
    // Every cell is quoted: split on ";" outside quotes, no cell starts a formula.
    const cellsBySemicolon = row.match(/(?:"(?:[^"]|"")*"|[^;"])+/g)!;
    expect(cellsBySemicolon.every((cell) => !/^\s*[=+\-@]/.test(cell))).toBe(true);
    expect(row).toContain('"hola;=1+1;fin"');
    expect(row).toContain(`"'  @SUM(1)"`);
  });
});

describe('figures', () => {
  it('per service: received, answered within the promise, median hours to first contact; nothing personal', async () => {
    const staff = await staffOf(OWN);
    // Promise: 48 h. Reached after 2 h; reached after 50 h (late); open, not yet due; open and late.
    const inTime = await deliver(server, { serviceId: ADVICE, receivedAt: ago(2 * HOUR) });
    const tooLate = await deliver(server, { serviceId: ADVICE, receivedAt: ago(50 * HOUR) });
    await deliver(server, { serviceId: ADVICE, receivedAt: ago(1 * HOUR) });
    await deliver(server, { serviceId: ADVICE, receivedAt: ago(49 * HOUR) });
    // Withdrawn by the person before it was due: not against the service.
    const withdrawn = await deliver(server, { serviceId: ADVICE, receivedAt: ago(60 * HOUR) });
    await server.sql.query("UPDATE contact_request SET state = 'closed', outcome = 'withdrawn', closed_at = $2 WHERE id = $1", [withdrawn.id, ago(59 * HOUR)]);
    await postJson(staff.fetch, `/api/v1/staff/requests/${inTime.id}/attempt`, { method: 'call' });
    await postJson(staff.fetch, `/api/v1/staff/requests/${tooLate.id}/contacted`);
    await deliver(server, { serviceId: 'eviction-support' });

    const figures = await json(await staff.fetch('/api/v1/staff/figures'));
    const advice = figures.services.find((s: { service_id: string }) => s.service_id === ADVICE);
    expect(advice).toEqual({ service_id: ADVICE, service_name: ADVICE_NAME, organization_id: OWN, organization_name: 'Empresa Municipal de Vivienda de Valdemar', received: 5, answered_within_promise_pct: 33, median_hours_to_first_contact: 26 });
    expect(figures.services.find((s: { service_id: string }) => s.service_id === GRANT)).toMatchObject({ received: 0, answered_within_promise_pct: null, median_hours_to_first_contact: null });
    expect(figures.services.every((s: { organization_id: string }) => s.organization_id === OWN)).toBe(true);
    expect(JSON.stringify(figures)).not.toMatch(/Amina|611|reference/);

    expect((await staff.fetch(`/api/v1/staff/figures?organization_id=${OTHER}`)).status).toBe(404);
    const admin = await signedIn(server, { role: 'admin', now: server.clock.now() });
    const all = await json(await admin.fetch('/api/v1/staff/figures'));
    expect(all.services.find((s: { service_id: string }) => s.service_id === 'eviction-support')).toMatchObject({ organization_id: OTHER, received: 1 });
    const theirs = await json(await admin.fetch(`/api/v1/staff/figures?organization_id=${OTHER}`));
    expect(theirs.services.map((s: { service_id: string }) => s.service_id)).toEqual(['eviction-support']);
  });
});

describe('mistake reports', () => {
  const report = async (organization_id: string, service_id: string, details: string, received: Date) => {
    const id = randomUUID();
    await server.sql.query("INSERT INTO mistake_report (id, body_hash, service_id, organization_id, reason, details, received_at) VALUES ($1, 'h', $2, $3, 'phone', $4, $5)", [id, service_id, organization_id, details, received]);
    return id;
  };

  it('reach their organisation\'s staff and the administrators; closing moves them to the closed list', async () => {
    const older = await report(OWN, ADVICE, 'El teléfono no contesta', ago(2 * DAY));
    const newer = await report(OWN, GRANT, '', ago(DAY));
    const theirs = await report(OTHER, 'eviction-support', 'Se han mudado', ago(DAY + HOUR));
    const staff = await staffOf(OWN);
    const open = await json(await staff.fetch('/api/v1/staff/reports'));
    expect(open.items.map((r: { id: string }) => r.id)).toEqual([newer, older]);
    expect(open.items[1]).toEqual({ id: older, service_id: ADVICE, service_name: ADVICE_NAME, organization_id: OWN, reason: 'phone', details: 'El teléfono no contesta', received_at: ago(2 * DAY).toISOString(), closed_at: null });

    expect((await postJson(staff.fetch, `/api/v1/staff/reports/${theirs}/close`)).status).toBe(404);
    expect((await postJson(staff.fetch, `/api/v1/staff/reports/${older}/close`)).status).toBe(204);
    expect((await json(await staff.fetch('/api/v1/staff/reports'))).items.map((r: { id: string }) => r.id)).toEqual([newer]);
    expect((await json(await staff.fetch('/api/v1/staff/reports?state=closed'))).items).toEqual([expect.objectContaining({ id: older, closed_at: server.clock.now().toISOString() })]);

    const admin = await signedIn(server, { role: 'admin', now: server.clock.now() });
    expect((await json(await admin.fetch('/api/v1/staff/reports'))).items.map((r: { id: string }) => r.id)).toEqual([newer, theirs]);
    expect((await postJson(admin.fetch, `/api/v1/staff/reports/${theirs}/close`)).status).toBe(204);
    expect(await server.sql.query('SELECT closed_at FROM mistake_report WHERE id = $1', [theirs])).toEqual([{ closed_at: server.clock.now() }]);
  });
});

describe('the seam and a withdrawal at the same moment', () => {
  it('shows no details when the person withdraws while the seal is being opened', async () => {
    const request = await deliver(server, { serviceId: ADVICE, receivedAt: ago(HOUR) });
    const staff = await staffOf(OWN);
    const member = { account_id: staff.account_id, email: staff.email, role: 'staff' as const, organization_id: OWN };
    const keyOf = privateKeys(server.requestKeys);
    // The withdrawal lands between reading the row and recording the opening.
    const privateKeyOf = async (id: string) => {
      await server.sql.query('UPDATE contact_request SET sealed = NULL, details_erased_at = $2 WHERE id = $1', [request.id, server.clock.now()]);
      return keyOf(id);
    };
    const opened = await openRequestForStaff({ sql: server.sql, now: () => server.clock.now(), privateKeyOf }, member, request.id);
    expect(opened?.details).toBeNull();
  });
});
