// "My requests", honestly: waiting (and why), sending, delivered with the reference to read
// aloud and the promised response time, or refused with a reason and a way to send it again.
// Practice requests (a workshop) say so on each of them. "Send now" while offline says that
// they leave by themselves once the connection is back, rather than seeming to do nothing.
import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { allServices } from '../../data/directory';
import type { OutboxEntry } from '../../data/db';
import { cancelRequest, dismissRequest, listOutbox } from '../../data/outbox';
import type { Service } from '../../shared/directory';
import { text } from '../../shared/localized';
import { formatList, formatMoment } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { Page } from '../components/page';
import { RemoveRequest } from '../components/remove-request';
import { RequestProgress } from '../components/request-progress';
import { takeFollowedNotice } from '../kiosk/followed-notice';
import { HandOff } from '../kiosk/hand-off';
import { isKiosk } from '../kiosk/kiosk-mode';
import { checkStatusesNow, sendNow } from '../outbox-start';
import { useAboutSafety } from '../session/about-safety';
import { useLive } from '../use-live';

export default function RequestsScreen() {
  const { t } = useT();
  const { query } = useLocation();
  const entries = useLive(listOutbox, []);
  const services = useLive(async () => new Map((await allServices()).map((s) => [s.id, s])), []);
  const waiting = entries?.filter((e) => e.status === 'waiting').length ?? 0;
  const sent = entries?.find((e) => e.id === query.sent);
  // Asking a service about safety is itself something to hide: "Leave this page" here too.
  useAboutSafety(entries?.some((e) => services?.get(e.service_id)?.needs.includes('safety')) ?? false);
  const [afterSendNow, setAfterSendNow] = useState('');
  // Said once after a hand-off code was opened, not on each reload (kiosk/followed-notice.ts).
  const [followed] = useState(takeFollowedNotice);
  // The person is looking: ask now what became of the delivered requests.
  useEffect(() => void checkStatusesNow(), []);
  // And again when one is delivered while they look (sent from here, or back online): otherwise
  // its first answer ("not opened yet") would wait for the schedule's first step, 15 minutes.
  const neverAsked = entries?.filter((e) => e.status === 'delivered' && e.status_token && !e.practice && e.progress_checked_at === undefined).length ?? 0;
  useEffect(() => {
    if (neverAsked > 0) void checkStatusesNow();
  }, [neverAsked]);
  const pressSendNow = async () => {
    setAfterSendNow('');
    // Offline, the sender does not even try: say what will happen instead of nothing.
    if (navigator.onLine === false) return setAfterSendNow(t('requests.sendNowOffline'));
    await sendNow();
    const still = (await listOutbox()).filter((e) => e.status === 'waiting').map((e) => e.last_problem);
    if (still.includes('offline')) setAfterSendNow(t('requests.sendNowOffline'));
    else if (still.includes('server')) setAfterSendNow(t('requests.sendNowServer'));
  };
  return (
    <Page title={t('requests.title')}>
      {/* Once it has arrived or been refused, the request itself says so: "waiting to be sent" would contradict it. */}
      {(sent?.status === 'waiting' || sent?.status === 'sending') && <p class="notice success" role="status">{t('requests.sent')}</p>}
      {followed && <p class="notice success" role="status">{t('handOff.followed')}</p>}
      {query.handedOver && <p class="notice success" role="status">{t('handOff.forgotten')}</p>}
      {waiting > 0 && (
        <p class="actions">
          <button type="button" class="button" onClick={() => void pressSendNow()}>
            {t('requests.sendNow')}
          </button>
        </p>
      )}
      {/* In the page before anything is said in it, so that screen readers announce it. */}
      <div role="status" data-testid="send-now-result">
        {afterSendNow && waiting > 0 && <p class="notice">{afterSendNow}</p>}
      </div>
      {entries?.length === 0 && <p>{t('requests.empty')}</p>}
      <ul class="items" aria-live="polite">
        {entries?.map((entry) => <RequestItem key={entry.id} entry={entry} service={services?.get(entry.service_id)} onRemoved={focusListHeading} />)}
      </ul>
    </Page>
  );
}

/** After a removal the item (and the focused button) is gone: the keyboard goes on from the list's heading. */
const focusListHeading = () => requestAnimationFrame(() => document.querySelector<HTMLElement>('h1.page-title')?.focus());

