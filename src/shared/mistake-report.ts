// "Report a mistake" about a service: what the form collects, the outbox keeps and the server
// checks. No personal data: a reason and an optional short text, which the form asks not to
// hold names or phone numbers. One check for the form and the server.
import * as v from 'valibot';

export const REPORT_REASONS = ['phone', 'moved', 'hours', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export const REPORT_DETAILS_MAX = 300;

// Every control character (lines too: the device joins them into spaces before sending) and the
// bidi embeddings, overrides and isolates, which would make staff read other text than is there.
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

export type DetailsProblem = 'too_long' | 'hidden_characters';

/** What the form sends as the text: trimmed, lines joined into one. */
export const tidyReportDetails = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

export function reportDetailsProblem(details: string): DetailsProblem | undefined {
  if (HIDDEN.test(details)) return 'hidden_characters';
  if ([...details].length > REPORT_DETAILS_MAX) return 'too_long';
  return undefined;
}

export const MistakeReportSchema = v.object({
  service_id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'expected a service id')),
  reason: v.picklist(REPORT_REASONS, `expected one of ${REPORT_REASONS.join(', ')}`),
  details: v.pipe(
    v.string(),
    v.check((d) => reportDetailsProblem(d) !== 'hidden_characters', 'control characters and bidi overrides are not allowed: write plain text'),
    v.check((d) => reportDetailsProblem(d) !== 'too_long', `at most ${REPORT_DETAILS_MAX} characters`),
  ),
  created_at: v.pipe(v.string(), v.isoTimestamp('expected an ISO time')),
});
export type MistakeReport = v.InferOutput<typeof MistakeReportSchema>;

export function parseMistakeReport(input: unknown): { ok: true; value: MistakeReport } | { ok: false; field: string; message: string } {
  const parsed = v.safeParse(MistakeReportSchema, input);
  if (parsed.success) return { ok: true, value: parsed.output };
  const field = v.getDotPath(parsed.issues[0]) ?? 'body';
  return { ok: false, field, message: `The report is not in the expected form: ${field}: ${parsed.issues[0].message}.` };
}

/** The server's answer to a stored report. */
export const ReportReceiptSchema = v.object({ received_at: v.pipe(v.string(), v.isoTimestamp()) });
export type ReportReceipt = v.InferOutput<typeof ReportReceiptSchema>;
