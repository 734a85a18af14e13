// "Clear my information", on every device and at the end of a kiosk session: first what needs
// the person (references to note, requests still waiting), then what goes and what stays; then
// it clears at once.
import { useState } from 'preact/hooks';
import { allServices } from '../../data/directory';
import { listOutbox } from '../../data/outbox';
import type { WaitingRequests } from '../../data/wipe';
import { text } from '../../shared/localized';
import { formatList } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { Page } from '../components/page';
import { endSession } from '../session/end-session';
import { useLive } from '../use-live';
import { Choice } from './ask-fields';

export default function ClearScreen() {
  const { t, lang } = useT();
  const entries = useLive(listOutbox, []) ?? [];
  const services = useLive(async () => new Map((await allServices()).map((s) => [s.id, s])), []);
  const [choice, setChoice] = useState<WaitingRequests>('send');
  const nameOf = (serviceId: string) => {
    const service = services?.get(serviceId);
    return service ? String(text(service.texts, 'name', lang)) : serviceId;
  };
  const delivered = entries.filter((e) => e.status === 'delivered' && e.receipt);
  const waiting = entries.filter((e) => e.status === 'waiting' || e.status === 'sending');
  const count = waiting.length;
  return (
    <Page title={t('clear.title')}>
      {delivered.length > 0 && (
        <div class="notice">
          <p>{t('clear.noteReferences')}</p>
          <ul class="plain-list">
            {delivered.map((e) => (
              <li key={e.id}>
                {nameOf(e.service_id)}: <strong class="reference" dir="ltr">{e.receipt!.reference}</strong>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void endSession(choice, 'cleared');
        }}
      >
        {count > 0 && (
          <fieldset>
            <legend>{t('clear.waitingQuestion', { count, services: formatList([...new Set(waiting.map((e) => nameOf(e.service_id)))], lang) })}</legend>
            <Choice type="radio" name="waiting" checked={choice === 'send'} label={t('clear.sendAnyway', { count })} onChange={() => setChoice('send')} />
            <Choice type="radio" name="waiting" checked={choice === 'cancel'} label={t('clear.cancelThem', { count })} onChange={() => setChoice('cancel')} />
          </fieldset>
        )}
        <p class="lead">{t('clear.intro')}</p>
        <ul class="plain-list">
          <li>{t('clear.saved')}</li>
          <li>{t('clear.requests')}</li>
          <li>{t('clear.typed')}</li>
          <li>{t('clear.choices')}</li>
          <li>{t('clear.history')}</li>
        </ul>
        <p>{t('clear.keeps')}</p>
        <p class="actions">
          <button type="submit" class="button">
            {t('clear.button')}
          </button>
        </p>
      </form>
    </Page>
  );
}
