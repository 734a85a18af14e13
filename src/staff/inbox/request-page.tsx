// /staff/requests/:id: one request, opened for this staff member (POST …/open: the server opens
// the seal, records the opening, and a new request becomes "opened"). The person's details are
// shown as text only (VisibleText), the way to reach them is one tap, and the actions follow the
// request's life: a failed attempt, reached, closed with an outcome. A closed request says so
// and offers nothing to change. On a phone a worker wants the person first: their name, how to
// reach them and the one-tap button come right under the heading, the request's metadata after.
import { useEffect, useState } from 'preact/hooks';
import { languageName } from '../../i18n/format';
import { useRoute } from 'preact-iso';
import { OwnName } from '../frame/own-name';
import { useStaffT } from '../i18n';
import { StaffPage } from '../page';
import { attemptMethods, ContactLinks } from './contact-links';
import { openRequest } from './inbox-client';
import { LoadProblem } from './load-problem';
import { NoteForm } from './note-form';
import { RequestActions } from './request-actions';
import { DueMarks, Received, StateWords } from './request-words';
import { absoluteTime, longDate } from './time';
import type { OpenedRequest } from './types';
import { VisibleText } from './visible-text';
import './staff-inbox.css';

const FOUR_HOURS = 4 * 3_600_000;

/** Late and "due within 4 hours", as the inbox decides them, for a request nobody has tried to
 *  answer yet (a first attempt answers the promise, as in the figures). */
export function dueMarks(request: Pick<OpenedRequest, 'state' | 'due_at' | 'attempts'>, now: Date) {
  const open = (request.state === 'new' || request.state === 'opened') && request.attempts.length === 0;
  const left = Date.parse(request.due_at) - now.getTime();
  return { late: open && left < 0, dueSoon: open && left >= 0 && left < FOUR_HOURS };
}

export default function RequestPage() {
  const { t } = useStaffT();
  const { id } = useRoute().params;
  const [request, setRequest] = useState<OpenedRequest>();
  const [problem, setProblem] = useState<unknown>();
  const [said, say] = useState('');

  useEffect(() => {
    let current = true;
    setRequest(undefined);
    setProblem(undefined);
    openRequest(id ?? '').then(
      (opened) => current && setRequest(opened),
      (error) => current && setProblem(error),
    );
    return () => void (current = false);
  }, [id]);

  if (!request) {
    return (
      <StaffPage title={t('request.titleLoading')}>
        {problem ? <LoadProblem error={problem} /> : <p role="status">{t('inbox.loading')}</p>}
        <p>
          <a href="/staff">{t('request.backToInbox')}</a>
        </p>
      </StaffPage>
    );
  }
  return (
    <StaffPage title={t('request.title', { reference: request.reference })}>
      <p class="staff-request-back">
        <a href="/staff">{t('request.backToInbox')}</a>
      </p>
      <Details request={request} />
      <Summary request={request} />
      <Attempts request={request} />
      {request.state === 'closed' ? null : <RequestActions request={request} methods={attemptMethods(request.details)} onChange={setRequest} say={say} />}
      <p role="status" class="action-status">
        {said}
      </p>
      {request.details_erased ? null : <NoteForm request={request} />}
    </StaffPage>
  );
}

