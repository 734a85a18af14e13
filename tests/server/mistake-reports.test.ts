// "Report a mistake": stored once per Idempotency-Key with the service's organisation, plain
// text only, unknown services refused, and limited per address like contact requests.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from '../helpers/server';

let server: Awaited<ReturnType<typeof testServer>>;
const clock = new Date('2026-12-03T09:00:00Z');
beforeAll(async () => {
  server = await testServer({ now: () => clock });
});
afterAll(() => server.close());

const report = (fields: Record<string, unknown> = {}) => ({ service_id: 'eviction-support', reason: 'phone', details: 'The number rings but nobody answers.', created_at: '2026-12-03T08:59:00.000Z', ...fields });
const send = (body: unknown, id = randomUUID(), address = '192.0.2.1') =>
  server.app.fetch(
    new Request('http://ponte.test/api/v1/reports', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': id }, body: JSON.stringify(body) }),
    { incoming: { socket: { remoteAddress: address } } },
  );
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string; field?: string } }).error;
const stored = (id: string) => server.sql.query<Record<string, unknown>>('SELECT service_id, organization_id, reason, details, received_at FROM mistake_report WHERE id = $1', [id]);

describe('POST /api/v1/reports', () => {
  it('stores the report with the organisation that runs the service, and answers when it arrived', async () => {
    const id = randomUUID();
    const res = await send(report(), id);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ received_at: '2026-12-03T09:00:00.000Z' });
    const [row] = await stored(id);
    const [{ organization_id }] = await server.sql.query<{ organization_id: string }>("SELECT doc ->> 'organization_id' AS organization_id FROM directory_item WHERE collection = 'services' AND id = 'eviction-support'");
    expect(row).toMatchObject({ service_id: 'eviction-support', organization_id, reason: 'phone', details: 'The number rings but nobody answers.' });
  });

  it('answers a replay with the first answer and stores it once; another body under the same key is a conflict', async () => {
    const id = randomUUID();
    const first = await (await send(report(), id)).text();
    const again = await send(report(), id);
    expect(again.status).toBe(201);
    expect(await again.text()).toBe(first);
    expect(await stored(id)).toHaveLength(1);
    const other = await send(report({ reason: 'moved' }), id);
    expect(other.status).toBe(409);
    expect((await errorOf(other)).code).toBe('conflict');
  });

  it('refuses hidden characters, overlong text and unknown reasons, naming the field, and stores nothing', async () => {
    for (const [fields, field] of [
      [{ details: 'Call \u202Eevil\u202C' }, 'details'],
      [{ details: 'two\u0007bells' }, 'details'],
      [{ details: 'line one\nline two' }, 'details'],
      [{ details: 'x'.repeat(301) }, 'details'],
      [{ reason: 'rude' }, 'reason'],
      [{ service_id: 'Not An Id' }, 'service_id'],
      [{ created_at: 'yesterday' }, 'created_at'],
    ] as const) {
      const id = randomUUID();
      const res = await send(report(fields), id);
      expect(res.status, JSON.stringify(fields)).toBe(400);
      const error = await errorOf(res);
      expect(error.field).toBe(field);
      expect(error.message).toContain(field);
      expect(await stored(id)).toHaveLength(0);
    }
    // 300 characters of Arabic: allowed (characters are counted, not bytes).
    expect((await send(report({ details: 'ب'.repeat(300) }))).status).toBe(201);
  });

  it('refuses a service that is not listed', async () => {
    const res = await send(report({ service_id: 'no-such-service' }));
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({ code: 'unknown_service', field: 'service_id' });
  });

  it('limits new reports per address, still answering replays', async () => {
    const ids = Array.from({ length: 21 }, () => randomUUID());
    const answers = [];
    for (const id of ids) answers.push((await send(report(), id, '198.51.100.20')).status);
    expect(answers.slice(0, 20)).toEqual(Array(20).fill(201));
    expect(answers[20]).toBe(429);
    expect((await send(report(), ids[0], '198.51.100.20')).status).toBe(201);
    // Another address is not affected.
    expect((await send(report(), randomUUID(), '198.51.100.21')).status).toBe(201);
  });
});
