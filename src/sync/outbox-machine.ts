// What one attempt to send a request means for it: delivered, refused (the person must act),
// or waiting for another try, with backoff and jitter from 1 s doubling to 5 minutes.
// Pure functions: every failure is tested without a network.
import * as v from 'valibot';
import { ContactReceiptSchema, type ContactReceipt, type FieldProblems } from '../shared/contact-request';
import { ReportReceiptSchema, type ReportReceipt } from '../shared/mistake-report';

export type Attempt =
  | { kind: 'response'; status: number; body: unknown; retryAfter?: string | null }
  | { kind: 'network-error' }
  | { kind: 'timeout' };

export type Transition =
  | { status: 'delivered'; receipt: ContactReceipt }
  | { status: 'delivered'; report_receipt: ReportReceipt }
  | { status: 'refused'; refusal: { code: string; fields?: FieldProblems } }
  | { status: 'waiting'; next_attempt_at: number; last_problem: 'offline' | 'server' };

const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 5 * 60_000;
const MAX_RETRY_AFTER_MS = 60 * 60_000;
/** Answers that mean "not now" rather than "no". */
const TRY_AGAIN = new Set([408, 425, 429]);

/** Delay after the nth failed attempt (n ≥ 1): half fixed, half random, so phones spread out. */
export function backoffMs(failedAttempts: number, random: () => number): number {
  const ceiling = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, failedAttempts - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}

/** Retry-After as seconds or as an HTTP date; undefined if absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const ms = /^\d+$/.test(header.trim()) ? Number(header) * 1000 : Date.parse(header) - now;
  return Number.isFinite(ms) ? Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms)) : undefined;
}

/** `kind`: a contact request's answer is a receipt with a reference, a report's only its time. */
export function afterAttempt(failedBefore: number, attempt: Attempt, now: number, random: () => number, kind: 'request' | 'report' = 'request'): Transition {
  const wait = (problem: 'offline' | 'server', atLeastMs = 0): Transition => ({
    status: 'waiting',
    last_problem: problem,
    next_attempt_at: now + Math.max(atLeastMs, backoffMs(failedBefore + 1, random)),
  });
  if (attempt.kind !== 'response') return wait('offline');

  const { status, body } = attempt;
  if ((status === 200 || status === 201) && kind === 'report') {
    const receipt = v.safeParse(ReportReceiptSchema, body);
    return receipt.success ? { status: 'delivered', report_receipt: receipt.output } : wait('server');
  }
  if (status === 200 || status === 201) {
    const receipt = v.safeParse(ContactReceiptSchema, body);
    // Stored, but the answer is garbled: ask again; the same Idempotency-Key gets the same answer.
    return receipt.success ? { status: 'delivered', receipt: receipt.output } : wait('server');
  }
  if (status >= 500 || TRY_AGAIN.has(status)) return wait('server', retryAfterMs(attempt.retryAfter, now));
  const error = (body as { error?: { code?: unknown; fields?: FieldProblems } } | null)?.error;
  return {
    status: 'refused',
    refusal: {
      code: typeof error?.code === 'string' ? error.code : `http_${status}`,
      ...(error?.fields ? { fields: error.fields } : {}),
    },
  };
}
