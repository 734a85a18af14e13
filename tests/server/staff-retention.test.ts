// Retention with a fake clock: personal details (sealed details, notes, mistake report texts)
// are erased 30 days after closing and 180 days after receipt at the latest, leaving what the
// figures need; then private keys that nothing stored needs and no device can still use go.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { keyFileStore } from '../../src/server/private-key-store';
import { currentRequestKey, openRequestKeys, rotateRequestKey } from '../../src/server/request-keys';
import { eraseExpiredDetails, scheduleRetention } from '../../src/server/staff/retention';
import { DEFAULT_STAFF_SETTINGS } from '../../src/server/staff/staff-context';
import { signedIn } from '../helpers/staff';
import { DAY, deliver, emptyInbox, HOUR, inboxServer, postJson, type InboxServer } from '../helpers/staff-inbox';

const ORG = 'housing-agency';
const SERVICE = 'housing-advice-office';

let server: InboxServer;
let start: Date;
beforeAll(async () => {
  server = await inboxServer();
}, 120_000);
afterAll(() => server.close());
beforeEach(async () => {
  await emptyInbox(server);
  start = new Date();
  server.clock.set(start);
});

const job = () => eraseExpiredDetails({ sql: server.sql, now: server.clock.now, keys: server.requestKeys, settings: DEFAULT_STAFF_SETTINGS });
const at = (ms: number) => server.clock.set(new Date(start.getTime() + ms));
const row = async (id: string) => (await server.sql.query<Record<string, unknown>>('SELECT * FROM contact_request WHERE id = $1', [id]))[0];
const staff = () => signedIn(server, { role: 'staff', organization_id: ORG, now: server.clock.now() });

/** A request the staff opened, reached, noted and closed at `start`. */
async function closedWithNote() {
  const request = await deliver(server, { serviceId: SERVICE, receivedAt: new Date(start.getTime() - 2 * HOUR) });
  const member = await staff();
  await postJson(member.fetch, `/api/v1/staff/requests/${request.id}/open`);
  await postJson(member.fetch, `/api/v1/staff/requests/${request.id}/note`, { note: 'Llamó su hija.' });
  await postJson(member.fetch, `/api/v1/staff/requests/${request.id}/contacted`);
  await postJson(member.fetch, `/api/v1/staff/requests/${request.id}/close`, { outcome: 'helped' });
  return request;
}

describe('personal details of requests', () => {
  it('are kept 29 days after closing and erased at 31, with the note; the figures\' columns stay', async () => {
    const request = await closedWithNote();
    const before = await row(request.id);
    expect(before.sealed).not.toBeNull();
    expect(before.note).not.toBeNull();

    at(29 * DAY);
    expect(await job()).toEqual({ requests: 0, reports: 0, keysDeleted: [] });
    expect(await row(request.id)).toEqual(before);
    expect(await server.sql.query("SELECT * FROM audit_log WHERE action = 'details_erased'")).toEqual([]);

    at(31 * DAY);
    expect(await job()).toEqual({ requests: 1, reports: 0, keysDeleted: [] });
    // The status answer changes too (its ETag is status_version): the device learns of the erasure.
    expect(await row(request.id)).toEqual({ ...before, sealed: null, note: null, details_erased_at: server.clock.now(), status_version: (before.status_version as number) + 1 });
    // Staff see that the details are gone.
    const opened = await (await postJson((await staff()).fetch, `/api/v1/staff/requests/${request.id}/open`)).json();
    expect(opened).toMatchObject({ state: 'closed', outcome: 'helped', details: null, details_erased: true, note: '' });
    // One audit row for the run, with the count and no request named.
    expect(await server.sql.query("SELECT request_id, detail FROM audit_log WHERE action = 'details_erased'")).toEqual([{ request_id: null, detail: { requests: 1, reports: 0, keys_deleted: [] } }]);
    // The next run finds nothing more.
    expect(await job()).toEqual({ requests: 0, reports: 0, keysDeleted: [] });
  });

  it('are kept 179 days after receipt and erased at 181 even when the request is still open; other requests are untouched', async () => {
    const old = await deliver(server, { serviceId: SERVICE, receivedAt: start });
    const recent = await deliver(server, { serviceId: SERVICE, receivedAt: new Date(start.getTime() + 100 * DAY) });
    const other = await deliver(server, { serviceId: 'eviction-support', receivedAt: new Date(start.getTime() + 100 * DAY) });
    const untouched = [await row(recent.id), await row(other.id)];

    at(179 * DAY);
    expect((await job()).requests).toBe(0);
    expect((await row(old.id)).sealed).not.toBeNull();
    at(181 * DAY);
    expect((await job()).requests).toBe(1);
    expect(await row(old.id)).toMatchObject({ sealed: null, details_erased_at: server.clock.now(), state: 'new', service_id: SERVICE, received_at: start });
    expect([await row(recent.id), await row(other.id)]).toEqual(untouched);
  });

  it('follow the settings', async () => {
    const request = await closedWithNote();
    at(8 * DAY);
    const settings = { ...DEFAULT_STAFF_SETTINGS, retentionClosedDays: 7 };
    expect((await eraseExpiredDetails({ sql: server.sql, now: server.clock.now, keys: server.requestKeys, settings })).requests).toBe(1);
    expect((await row(request.id)).sealed).toBeNull();
  });
});

