// "Report a mistake" at the end of a service page: what is wrong (the phone number, the place,
// the hours, something else) and an optional short text without names or phone numbers. It
// goes through the outbox like a request (queued offline, leaving by itself), to the
// organisation that runs the service and the city's administrators. Nothing personal: not sealed.
import { useRef, useState } from 'preact/hooks';
import { composeReport } from '../../data/outbox';
import { useT } from '../../i18n/use-t';
import { REPORT_DETAILS_MAX, REPORT_REASONS, reportDetailsProblem, tidyReportDetails, type DetailsProblem, type ReportReason } from '../../shared/mistake-report';
import { sendNow } from '../outbox-start';
import { isPractice } from '../practice/practice-flag';
import { Choice } from '../screens/ask-fields';
import './request-follow.css';

export type ReportForm = { reason?: ReportReason; details: string };
export type ReportProblems = { reason?: 'required'; details?: DetailsProblem };

/** The form's check, the same rule as the server's (src/shared/mistake-report.ts). */
export function checkReportForm(form: ReportForm): { ok: true; value: { reason: ReportReason; details: string } } | { ok: false; problems: ReportProblems } {
  const problems: ReportProblems = {};
  if (!form.reason || !REPORT_REASONS.includes(form.reason)) problems.reason = 'required';
  const details = tidyReportDetails(form.details);
  const problem = reportDetailsProblem(details);
  if (problem) problems.details = problem;
  if (problems.reason || problems.details) return { ok: false, problems };
  return { ok: true, value: { reason: form.reason!, details } };
}

export function ReportMistake({ serviceId }: { serviceId: string }) {
  const { t } = useT();
  const [form, setForm] = useState<ReportForm>({ details: '' });
  const [submitted, setSubmitted] = useState(false);
  const [sent, setSent] = useState(false);
  const summaryRef = useRef<HTMLElement>(null);
  const checked = checkReportForm(form);
  const problems = submitted && !checked.ok ? checked.problems : {};
  const length = [...tidyReportDetails(form.details)].length;

  const submit = async (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    if (!checked.ok) {
      // To the first thing to correct: the first choice, or the text.
      requestAnimationFrame(() => document.querySelector<HTMLElement>(checked.problems.reason ? 'input[name="report-reason"]' : '#report-details')?.focus());
      return;
    }
    await composeReport(serviceId, checked.value, new Date(), { practice: isPractice() });
    void sendNow();
    setSent(true);
    setForm({ details: '' });
    setSubmitted(false);
    // The form (and its button, which had the focus) is gone: back to its summary, just above the thanks.
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  return (
    <details class="report-mistake" data-testid="report-mistake">
      <summary class="report-summary" ref={summaryRef}>{t('reportMistake.open')}</summary>
      <div role="status">
        {sent && (
          <p class="notice success">
            {t('reportMistake.sent')} <SeeItIn />
          </p>
        )}
      </div>
      {!sent && (
        <form class="report-form" noValidate onSubmit={(e) => void submit(e)}>
          <fieldset aria-describedby={problems.reason ? 'report-reason-error' : undefined}>
            <legend>{t('reportMistake.what')}</legend>
            {REPORT_REASONS.map((reason) => (
              <Choice key={reason} type="radio" name="report-reason" label={t(`reportMistake.reasons.${reason}`)} checked={form.reason === reason} onChange={() => setForm((f) => ({ ...f, reason }))} />
            ))}
            {problems.reason && (
              <p id="report-reason-error" class="field-error">
                {t('reportMistake.chooseReason')}
              </p>
            )}
          </fieldset>
          <div class={`field${problems.details ? ' has-error' : ''}`}>
            <label for="report-details">{t('reportMistake.details')}</label>
            <p id="report-details-hint" class="hint">
              {t('reportMistake.noPersonal')}
            </p>
            <textarea
              id="report-details"
              rows={3}
              value={form.details}
              aria-invalid={problems.details ? 'true' : undefined}
              aria-describedby={`report-details-hint report-details-count${problems.details ? ' report-details-error' : ''}`}
              onInput={(e) => setForm((f) => ({ ...f, details: e.currentTarget.value }))}
            />
            <p id="report-details-count" class="hint">
              {t('reportMistake.count', { used: length, max: REPORT_DETAILS_MAX })}
            </p>
            {problems.details && (
              <p id="report-details-error" class="field-error">
                {t(`reportMistake.problems.${problems.details}`, { max: REPORT_DETAILS_MAX })}
              </p>
            )}
          </div>
          <p class="actions">
            <button type="submit" class="button">
              {t('reportMistake.send')}
            </button>
          </p>
        </form>
      )}
    </details>
  );
}

/** "You can see it in Requests", named as the menu names that page, and a link to it. */
function SeeItIn() {
  const { t } = useT();
  const MARKER = '\u0000';
  const [before, after = ''] = t('followCare.reportSeeIn', { requests: MARKER }).split(MARKER);
  return (
    <>
      {before}
      <a class="text-link" href="/requests">
        {t('nav.requests')}
      </a>
      {after}
    </>
  );
}
