// Following a request on the device: the token made when composing (only its hash travels), the
// schedule of questions (a fake clock), the words My requests shows, and what clearing removes.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { progressLines } from '../../src/app/components/request-progress';
import { db, type OutboxEntry } from '../../src/data/db';
import { followRequest, listOutbox } from '../../src/data/outbox';
import { wipeDevice } from '../../src/data/wipe';
import { i18next, loadPageStrings, setEasyRead, setupI18n, switchLanguage } from '../../src/i18n/i18n';
import { handOffUrl, readHandOff } from '../../src/shared/hand-off';
import type { RequestStatus } from '../../src/shared/request-status';
import { nextStatusCheckAt } from '../../src/sync/request-status';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const delivered = Date.parse('2026-12-03T09:00:00Z');

const entry = (fields: Partial<OutboxEntry> = {}): OutboxEntry => ({
  id: '0b7a9a4e-2f0c-4e63-9d52-9d1c6a0f3a11',
  service_id: 'eviction-support',
  created_at: '2026-12-03T08:59:00.000Z',
  status: 'delivered',
  attempts: 1,
  next_attempt_at: 0,
  body: '',
  receipt: { reference: 'P9Y-TDJ', promised_response_hours: 48, received_at: new Date(delivered).toISOString() },
  status_token: 'a'.repeat(43),
  ...fields,
});

describe('when the device asks next (nextStatusCheckAt)', () => {
  const checkedAfter = (age: number) => nextStatusCheckAt(entry({ progress_checked_at: delivered + age }));

  it('every 15 minutes on the first day, hourly for a week, daily up to 60 days, then never', () => {
    expect(nextStatusCheckAt(entry())).toBe(delivered + 15 * MINUTE);
    expect(checkedAfter(3 * HOUR)).toBe(delivered + 3 * HOUR + 15 * MINUTE);
    expect(checkedAfter(2 * DAY)).toBe(delivered + 2 * DAY + HOUR);
    expect(checkedAfter(10 * DAY)).toBe(delivered + 11 * DAY);
    expect(checkedAfter(59 * DAY)).toBe(delivered + 60 * DAY);
    expect(checkedAfter(59 * DAY + HOUR)).toBeUndefined();
    expect(checkedAfter(60 * DAY)).toBeUndefined();
  });

  it('never once it is closed, forgotten by the server, or cannot be asked about', () => {
    const closed: RequestStatus = { state: 'closed', outcome: 'helped', opened_at: null, contacted_at: null, closed_at: '2026-12-04T10:00:00Z', attempts: [], details_erased: false };
    expect(nextStatusCheckAt(entry({ progress: closed }))).toBeUndefined();
    expect(nextStatusCheckAt(entry({ progress_gone: true }))).toBeUndefined();
    expect(nextStatusCheckAt(entry({ status_token: undefined }))).toBeUndefined(); // sent by an older version
    expect(nextStatusCheckAt(entry({ practice: true }))).toBeUndefined();
    expect(nextStatusCheckAt(entry({ hidden: true }))).toBeUndefined();
    expect(nextStatusCheckAt(entry({ status: 'waiting' }))).toBeUndefined();
    expect(nextStatusCheckAt(entry({ kind: 'report', status_token: undefined }))).toBeUndefined();
  });
});

describe('the status token', () => {
  beforeEach(() => db().outbox.clear());

  it('goes to the person\'s phone with the hand-off code, and the phone can then follow the request', async () => {
    const handed = { id: entry().id, service_id: 'eviction-support', created_at: entry().created_at, receipt: entry().receipt!, status_token: 'b'.repeat(43) };
    const read = readHandOff(new URL(handOffUrl('https://p.example', handed)).hash)!;
    expect(read.status_token).toBe('b'.repeat(43));
    await followRequest(read);
    expect((await db().outbox.get(handed.id))!.status_token).toBe('b'.repeat(43));
    // A damaged token is refused whole, as every damaged code is.
    expect(readHandOff(new URL(handOffUrl('https://p.example', { ...handed, status_token: 'short' })).hash)).toBeNull();
  });

  it('goes with "Clear my information": delivered requests entirely, and requests still leaving lose theirs at once', async () => {
    await db().outbox.bulkAdd([entry(), entry({ id: 'waiting-1', status: 'waiting', body: '{"sealed":"…"}', receipt: undefined })]);
    await wipeDevice({ waiting: 'send' });
    const left = await db().outbox.toArray();
    expect(left.map((e) => e.id)).toEqual(['waiting-1']);
    expect(left[0]).toMatchObject({ hidden: true });
    expect(left[0].status_token).toBeUndefined();
    expect(await listOutbox()).toEqual([]);
  });
});

describe('what My requests says happened', () => {
  beforeAll(() => setupI18n('en').then(loadPageStrings));
  const t = (...args: Parameters<typeof i18next.t>) => i18next.t(...args);
  const progress: RequestStatus = {
    state: 'closed',
    opened_at: '2026-12-03T10:00:00Z',
    contacted_at: '2026-12-05T09:30:00Z',
    closed_at: '2026-12-06T12:00:00Z',
    outcome: 'helped',
    attempts: [
      { at: '2026-12-04T10:15:00Z', method: 'call' },
      { at: '2026-12-04T16:40:00Z', method: 'sms' },
    ],
    details_erased: false,
  };

  it('one line for each thing the service did, oldest first, with the way they tried named', () => {
    expect(progressLines(progress, t as never, 'en-GB', 'UTC')).toEqual([
      'Opened by the service on 3 December 2026.',
      'They tried to call you on 4 December 2026 at 10:15.',
      'They tried to send you a text message on 4 December 2026 at 16:40.',
      'They reached you on 5 December 2026.',
      'Closed on 6 December 2026: the service helped you.',
    ]);
  });

  it('says when nothing happened yet, when the person withdrew it, and when the details were erased', () => {
    const fresh: RequestStatus = { state: 'new', opened_at: null, contacted_at: null, closed_at: null, outcome: null, attempts: [], details_erased: false };
    expect(progressLines(fresh, t as never, 'en-GB', 'UTC')).toEqual(['The service has not opened it yet.']);
    const withdrawn = { ...fresh, state: 'closed' as const, outcome: 'withdrawn' as const, closed_at: '2026-12-04T08:00:00Z', details_erased: true };
    expect(progressLines(withdrawn, t as never, 'en-GB', 'UTC')).toEqual(['You withdrew this request on 4 December 2026.']);
    const unreachable = { ...fresh, state: 'closed' as const, outcome: 'unreachable' as const, closed_at: '2026-12-20T08:00:00Z', details_erased: true };
    expect(progressLines(unreachable, t as never, 'en-GB', 'UTC')).toEqual(['Closed on 20 December 2026: the service could not reach you.', 'Your details are now erased from the city\'s server.']);
  });

  it('in easy read and in Arabic, with the dates in the reader\'s language', async () => {
    await setEasyRead(true);
    await switchLanguage('en');
    expect(progressLines(progress, i18next.t, 'en-GB', 'UTC')[1]).toBe('On 4 December 2026 at 10:15, they tried to call you.');
    await setEasyRead(false);
    await switchLanguage('ar');
    const arabic = progressLines(progress, i18next.t, 'ar', 'UTC');
    expect(arabic[0]).toContain('فتحته الخدمة');
    expect(arabic[0]).toContain(new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-12-03T10:00:00Z')));
    await switchLanguage('en');
  });
});
