// "Clear my information", on every device and at the end of a kiosk session: says what goes and
// what stays, asks what to do with requests still waiting to leave, then clears at once.
import { useState } from 'preact/hooks';
import { countWaiting } from '../../data/outbox';
import type { WaitingRequests } from '../../data/wipe';
import { useT } from '../../i18n/use-t';
import { Page } from '../components/page';
import { endSession } from '../session/end-session';
import { useLive } from '../use-live';
import { Choice } from './ask-fields';

export default function ClearScreen() {
  const { t } = useT();
  const waiting = useLive(countWaiting, []);
  const [choice, setChoice] = useState<WaitingRequests>('send');
  return (
    <Page title={t('clear.title')}>
      <p class="lead">{t('clear.intro')}</p>
      <ul class="plain-list">
        <li>{t('clear.saved')}</li>
        <li>{t('clear.requests')}</li>
        <li>{t('clear.typed')}</li>
        <li>{t('clear.choices')}</li>
        <li>{t('clear.history')}</li>
      </ul>
      <p>{t('clear.keeps')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void endSession(choice);
        }}
      >
        {waiting !== undefined && waiting > 0 && (
          <fieldset>
            <legend>{t('clear.waitingQuestion', { count: waiting })}</legend>
            <Choice type="radio" name="waiting" checked={choice === 'send'} label={t('clear.sendAnyway')} onChange={() => setChoice('send')} />
            <Choice type="radio" name="waiting" checked={choice === 'cancel'} label={t('clear.cancelThem')} onChange={() => setChoice('cancel')} />
          </fieldset>
        )}
        <p class="actions">
          <button type="submit" class="button">
            {t('clear.button')}
          </button>
        </p>
      </form>
    </Page>
  );
}
