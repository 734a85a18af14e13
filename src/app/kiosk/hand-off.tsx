// On a kiosk, a delivered request is handed to the person: the reference in large type, to
// photograph or write down, and a QR code that adds it to "My requests" on their own phone.
// "Done" and the kiosk forgets it (so does the end of the session).
import { useLocation } from 'preact-iso';
import { dismissRequest } from '../../data/outbox';
import type { OutboxEntry } from '../../data/db';
import { handOffUrl } from '../../shared/hand-off';
import { useT } from '../../i18n/use-t';
import { QrCode } from '../components/qr-code';

export function HandOff({ entry }: { entry: OutboxEntry & { receipt: NonNullable<OutboxEntry['receipt']> } }) {
  const { t } = useT();
  const { route } = useLocation();
  const url = handOffUrl(location.origin, entry);
  const done = async () => {
    await dismissRequest(entry.id);
    route('/requests?handedOver=1', true);
  };
  return (
    <div class="hand-off" data-testid="hand-off">
      <p>{t('handOff.reference')}</p>
      <p class="hand-off-reference reference" dir="ltr">{entry.receipt.reference}</p>
      <p>{t('handOff.keep')}</p>
      <QrCode text={url} label={t('handOff.qrLabel')} />
      {/* The code carries the status token: whoever photographs it can follow and withdraw. */}
      {entry.status_token && <p class="hand-off-private">{t('followCare.handOffPrivate')}</p>}
      <p class="hint">{t('handOff.nothingPersonal')}</p>
      <p class="actions">
        <button type="button" class="button" onClick={() => void done()}>
          {t('handOff.done')}
        </button>
      </p>
    </div>
  );
}
