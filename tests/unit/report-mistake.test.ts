// "Report a mistake": the form's check (the server's rule), what the outbox machine makes of a
// report's answers, and practice mode answering reports on the device.
import { describe, expect, it } from 'vitest';
import { answerPractice } from '../../src/app/practice/practice-server';
import { checkReportForm } from '../../src/app/components/report-mistake';
import { parseMistakeReport } from '../../src/shared/mistake-report';
import { afterAttempt } from '../../src/sync/outbox-machine';

describe('the report form', () => {
  it('needs a reason; the text is optional, joined into one line and trimmed', () => {
    expect(checkReportForm({ details: '' })).toEqual({ ok: false, problems: { reason: 'required' } });
    expect(checkReportForm({ reason: 'phone', details: '' })).toEqual({ ok: true, value: { reason: 'phone', details: '' } });
    expect(checkReportForm({ reason: 'hours', details: '  Closed on\r\n  Fridays  ' })).toEqual({ ok: true, value: { reason: 'hours', details: 'Closed on Fridays' } });
  });

  it('refuses more than 300 characters (counted as people see them) and hidden characters', () => {
    expect(checkReportForm({ reason: 'other', details: 'x'.repeat(301) })).toEqual({ ok: false, problems: { details: 'too_long' } });
    expect(checkReportForm({ reason: 'other', details: '😀'.repeat(300) })).toMatchObject({ ok: true });
    expect(checkReportForm({ reason: 'other', details: 'call \u202Eevil' })).toEqual({ ok: false, problems: { details: 'hidden_characters' } });
    expect(checkReportForm({ details: 'a\u0000b' })).toEqual({ ok: false, problems: { reason: 'required', details: 'hidden_characters' } });
  });

  it('sends what the server accepts', () => {
    const checked = checkReportForm({ reason: 'moved', details: 'They are now at Plaza Mayor 3' });
    if (!checked.ok) throw new Error('expected a valid form');
    expect(parseMistakeReport({ service_id: 'eviction-support', created_at: '2026-12-03T09:00:00.000Z', ...checked.value })).toMatchObject({ ok: true });
  });
});

describe('a report in the outbox', () => {
  const now = Date.parse('2026-12-03T09:00:00Z');
  it('is delivered by a report\'s answer (its time), never by a request\'s receipt, and the reverse', () => {
    const answer = { kind: 'response' as const, status: 201, body: { received_at: '2026-12-03T09:00:01.000Z' } };
    expect(afterAttempt(0, answer, now, () => 0.5, 'report')).toEqual({ status: 'delivered', report_receipt: { received_at: '2026-12-03T09:00:01.000Z' } });
    expect(afterAttempt(0, answer, now, () => 0.5, 'request')).toMatchObject({ status: 'waiting', last_problem: 'server' });
  });

  it('in practice mode, is answered on the device the way the server answers reports', () => {
    const delivered = answerPractice({ answer: 'deliver', kind: 'report', now: new Date(now) });
    expect(afterAttempt(0, delivered, now, () => 0.5, 'report')).toEqual({ status: 'delivered', report_receipt: { received_at: '2026-12-03T09:00:00.000Z' } });
    expect(afterAttempt(0, answerPractice({ answer: 'refuse', kind: 'report' }), now, () => 0.5, 'report')).toMatchObject({ status: 'refused', refusal: { code: 'invalid_report' } });
    expect(afterAttempt(0, answerPractice({ answer: 'offline', kind: 'report' }), now, () => 0.5, 'report')).toMatchObject({ status: 'waiting', last_problem: 'offline' });
  });
});