describe('the texts of mistake reports', () => {
  it('are emptied on the same rules; the report itself stays', async () => {
    const report = async (received: Date, closed: Date | null) => {
      const id = randomUUID();
      await server.sql.query("INSERT INTO mistake_report (id, body_hash, service_id, organization_id, reason, details, received_at, closed_at) VALUES ($1, 'h', $2, $3, 'hours', 'Cierran a las 13:00', $4, $5)", [id, SERVICE, ORG, received, closed]);
      return id;
    };
    const closedLongAgo = await report(start, start);
    const closedRecently = await report(start, new Date(start.getTime() + 2 * DAY));
    const received181 = await report(new Date(start.getTime() - 150 * DAY), null);
    at(31 * DAY);
    expect(await job()).toEqual({ requests: 0, reports: 2, keysDeleted: [] });
    const rows = await server.sql.query<{ id: string; details: string; reason: string }>('SELECT id, details, reason FROM mistake_report ORDER BY received_at');
    expect(Object.fromEntries(rows.map((r) => [r.id, [r.details, r.reason]]))).toEqual({
      [received181]: ['', 'hours'],
      [closedLongAgo]: ['', 'hours'],
      [closedRecently]: ['Cierran a las 13:00', 'hours'],
    });
  });
});

describe('staff sessions', () => {
  it('ended or long expired ones go after the same 30 days; live ones stay', async () => {
    const ended = await signedIn(server, { role: 'staff', organization_id: ORG, now: start });
    await server.sql.query('UPDATE staff_session SET ended_at = $1', [start]);
    at(29 * DAY);
    const live = await signedIn(server, { role: 'staff', organization_id: ORG, now: server.clock.now() });
    await job();
    expect(await server.sql.query('SELECT count(*)::int AS n FROM staff_session')).toEqual([{ n: 2 }]);
    at(31 * DAY);
    await job();
    const left = await server.sql.query<{ account_id: string }>('SELECT account_id FROM staff_session');
    expect(left.map((r) => r.account_id)).toEqual([live.account_id]);
    expect(ended.account_id).not.toBe(live.account_id);
  });
});

describe('failed sign-ins', () => {
  it('go once too old to count for a lock, even when no later failure comes', async () => {
    await server.sql.query('DELETE FROM sign_in_failure');
    await server.sql.query('INSERT INTO sign_in_failure (subject, at) VALUES ($1, $2)', ['email:typed-a-password-here', start]);
    at(29 * 60_000);
    await job();
    expect(await server.sql.query('SELECT count(*)::int AS n FROM sign_in_failure')).toEqual([{ n: 1 }]);
    at(HOUR);
    await job();
    expect(await server.sql.query('SELECT count(*)::int AS n FROM sign_in_failure')).toEqual([{ n: 0 }]);
  });
});

describe('the audit log', () => {
  it('keeps its rows, and forgets client addresses after the longest retention (180 days)', async () => {
    await server.sql.query("INSERT INTO audit_log (at, action, email, address) VALUES ($1, 'sign_in', 'ana@example.org', '203.0.113.9')", [start]);
    at(179 * DAY);
    await job();
    expect(await server.sql.query("SELECT address FROM audit_log WHERE action = 'sign_in'")).toEqual([{ address: '203.0.113.9' }]);
    at(181 * DAY);
    await job();
    expect(await server.sql.query("SELECT email, address FROM audit_log WHERE action = 'sign_in'")).toEqual([{ email: 'ana@example.org', address: null }]);
  });
});