function RequestItem({ entry, service, onRemoved }: { entry: OutboxEntry; service?: Service; onRemoved: () => void }) {
  const { t, lang } = useT();
  const name = service ? String(text(service.texts, 'name', lang)) : entry.service_id;
  if (entry.kind === 'report') return <ReportItem entry={entry} name={name} />;
  return (
    <li class={`item request request-${entry.status}`} data-request-id={entry.id}>
      <a class="item-link" href={`/service/${entry.service_id}`}>
        <span class="item-title">{name}</span>
      </a>
      {entry.practice && <span class="practice-tag">{t('requests.practiceTag')}</span>}
      <span class="hint">{t('requests.askedOn', { date: formatMoment(entry.created_at, lang) })}</span>
      <RequestState entry={entry} />
      {/* On a kiosk the request is handed to the person's phone, which follows it from then on. */}
      {entry.status === 'delivered' && !isKiosk() && <RequestProgress entry={entry} />}
      {entry.status === 'waiting' && (
        <p class="actions">
          <button type="button" class="button small secondary" onClick={() => void cancelRequest(entry.id)}>
            {t('requests.cancel')}
          </button>
        </p>
      )}
      {/* It forgets the reference and the status token for good: asked in words first. */}
      {entry.status === 'delivered' && !isKiosk() && <RemoveRequest entry={entry} onRemoved={onRemoved} />}
      {entry.status === 'refused' && (
        <p class="actions">
          <a class="button small" href={`/service/${entry.service_id}/ask`}>
            {t('requests.correct')}
          </a>
          <button type="button" class="button small secondary" onClick={() => void dismissRequest(entry.id)}>
            {t('requests.remove')}
          </button>
        </p>
      )}
    </li>
  );
}

/** "Report about <service>: waiting / sent": a report is not followed (nobody answers it to the person). */
function ReportItem({ entry, name }: { entry: OutboxEntry; name: string }) {
  const { t, lang } = useT();
  const state = entry.status === 'delivered' ? 'sent' : entry.status === 'refused' ? 'refused' : 'waiting';
  return (
    <li class={`item request report request-${entry.status}`} data-request-id={entry.id}>
      <a class="item-link" href={`/service/${entry.service_id}`}>
        <span class="item-title">{t('reportMistake.listed', { service: name })}</span>
      </a>
      {entry.practice && <span class="practice-tag">{t('requests.practiceTag')}</span>}
      <span class="hint">{t('reportMistake.reportedOn', { date: formatMoment(entry.created_at, lang) })}</span>
      <p class={`state ${state === 'sent' ? 'delivered' : state === 'refused' ? 'refused' : 'waiting'}`}>{t(`reportMistake.state.${state}`)}</p>
      {entry.status === 'waiting' && (
        <p class="actions">
          <button type="button" class="button small secondary" onClick={() => void cancelRequest(entry.id)}>
            {t('reportMistake.cancel')}
          </button>
        </p>
      )}
      {(entry.status === 'delivered' || entry.status === 'refused') && (
        <p class="actions">
          <button type="button" class="button small secondary" onClick={() => void dismissRequest(entry.id)}>
            {t('requests.remove')}
          </button>
        </p>
      )}
    </li>
  );
}

function RequestState({ entry }: { entry: OutboxEntry }) {
  const { t, lang } = useT();
  switch (entry.status) {
    case 'waiting':
      return <p class="state waiting">{entry.last_problem === 'server' ? t('requests.waitingServer') : t('requests.waiting')}</p>;
    case 'sending':
      return <p class="state sending">{t('requests.sending')}</p>;
    case 'delivered': {
      // On a library's computer, the person takes the request with them; the kiosk forgets it.
      // Not a practice request: it reached nobody, and its pretend reference must not follow the
      // person to their own phone as if a service had it.
      if (isKiosk() && !entry.practice) return <HandOff entry={{ ...entry, receipt: entry.receipt! }} />;
      const hours = entry.receipt!.promised_response_hours;
      // Once the service has reached the person or closed it (withdrawn too), the promise is past.
      const answered = entry.progress?.state === 'contacted' || entry.progress?.state === 'closed';
      // "The service has your request" would contradict "You withdrew it", "Closed" or "no longer
      // on the server": then only what happened last is said (request-progress.tsx).
      const over = !entry.practice && (entry.progress?.state === 'closed' || entry.progress_gone === true);
      return (
        <div class="state delivered">
          {!over && <p>{t(entry.practice ? 'requests.deliveredPractice' : 'requests.delivered')}</p>}
          <p>
            {t(entry.practice ? 'requests.referencePractice' : 'requests.reference')}: <strong class="reference">{entry.receipt!.reference}</strong>
          </p>
          {!entry.practice && <p class="hint">{t('requests.referenceHelp')}</p>}
          {/* A practice request reached nobody: no one will answer it. */}
          {!entry.practice && !answered && <p>{hours % 24 === 0 && hours >= 48 ? t('service.responseDays', { count: hours / 24 }) : t('service.responseHours', { count: hours })}</p>}
        </div>
      );
    }
    case 'refused': {
      const { code, fields } = entry.refusal!;
      const known = ['invalid_details', 'unreadable_seal', 'unknown_service', 'unknown_key', 'conflict', 'too_large', 'invalid_created_at'].includes(code);
      const fieldNames = Object.keys(fields ?? {}).map((f) => t(f === 'reach_times' ? 'ask.when' : f === 'method' ? 'ask.how' : `ask.${f}`));
      return (
        <p class="state refused">
          {t('requests.refused')} {known ? t(`requests.reasons.${code}`, { fields: formatList(fieldNames, lang) }) : t('requests.reasons.other', { code })}
        </p>
      );
    }
  }
}