function Summary({ request }: { request: OpenedRequest }) {
  const { t, lang } = useStaffT();
  const now = new Date();
  const marks = dueMarks(request, now);
  return (
    <section aria-labelledby="request-summary">
      <h2 id="request-summary">{t('request.summary.heading')}</h2>
      <dl class="request-summary">
        <dt>{t('inbox.table.service')}</dt>
        <dd>
        {request.service_name}
        <OwnName name={request.service_own_name} />
      </dd>
        <dt>{t('inbox.table.state')}</dt>
        <dd>
          <StateWords state={request.state} outcome={request.outcome} />
        </dd>
        <dt>{t('inbox.table.received')}</dt>
        <dd>
          <Received iso={request.received_at} />
        </dd>
        <dt>{t('inbox.table.due')}</dt>
        <dd>
          <time dateTime={request.due_at}>{absoluteTime(request.due_at, lang)}</time> <DueMarks late={marks.late} dueSoon={marks.dueSoon} />
        </dd>
        {request.contacted_at && (
          <>
            <dt>{t('request.contactedAt')}</dt>
            <dd>
              <time dateTime={request.contacted_at}>{absoluteTime(request.contacted_at, lang)}</time>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

function ClosedNotice({ request }: { request: OpenedRequest }) {
  const { t, lang } = useStaffT();
  if (request.state !== 'closed') return null;
  const on = request.closed_at ? longDate(request.closed_at, lang) : '';
  return (
    <p class="staff-notice request-closed">
      {request.outcome === 'withdrawn'
        ? t('request.withdrawn', { date: on })
        : t('request.closed', { outcome: t(`request.outcome.${request.outcome ?? 'helped'}`), date: on })}
    </p>
  );
}

function Details({ request }: { request: OpenedRequest }) {
  const { t, lang } = useStaffT();
  const details = request.details;
  return (
    <section aria-labelledby="request-details">
      <h2 id="request-details">{t('request.details.heading')}</h2>
      <ClosedNotice request={request} />
      {!details ? (
        <p class="staff-notice request-erased">
          <ErasedWords request={request} />
        </p>
      ) : (
        <>
          {/* Who and their number, then the one tap: on a 320×640 phone both on the first screen. */}
          <dl class="request-details">
            <dt>{t('request.details.name')}</dt>
            <dd>
              <VisibleText text={details.name} class="person-name" />
            </dd>
            {details.phone && (
              <>
                <dt>{t('request.details.phone')}</dt>
                <dd>
                  <VisibleText text={details.phone} class="phone-number" dir="ltr" />
                </dd>
              </>
            )}
            {details.email && (
              <>
                <dt>{t('request.details.email')}</dt>
                <dd>
                  <VisibleText text={details.email} dir="ltr" />
                </dd>
              </>
            )}
          </dl>
          {request.state !== 'closed' && <ContactLinks details={details} />}
          <dl class="request-details">
            <dt>{t('request.details.method')}</dt>
            <dd>{t(`request.method.${details.method}`)}</dd>
            {details.reach_times.length > 0 && (
              <>
                <dt>{t('request.details.when')}</dt>
                <dd>{new Intl.ListFormat(lang, { type: 'conjunction' }).format(details.reach_times.map((time) => t(`request.time.${time}`)))}</dd>
              </>
            )}
            <dt>{t('request.details.language')}</dt>
            <dd>{languageName(details.language, lang)}</dd>
            <dt>{t('request.details.message')}</dt>
            <dd>{details.message ? <VisibleText text={details.message} multiline class="request-message" /> : <span class="field-hint">{t('request.details.noMessage')}</span>}</dd>
          </dl>
        </>
      )}
    </section>
  );
}

function Attempts({ request }: { request: OpenedRequest }) {
  const { t, lang } = useStaffT();
  return (
    <section aria-labelledby="request-attempts">
      <h2 id="request-attempts">{t('request.attempts.heading')}</h2>
      {request.attempts.length === 0 ? (
        <p class="field-hint">{t('request.attempts.none')}</p>
      ) : (
        <ol class="request-attempts">
          {request.attempts.map((attempt, index) => (
            <li key={index}>
              {t('request.attempts.item', { method: t(`request.method.${attempt.method}`), time: absoluteTime(attempt.at, lang) })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** When and why the details are gone: withdrawn by the person, or kept as long as the rules say. */
function ErasedWords({ request }: { request: OpenedRequest }) {
  const { t, lang } = useStaffT();
  const erasedAt = request.details_erased_at ?? (request.outcome === 'withdrawn' ? request.closed_at : null);
  if (!erasedAt) return <>{t('request.erased', { days: request.retention_closed_days ?? 30 })}</>;
  const date = longDate(erasedAt, lang);
  if (request.outcome === 'withdrawn') return <>{t('request.erasedWithdrawn', { date })}</>;
  return <>{t('request.erasedOn', { date, days: request.retention_closed_days ?? 30 })}</>;
}
