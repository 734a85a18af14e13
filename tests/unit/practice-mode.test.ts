// Practice mode on the device: practice requests go through the same sender and machine as real
// ones, answered by the pretend server, and never reach the network, whoever sends (page or
// worker) and whatever happens to practice mode meanwhile.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/data/db';
import { composeRequest, listOutbox, removePracticeRequests } from '../../src/data/outbox';
import { wipeDevice } from '../../src/data/wipe';
import { sendDueRequests, type SendOptions } from '../../src/sync/outbox-sender';
import { isPractice, practiceFromAddress } from '../../src/app/practice/practice-flag';
import { answerPractice, setPracticeAnswer, type PracticeAnswer } from '../../src/app/practice/practice-server';
import { leavePractice, startPractice } from '../../src/app/practice/practice-actions';
import { sampleDetails } from '../helpers/contact-requests';

const receipt = { reference: '7MV-N62', promised_response_hours: 24, received_at: '2026-11-26T10:00:01.000Z' };
/** The network: counts what reaches it, and answers a real request with a receipt. */
const network = () => vi.fn(async () => new Response(JSON.stringify(receipt), { status: 201, headers: { 'Content-Type': 'application/json' } }));

let clock = Date.parse('2026-11-26T10:00:00.000Z');
const page = (fetch: typeof globalThis.fetch, extra: Partial<SendOptions> = {}) =>
  sendDueRequests({ db: db(), fetch, now: () => clock, random: () => 0.5, practice: () => answerPractice({ random: () => 0 }), ...extra });
/** The service worker sends with no pretend server. */
const worker = (fetch: typeof globalThis.fetch) => sendDueRequests({ db: db(), fetch, now: () => clock, random: () => 0.5 });

async function realRequestWaiting(): Promise<string> {
  await db().meta.put({ key: 'directory', version: 1, published_at: 'x', locales: ['en'], checked_at: 'x' });
  const id = crypto.randomUUID();
  await db().outbox.add({ id, service_id: 'youth-compass', created_at: new Date(clock).toISOString(), status: 'waiting', attempts: 0, next_attempt_at: clock, body: '{"sealed":"…"}' });
  return id;
}
const practiceRequest = () => composeRequest('eviction-support', sampleDetails, new Date(clock), { practice: true });
const entry = async (id: string) => (await db().outbox.get(id))!;

beforeEach(async () => {
  await Promise.all(db().tables.map((t) => t.clear()));
  localStorage.clear();
});
afterEach(() => {
  clock += 3_600_000;
});

describe('a practice request', () => {
  it('keeps nothing of what was typed, and is marked as practice in IndexedDB', async () => {
    const id = await practiceRequest();
    const stored = await entry(id);
    expect(stored).toMatchObject({ practice: true, status: 'waiting', body: '' });
    expect(JSON.stringify(stored)).not.toContain(sampleDetails.name);
  });

  it.each<[PracticeAnswer, object]>([
    ['deliver', { status: 'delivered', receipt: { promised_response_hours: 48 } }],
    ['offline', { status: 'waiting', last_problem: 'offline' }],
    ['busy', { status: 'waiting', last_problem: 'server' }],
    ['refuse', { status: 'refused', refusal: { code: 'invalid_details', fields: { phone: 'invalid_phone' } } }],
  ])('answered "%s" by the pretend server, means what the machine says, and never reaches the network', async (answer, expected) => {
    setPracticeAnswer(answer);
    const id = await practiceRequest();
    const fetch = network();
    await page(fetch);
    expect(await entry(id)).toMatchObject(expected);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('gets a reference in the usual form, which the screens mark as practice', () => {
    const answer = answerPractice({ answer: 'deliver' });
    expect(answer).toMatchObject({ kind: 'response', status: 201, body: { reference: expect.stringMatching(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/) } });
  });

  it('waits while the pretend server says "no connection", and leaves once the trainer brings it back', async () => {
    setPracticeAnswer('offline');
    const id = await practiceRequest();
    await page(network());
    clock += 60_000;
    await page(network());
    expect(await entry(id)).toMatchObject({ status: 'waiting', attempts: 2 });
    setPracticeAnswer('deliver');
    clock += 60_000;
    expect(await page(network())).toMatchObject({ delivered: 1 });
    expect((await entry(id)).status).toBe('delivered');
  });

  it('a pretend "no connection" does not hold back a real request behind it', async () => {
    setPracticeAnswer('offline');
    await practiceRequest();
    clock += 1;
    const real = await realRequestWaiting();
    const fetch = network();
    await page(fetch);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await entry(real)).toMatchObject({ status: 'delivered', receipt: { reference: '7MV-N62' } });
  });

  it('is left alone by the worker: neither sent nor waited for (its Background Sync would fail forever)', async () => {
    const id = await practiceRequest();
    const fetch = network();
    expect(await worker(fetch)).toEqual({ delivered: 0, refused: 0 });
    expect(fetch).not.toHaveBeenCalled();
    expect(await entry(id)).toMatchObject({ status: 'waiting', attempts: 0 });
  });

  it('answered as practice whatever the mode is by then: practice turned off meanwhile changes nothing', async () => {
    startPractice();
    const id = await practiceRequest();
    localStorage.clear(); // the switch gone without leaving practice (another tab, cleared storage)
    expect(isPractice()).toBe(false);
    const fetch = network();
    await page(fetch);
    expect(fetch).not.toHaveBeenCalled();
    expect((await entry(id)).status).toBe('delivered');
  });

  it('after "Clear my information", one still waiting is answered on the device and then forgotten', async () => {
    const id = await practiceRequest();
    await wipeDevice({ waiting: 'send' });
    const fetch = network();
    await page(fetch);
    expect(fetch).not.toHaveBeenCalled();
    expect(await db().outbox.get(id)).toBeUndefined();
  });
});

describe('leaving practice', () => {
  it('removes every practice request, in every state, and only those', async () => {
    const real = await realRequestWaiting();
    startPractice();
    const delivered = await practiceRequest();
    await page(network());
    setPracticeAnswer('refuse');
    const refused = await practiceRequest();
    await page(network());
    setPracticeAnswer('busy');
    const waiting = await practiceRequest();
    await page(network(), { force: true });
    expect((await entry(delivered)).status).toBe('delivered');
    expect((await entry(refused)).status).toBe('refused');
    expect((await entry(waiting)).status).toBe('waiting');

    await leavePractice();
    expect(isPractice()).toBe(false);
    expect((await listOutbox()).map((e) => e.id)).toEqual([real]);
    expect(await removePracticeRequests()).toBe(0);
  });
});

describe('?practice=1', () => {
  it('turns practice mode on and is taken out of the address, the history entry kept', () => {
    history.replaceState({ ponteDepth: 3 }, '', '/need/food?practice=1&x=2#top');
    practiceFromAddress();
    expect(isPractice()).toBe(true);
    expect(location.pathname + location.search + location.hash).toBe('/need/food?x=2#top');
    expect(history.state).toEqual({ ponteDepth: 3 });
  });

  it('any other value is taken out of the address without turning it on', () => {
    history.replaceState(null, '', '/?practice=yes');
    practiceFromAddress();
    expect(isPractice()).toBe(false);
    expect(location.search).toBe('');
  });
});
