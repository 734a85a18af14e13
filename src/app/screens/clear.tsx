// "Clear my information", on every device and at the end of a kiosk session: first what needs
// the person (references to note, requests still waiting), then what goes and what stays; then
// it clears at once.
import { useState } from 'preact/hooks';
import type { WaitingRequests } from '../../data/wipe';
import { useT } from '../../i18n/use-t';
import { Page } from '../components/page';
import { ReferencesToNote, WaitingChoice, useRequestsToSettle } from '../session/before-clearing';
import { endSession } from '../session/end-session';

export default function ClearScreen() {
  const { t } = useT();
  const { delivered, waitingCount, waitingFor } = useRequestsToSettle();
  const [choice, setChoice] = useState<WaitingRequests>('send');
  return (
    <Page title={t('clear.title')}>
      <ReferencesToNote delivered={delivered} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void endSession(choice, 'cleared');
        }}
      >
        <WaitingChoice name="waiting" count={waitingCount} services={waitingFor} choice={choice} onChange={setChoice} />
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
