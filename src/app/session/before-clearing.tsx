// What to settle before everything of a person is cleared ("Clear my information", "Give this
// phone to someone else"): the references of delivered requests, to note down before they go,
// and whether requests still waiting to leave are sent anyway or cancelled.
import { allServices } from '../../data/directory';
import { listOutbox } from '../../data/outbox';
import type { WaitingRequests } from '../../data/wipe';
import { text } from '../../shared/localized';
import { formatList } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { Choice } from '../screens/ask-fields';
import { useLive } from '../use-live';

/** This person's real requests as the questions need them: delivered ones with their reference, and
 *  the services that requests still waiting are for. */
export function useRequestsToSettle() {
  const { lang } = useT();
  // Practice requests (a workshop) are not asked about: they never leave, and a practice
  // reference is nothing to note down. Clearing removes them with the rest.
  const entries = (useLive(listOutbox, []) ?? []).filter((e) => !e.practice);
  const services = useLive(async () => new Map((await allServices()).map((s) => [s.id, s])), []);
  const nameOf = (serviceId: string) => {
    const service = services?.get(serviceId);
    return service ? String(text(service.texts, 'name', lang)) : serviceId;
  };
  const waiting = entries.filter((e) => e.status === 'waiting' || e.status === 'sending');
  return {
    delivered: entries.flatMap((e) => (e.status === 'delivered' && e.receipt ? [{ id: e.id, service: nameOf(e.service_id), reference: e.receipt.reference }] : [])),
    waitingCount: waiting.length,
    waitingFor: [...new Set(waiting.map((e) => nameOf(e.service_id)))],
  };
}

export function ReferencesToNote({ delivered }: { delivered: { id: string; service: string; reference: string }[] }) {
  const { t } = useT();
  if (delivered.length === 0) return null;
  return (
    <div class="notice">
      <p>{t('clear.noteReferences')}</p>
      <ul class="plain-list">
        {delivered.map((d) => (
          <li key={d.id}>
            {d.service}: <strong class="reference" dir="ltr">{d.reference}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function WaitingChoice({ name, count, services, choice, onChange }: { name: string; count: number; services: string[]; choice: WaitingRequests; onChange: (choice: WaitingRequests) => void }) {
  const { t, lang } = useT();
  if (count === 0) return null;
  return (
    <fieldset>
      <legend>{t('clear.waitingQuestion', { count, services: formatList(services, lang) })}</legend>
      <Choice type="radio" name={name} checked={choice === 'send'} label={t('clear.sendAnyway', { count })} onChange={() => onChange('send')} />
      <Choice type="radio" name={name} checked={choice === 'cancel'} label={t('clear.cancelThem', { count })} onChange={() => onChange('cancel')} />
    </fieldset>
  );
}
