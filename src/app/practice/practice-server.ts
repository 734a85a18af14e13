// The pretend server of practice mode: it answers practice requests on the device with the same
// kinds of answers the real one gives (a receipt, "busy", a refusal, or no answer at all), and
// the outbox machine (src/sync/outbox-machine.ts) decides what each means, as for real ones.
// The trainer chooses the answer from the banner; it stays until changed, so a "waiting" state
// lasts long enough to be shown (the sender keeps retrying, and keeps getting the same answer).
import { getSetting, setSetting } from '../../data/settings';
import type { Attempt } from '../../sync/outbox-machine';

export const PRACTICE_ANSWERS = ['deliver', 'offline', 'busy', 'refuse'] as const;
export type PracticeAnswer = (typeof PRACTICE_ANSWERS)[number];

const KEY = 'practiceAnswer';

export function practiceAnswer(): PracticeAnswer {
  const stored = getSetting(KEY) as PracticeAnswer | undefined;
  return stored && PRACTICE_ANSWERS.includes(stored) ? stored : 'deliver';
}

export function setPracticeAnswer(answer: PracticeAnswer): void {
  setSetting(KEY, answer);
}

/** The same letters as real references (no 0/O, 1/I look-alikes): screens mark it as practice. */
function practiceReference(random: () => number): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const pick = () => letters[Math.floor(random() * letters.length)];
  return `${pick()}${pick()}${pick()}-${pick()}${pick()}${pick()}`;
}

/** What the pretend server answers to one practice request, now. */
/** `kind`: a report about a service ("Report a mistake") is answered as the server answers reports. */
export function answerPractice({ answer = practiceAnswer(), responseHours = 48, random = Math.random, now = new Date(), kind = 'request' }: { answer?: PracticeAnswer; responseHours?: number; random?: () => number; now?: Date; kind?: 'request' | 'report' } = {}): Attempt {
  switch (answer) {
    case 'offline':
      return { kind: 'network-error' };
    case 'busy':
      return { kind: 'response', status: 503, body: { error: { code: 'busy' } }, retryAfter: null };
    case 'refuse':
      if (kind === 'report') return { kind: 'response', status: 400, body: { error: { code: 'invalid_report' } } };
      // A refusal the person can act on, as a real one would be: a detail to correct.
      return { kind: 'response', status: 422, body: { error: { code: 'invalid_details', fields: { phone: 'invalid_phone' } } } };
    case 'deliver':
      if (kind === 'report') return { kind: 'response', status: 201, body: { received_at: now.toISOString() } };
      return {
        kind: 'response',
        status: 201,
        body: { reference: practiceReference(random), promised_response_hours: responseHours, received_at: now.toISOString() },
      };
  }
}
