// /staff/figures: per service, how many requests came, how many were answered within the
// service's promise and the median time to a first contact. No personal data. Every cell is
// written in words ("85%", "5.5 hours", "no requests yet"), so a screen reader reads what the
// eye reads.
import { useEffect, useState } from 'preact/hooks';
import { useStaffT } from '../i18n';
import { StaffPage } from '../page';
import { loadFigures } from './inbox-client';
import { LoadProblem } from './load-problem';
import { durationInWords, percentInWords } from './time';
import type { FiguresAnswer } from './types';
import './staff-inbox.css';

export default function FiguresPage() {
  const { t, lang } = useStaffT();
  const [figures, setFigures] = useState<FiguresAnswer>();
  const [problem, setProblem] = useState<unknown>();

  useEffect(() => {
    let current = true;
    loadFigures().then(
      (answer) => current && setFigures(answer),
      (error) => current && setProblem(error),
    );
    return () => void (current = false);
  }, []);

  const number = (n: number) => new Intl.NumberFormat(lang).format(n);
  return (
    <StaffPage title={t('figures.title')} wide>
      <p>{t('figures.intro')}</p>
      {problem ? <LoadProblem error={problem} /> : null}
      {!figures && !problem && <p role="status">{t('inbox.loading')}</p>}
      {figures && figures.services.length === 0 && <p class="inbox-empty">{t('figures.empty')}</p>}
      {figures && figures.services.length > 0 && (
        <div class="table-scroll figures-wide" tabIndex={0} role="region" aria-labelledby="figures-caption">
          <table class="staff-table figures-table">
            <caption id="figures-caption">{t('figures.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('figures.service')}</th>
                <th scope="col">{t('figures.received')}</th>
                <th scope="col">{t('figures.withinPromise')}</th>
                <th scope="col">{t('figures.median')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.services.map((s) => (
                <tr key={`${s.organization_id}/${s.service_id}`}>
                  <th scope="row">{s.service_name}</th>
                  <td>{number(s.received)}</td>
                  <td>{s.answered_within_promise_pct === null ? t('figures.noneYet') : percentInWords(s.answered_within_promise_pct, lang)}</td>
                  <td>{s.median_hours_to_first_contact === null ? t('figures.noneYet') : durationInWords(s.median_hours_to_first_contact, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {figures && figures.services.length > 0 && (
        // The same figures on a narrow screen: one card per service, each figure with its label.
        <ul class="inbox-cards figures-cards">
          {figures.services.map((s) => (
            <li key={`${s.organization_id}/${s.service_id}`} class="inbox-card">
              <h2 class="figures-card-title">{s.service_name}</h2>
              <dl>
                <dt>{t('figures.received')}</dt>
                <dd>{number(s.received)}</dd>
                <dt>{t('figures.withinPromise')}</dt>
                <dd>{s.answered_within_promise_pct === null ? t('figures.noneYet') : percentInWords(s.answered_within_promise_pct, lang)}</dd>
                <dt>{t('figures.median')}</dt>
                <dd>{s.median_hours_to_first_contact === null ? t('figures.noneYet') : durationInWords(s.median_hours_to_first_contact, lang)}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </StaffPage>
  );
}
