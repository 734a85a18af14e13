// /staff/reports: "Report a mistake" from the app's service pages (the phone does not work, it
// has moved, the hours are wrong, other), for the organisation's services (an administrator:
// all). The reason in words, the optional text as text, when it came; "Mark as fixed" moves it to
// the fixed ones. The open and fixed lists are in the address (?state=closed).
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useStaffT } from '../i18n';
import { StaffPage } from '../page';
import { closeReport, listReports } from './inbox-client';
import { LoadProblem, problemWords } from './load-problem';
import { absoluteTime, relativeTime } from './time';
import type { MistakeReport } from './types';
import { VisibleText } from './visible-text';
import './staff-inbox.css';

export default function ReportsPage() {
  const { t, lang } = useStaffT();
  const { query } = useLocation();
  const fixed = query.state === 'closed';
  const [items, setItems] = useState<MistakeReport[]>();
  const [problem, setProblem] = useState<unknown>();
  const [said, setSaid] = useState('');

  useEffect(() => {
    let current = true;
    setItems(undefined);
    setProblem(undefined);
    listReports(fixed ? 'closed' : 'open').then(
      (answer) => current && setItems(answer.items),
      (error) => current && setProblem(error),
    );
    return () => void (current = false);
  }, [fixed]);

  async function markFixed(report: MistakeReport) {
    setSaid('');
    try {
      await closeReport(report.id);
      setItems((now) => now?.filter((r) => r.id !== report.id));
      setSaid(t('reports.fixedDone', { service: report.service_name }));
      // The button pressed is gone with its report: focus goes to the list's heading, and the
      // confirmation is right under it (on a phone, the end of the list is out of sight).
      setTimeout(() => document.getElementById('reports-list')?.focus());
    } catch (error) {
      setSaid(problemWords(error, t));
    }
  }

  return (
    <StaffPage title={t('reports.title')} wide>
      <p>{t('reports.intro')}</p>
      <nav aria-label={t('reports.which')} class="report-tabs">
        <a href="/staff/reports" aria-current={fixed ? undefined : 'page'}>
          {t('reports.open')}
        </a>
        <a href="/staff/reports?state=closed" aria-current={fixed ? 'page' : undefined}>
          {t('reports.fixed')}
        </a>
      </nav>
      <h2 id="reports-list" tabIndex={-1}>
        {fixed ? t('reports.fixed') : t('reports.open')}
      </h2>
      <p role="status" class="staff-notice report-status">
        {said}
      </p>
      {problem ? <LoadProblem error={problem} /> : null}
      {!items && !problem && <p role="status">{t('inbox.loading')}</p>}
      {items && items.length === 0 && <p class="inbox-empty">{fixed ? t('reports.emptyFixed') : t('reports.empty')}</p>}
      {items && items.length > 0 && (
        <ul class="report-list">
          {items.map((report) => (
            <li key={report.id} class="report-card" data-report-id={report.id}>
              <h3>{report.service_name}</h3>
              {report.organization_name && <p class="report-organization">{t('reports.organization', { organization: report.organization_name })}</p>}
              <p class="report-reason">{t(`reports.reason.${report.reason}`)}</p>
              {report.details ? (
                <p class="report-details">
                  <VisibleText text={report.details} multiline />
                </p>
              ) : null}
              <p class="field-hint">
                {t('reports.received', { when: relativeTime(report.received_at, new Date(), lang), time: absoluteTime(report.received_at, lang) })}
                {report.closed_at ? ` ${t('reports.fixedOn', { time: absoluteTime(report.closed_at, lang) })}` : ''}
              </p>
              {!report.closed_at && (
                <button type="button" class="staff-button staff-button-secondary" onClick={() => void markFixed(report)}>
                  {t('reports.markFixed')}
                  <span class="visually-hidden"> {report.service_name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </StaffPage>
  );
}
