import { describe, expect, it } from 'vitest';
import { afterAttempt, backoffMs, retryAfterMs } from '../../src/sync/outbox-machine';

const NOW = 1_800_000_000_000;
const half = () => 0.5;
const receipt = { reference: 'K7Q-4M2', promised_response_hours: 48, received_at: '2026-11-24T10:00:00.000Z' };
const response = (status: number, body: unknown = null, retryAfter?: string) => ({ kind: 'response' as const, status, body, retryAfter });

describe('outbox state machine: one attempt and what it means', () => {
  it('is delivered only on a stored answer with a reference', () => {
    expect(afterAttempt(0, response(201, receipt), NOW, half)).toEqual({ status: 'delivered', receipt });
    expect(afterAttempt(3, response(200, receipt), NOW, half)).toEqual({ status: 'delivered', receipt });
  });
  it('asks again when the answer is garbled (the same key will get the same answer)', () => {
    expect(afterAttempt(0, response(201, { ok: true }), NOW, half)).toMatchObject({ status: 'waiting', last_problem: 'server' });
  });
  it.each([
    ['a network error', { kind: 'network-error' as const }, 'offline'],
    ['a timeout', { kind: 'timeout' as const }, 'offline'],
    ['500', response(500), 'server'],
    ['502', response(502), 'server'],
    ['408', response(408), 'server'],
  ])('waits and retries after %s', (_name, attempt, problem) => {
    const t = afterAttempt(0, attempt, NOW, half);
    expect(t).toEqual({ status: 'waiting', last_problem: problem, next_attempt_at: NOW + 750 });
  });
  it('honours Retry-After on 503 and 429, in seconds or as a date', () => {
    expect(afterAttempt(0, response(503, null, '120'), NOW, half)).toEqual({ status: 'waiting', last_problem: 'server', next_attempt_at: NOW + 120_000 });
    const date = new Date(NOW + 30_000).toUTCString();
    expect(afterAttempt(0, response(429, null, date), NOW, half)).toMatchObject({ status: 'waiting', next_attempt_at: NOW + 30_000 });
    // A Retry-After shorter than the backoff does not make the phone hammer the server.
    expect(afterAttempt(8, response(503, null, '1'), NOW, half).status).toBe('waiting');
    expect((afterAttempt(8, response(503, null, '1'), NOW, half) as { next_attempt_at: number }).next_attempt_at).toBe(NOW + backoffMs(9, half));
  });
  it.each([
    [400, { error: { code: 'invalid_details', fields: { phone: 'invalid_phone' } } }, { code: 'invalid_details', fields: { phone: 'invalid_phone' } }],
    [400, { error: { code: 'unreadable_seal' } }, { code: 'unreadable_seal' }],
    [409, { error: { code: 'conflict' } }, { code: 'conflict' }],
    [413, { error: { code: 'too_large' } }, { code: 'too_large' }],
    [404, null, { code: 'http_404' }],
  ])('is refused on %i, with the reason', (status, body, refusal) => {
    expect(afterAttempt(0, response(status, body), NOW, half)).toEqual({ status: 'refused', refusal });
  });
});

describe('backoff', () => {
  it('starts near 1 s and doubles up to 5 minutes, with jitter in the upper half', () => {
    const ceilings = [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300].map((s) => s * 1000);
    ceilings.forEach((ceiling, i) => {
      expect(backoffMs(i + 1, () => 0)).toBe(ceiling / 2);
      expect(backoffMs(i + 1, () => 1)).toBe(ceiling);
    });
    expect(backoffMs(50, () => 1)).toBe(300_000);
  });
  it('reads Retry-After as seconds or an HTTP date, capped at an hour, ignoring garbage', () => {
    expect(retryAfterMs('30', NOW)).toBe(30_000);
    expect(retryAfterMs(new Date(NOW + 5000).toUTCString(), NOW)).toBe(5000);
    expect(retryAfterMs('999999', NOW)).toBe(3_600_000);
    expect(retryAfterMs('soon', NOW)).toBeUndefined();
    expect(retryAfterMs(null, NOW)).toBeUndefined();
  });
});