describe('private keys', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Makes `key` look superseded at `when` (request_key's times are the database's own). */
  const supersededAt = async (older: string, newer: string, when: Date) => {
    await server.sql.query('UPDATE request_key SET created_at = $2 WHERE id = $1', [older, new Date(when.getTime() - DAY)]);
    await server.sql.query('UPDATE request_key SET created_at = $2 WHERE id = $1', [newer, when]);
  };
  const deletedAt = async (id: string) => (await server.sql.query<{ private_key_deleted_at: Date | null }>('SELECT private_key_deleted_at FROM request_key WHERE id = $1', [id]))[0].private_key_deleted_at;

  it('go when no stored row needs them and they were superseded over a year ago; the current key and needed ones stay', async () => {
    const old = await currentRequestKey(server.sql);
    const request = await deliver(server, { serviceId: SERVICE, receivedAt: start });
    const current = await rotateRequestKey(server.sql, server.requestKeys);
    await supersededAt(old.id, current.id, start);

    // Superseded 200 days ago: a device offline since may still send a request sealed for it.
    at(200 * DAY);
    expect(await job()).toEqual({ requests: 1, reports: 0, keysDeleted: [] });
    expect(await server.requestKeys.get(old.id)).toBeDefined();

    at(366 * DAY);
    expect(await job()).toEqual({ requests: 0, reports: 0, keysDeleted: [old.id] });
    expect(await server.requestKeys.get(old.id)).toBeUndefined();
    expect(await server.requestKeys.get(current.id)).toBeDefined();
    expect(await deletedAt(old.id)).toEqual(server.clock.now());
    expect(await deletedAt(current.id)).toBeNull();
    expect((await row(request.id)).key_id).toBe(old.id);
    expect(await server.sql.query("SELECT detail FROM audit_log WHERE action = 'details_erased' ORDER BY id")).toEqual([
      { detail: { requests: 1, reports: 0, keys_deleted: [] } },
      { detail: { requests: 0, reports: 0, keys_deleted: [old.id] } },
    ]);
    // A start afterwards does not call the deleted key missing.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await openRequestKeys(server.sql, server.requestKeys);
    expect(warn).not.toHaveBeenCalled();
    // Nor is the current key ever deleted, however old.
    at(5000 * DAY);
    expect((await job()).keysDeleted).toEqual([]);
  });

  it('stay while a request\'s details or a note are sealed with them', async () => {
    const old = await currentRequestKey(server.sql);
    // Received "recently" at the time the job runs: its details are kept.
    const kept = await deliver(server, { serviceId: SERVICE, receivedAt: new Date(start.getTime() + 360 * DAY) });
    const noted = await deliver(server, { serviceId: SERVICE, receivedAt: new Date(start.getTime() + 360 * DAY) });
    server.clock.set(new Date(start.getTime() + 360 * DAY));
    await postJson((await staff()).fetch, `/api/v1/staff/requests/${noted.id}/note`, { note: 'Sellada con la clave antigua.' });
    const current = await rotateRequestKey(server.sql, server.requestKeys);
    await supersededAt(old.id, current.id, start);
    at(366 * DAY);
    expect((await job()).keysDeleted).toEqual([]);
    // Only the note still needs it now.
    await server.sql.query('UPDATE contact_request SET sealed = NULL WHERE id = $1', [noted.id]);
    await server.sql.query('UPDATE contact_request SET key_id = $2 WHERE id = $1', [kept.id, old.id]);
    expect((await job()).keysDeleted).toEqual([]);
    expect(await server.requestKeys.get(old.id)).toBeDefined();
    await postJson((await staff()).fetch, `/api/v1/staff/requests/${noted.id}/note`, { note: '' });
    await server.sql.query('UPDATE contact_request SET sealed = NULL WHERE id = $1', [kept.id]);
    expect((await job()).keysDeleted).toEqual([old.id]);
  });
});

describe('the key file', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'ponte-retention-keys-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('loses removed keys for good, written as safely as additions (a new file, mode 0600)', async () => {
    const path = join(folder, 'request-keys.json');
    const file = keyFileStore(path);
    await file.add({ k1: 'first', k2: 'second', k3: 'third' });
    await file.remove(['k1', 'k3', 'never-held']);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(path, 'utf8')).keys).toEqual({ k2: 'second' });
    expect(await keyFileStore(path).ids()).toEqual(['k2']);
  });
});

describe('the schedule', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('runs at once and every hour, logs a failure without throwing, and never keeps the process alive', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const interval = vi.spyOn(globalThis, 'setInterval');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let runs = 0;
    // A database that fails on the second run.
    const sql = { ...server.sql, query: async (text: string, params?: unknown[]) => (text.startsWith('UPDATE contact_request') && ++runs === 2 ? Promise.reject(new Error('connection lost')) : server.sql.query(text, params)) } as typeof server.sql;
    const schedule = scheduleRetention({ sql, now: server.clock.now, keys: server.requestKeys, settings: DEFAULT_STAFF_SETTINGS });
    await schedule.idle();
    expect(runs).toBe(1);
    const timer = interval.mock.results[0].value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    await vi.advanceTimersByTimeAsync(HOUR);
    await schedule.idle();
    expect(error).toHaveBeenCalledWith('Retention: the job failed and will run again within the hour: connection lost');
    await vi.advanceTimersByTimeAsync(HOUR);
    await schedule.idle();
    expect(runs).toBe(3);
    schedule.stop();
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(runs).toBe(3);
  });
});
