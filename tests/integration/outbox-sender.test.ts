// @vitest-environment node
// The real sender, the real server app (PGlite) and real sealing; failures injected on the way.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { cancelRequest, composeRequest, countWaiting, listOutbox } from '../../src/data/outbox';
import { syncDirectory } from '../../src/sync/directory-sync';
import { sendDueRequests } from '../../src/sync/outbox-sender';
import { sampleDetails } from '../helpers/contact-requests';
import { testServer } from '../helpers/server';

let server: Awaited<ReturnType<typeof testServer>>;
beforeAll(async () => {
  server = await testServer();
  await syncDirectory({ db: db(), locales: ['en', 'es'], fetch: server.fetch });
});
afterAll(() => server.close());
beforeEach(() => db().outbox.clear());

let clock = Date.now();
const send = (fetch: typeof globalThis.fetch = server.fetch, extra = {}) =>
  sendDueRequests({ db: db(), fetch, now: () => clock, random: () => 0.5, timeoutMs: 200, ...extra });
const storedRows = async () => (await server.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM contact_request'))[0].n;
const only = async () => (await listOutbox())[0];
const failing = (make: () => Response | Promise<Response>) => (async () => make()) as unknown as typeof fetch;
const offline = failing(() => Promise.reject(new TypeError('Failed to fetch')));

describe('outbox sender', () => {
  it('keeps a request waiting while offline and delivers it when the connection returns', async () => {
    const before = await storedRows();
    await composeRequest('eviction-support', sampleDetails, new Date(clock));
    expect(await send(offline)).toMatchObject({ delivered: 0 });
    expect(await only()).toMatchObject({ status: 'waiting', attempts: 1, last_problem: 'offline' });
    expect(await countWaiting()).toBe(1);

    clock += 60_000;
    expect(await send()).toMatchObject({ delivered: 1 });
    const entry = await only();
    expect(entry.status).toBe('delivered');
    expect(entry.receipt?.reference).toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);
    expect(entry.receipt?.promised_response_hours).toBe(48);
    expect(await storedRows()).toBe(before + 1);
    expect(await countWaiting()).toBe(0);
    expect(entry.body).toBe(''); // nothing sealed is kept once it has arrived
  });

  it('a hidden request (its person has gone) still leaves by itself, and then nothing of it stays on the device', async () => {
    const before = await storedRows();
    const id = await composeRequest('eviction-support', sampleDetails, new Date(clock));
    await db().outbox.update(id, { hidden: true });
    expect(await countWaiting()).toBe(0);
    expect(await send()).toMatchObject({ delivered: 1 });
    expect(await storedRows()).toBe(before + 1);
    expect(await db().outbox.count()).toBe(0);
  });

  it('a request cancelled while on its way is never tried again, whatever the answer', async () => {
    const before = await storedRows();
    const id = await composeRequest('eviction-support', sampleDetails, new Date(clock));
    // "Cancel them" arrives while the request is on its way, and the connection then drops.
    const cancelledOnTheWay = (async () => {
      await db().outbox.update(id, { hidden: true, cancelled: true });
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await send(cancelledOnTheWay);
    expect(await db().outbox.count()).toBe(0);
    clock += 60_000;
    await send();
    expect(await storedRows()).toBe(before);
  });

  it('a request cut off mid-way (page closed) and cancelled since is not sent again', async () => {
    const before = await storedRows();
    const id = await composeRequest('eviction-support', sampleDetails, new Date(clock));
    await db().outbox.update(id, { status: 'sending', hidden: true, cancelled: true });
    await send();
    expect(await db().outbox.count()).toBe(0);
    expect(await storedRows()).toBe(before);
  });

  it('when the server stored it but the answer was lost, delivers it once with the stored reference', async () => {
    const before = await storedRows();
    await composeRequest('eviction-support', sampleDetails, new Date(clock));
    const answerLost = (async (input: RequestInfo | URL, init?: RequestInit) => {
      await server.fetch(input, init); // stored…
      throw new TypeError('network connection was lost'); // …but the phone never hears it
    }) as typeof fetch;
    await send(answerLost);
    expect(await only()).toMatchObject({ status: 'waiting' });
    expect(await storedRows()).toBe(before + 1);

    clock += 60_000;
    await send();
    const entry = await only();
    const [row] = await server.sql.query<{ reference: string }>('SELECT reference FROM contact_request WHERE id = $1', [entry.id]);
    expect(entry).toMatchObject({ status: 'delivered', receipt: { reference: row.reference } });
    expect(await storedRows()).toBe(before + 1);
  });

  it('retries after a timeout, a 500 and a 503 with Retry-After, then delivers', async () => {
    await composeRequest('eviction-support', sampleDetails, new Date(clock));
    // A network that never answers: only the sender's timeout ends the wait, as with real fetch.
    const slow = ((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)))) as typeof fetch;
    await send(slow);
    expect(await only()).toMatchObject({ status: 'waiting', attempts: 1, last_problem: 'offline' });
    clock += 60_000;
    await send(failing(() => new Response('oops', { status: 500 })));
    expect(await only()).toMatchObject({ status: 'waiting', attempts: 2, last_problem: 'server' });
    clock += 60_000;
    await send(failing(() => new Response(null, { status: 503, headers: { 'Retry-After': '600' } })));
    const waiting = await only();
    expect(waiting.next_attempt_at).toBe(clock + 600_000);
    clock += 60_000;
    expect(await send()).toMatchObject({ delivered: 0, nextAttemptAt: waiting.next_attempt_at }); // not due yet
    expect(await send(server.fetch, { force: true })).toMatchObject({ delivered: 1 }); // "send now"
  });

  it('a page just started tries at once a request that waited for a connection, not one the server turned away', async () => {
    // The connection came back while no page was open: nobody heard "online".
    const forServer = await composeRequest('eviction-support', sampleDetails, new Date(clock));
    await send(failing(() => new Response('oops', { status: 500 })));
    const forConnection = await composeRequest('eviction-support', sampleDetails, new Date(clock));
    await send(offline);
    const entries = await listOutbox();
    expect(entries.map((e) => [e.id, e.last_problem])).toEqual(expect.arrayContaining([[forConnection, 'offline'], [forServer, 'server']]));
    expect(entries.every((e) => e.next_attempt_at > clock)).toBe(true);

    expect(await send()).toMatchObject({ delivered: 0 }); // neither is due yet
    expect(await send(server.fetch, { justStarted: true })).toMatchObject({ delivered: 1 });
    expect((await db().outbox.get(forConnection))?.status).toBe('delivered');
    expect((await db().outbox.get(forServer))?.status).toBe('waiting');
  });

  it('is refused with the fields to correct when the server finds the details invalid', async () => {
    await composeRequest('eviction-support', { ...sampleDetails, consent: false }, new Date(clock));
    await send();
    expect(await only()).toMatchObject({ status: 'refused', refusal: { code: 'invalid_details', fields: { consent: 'consent_required' } } });
  });

  it.each([
    [409, 'conflict'],
    [413, 'too_large'],
  ])('is refused on %i', async (status, code) => {
    await composeRequest('eviction-support', sampleDetails, new Date(clock));
    await send(failing(() => Response.json({ error: { code, message: '…' } }, { status })));
    expect(await only()).toMatchObject({ status: 'refused', refusal: { code } });
  });

  it('waits on 429 for as long as the server asks', async () => {
    await composeRequest('eviction-support', sampleDetails, new Date(clock));
    await send(failing(() => Response.json({ error: { code: 'too_many' } }, { status: 429, headers: { 'Retry-After': '42' } })));
    expect(await only()).toMatchObject({ status: 'waiting', next_attempt_at: clock + 42_000 });
  });

  it('resends a request left "sending" by a sender that was cut off, without storing it twice', async () => {
    const before = await storedRows();
    const id = await composeRequest('eviction-support', sampleDetails, new Date(clock));
    await server.fetch('/api/v1/requests', { method: 'POST', headers: { 'Idempotency-Key': id }, body: (await only()).body });
    await db().outbox.update(id, { status: 'sending' }); // the page closed mid-send
    await send();
    expect(await only()).toMatchObject({ status: 'delivered' });
    expect(await storedRows()).toBe(before + 1);
  });

  it('cancels a waiting request, but not one being sent', async () => {
    const id = await composeRequest('eviction-support', sampleDetails, new Date(clock));
    await db().outbox.update(id, { status: 'sending' });
    expect(await cancelRequest(id)).toBe(false);
    await db().outbox.update(id, { status: 'waiting' });
    expect(await cancelRequest(id)).toBe(true);
    expect(await listOutbox()).toEqual([]);
  });

  it('keeps no personal detail in plain text on the device', async () => {
    await composeRequest('eviction-support', sampleDetails, new Date(clock));
    const stored = JSON.stringify(await db().outbox.toArray());
    for (const secret of [sampleDetails.name, sampleDetails.phone, sampleDetails.message]) expect(stored).not.toContain(secret);
  });
});

describe('outbox sender while the browser says it is offline', () => {
  it('does not try at all, and keeps the request waiting', async () => {
    await db().outbox.clear();
    await composeRequest('eviction-support', sampleDetails, new Date(clock));
    const onLine = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    Object.defineProperty(globalThis, 'navigator', { value: { onLine: false }, configurable: true });
    try {
      let calls = 0;
      const counting = (async () => {
        calls++;
        throw new TypeError('offline');
      }) as typeof fetch;
      const summary = await sendDueRequests({ db: db(), fetch: counting, now: () => clock });
      expect(calls).toBe(0);
      expect(summary.nextAttemptAt).toBeDefined();
      expect(await only()).toMatchObject({ status: 'waiting', attempts: 0 });
    } finally {
      if (onLine) Object.defineProperty(globalThis, 'navigator', onLine);
      else delete (globalThis as { navigator?: unknown }).navigator;
    }
  });
});
