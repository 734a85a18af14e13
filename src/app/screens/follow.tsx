// Opened from a library computer's hand-off QR code: adds that request (id, service, reference;
// nothing personal) to "My requests" on this phone, then shows the list. The address, with
// the request in it, is replaced at once, so the history does not keep it.
import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { followRequest } from '../../data/outbox';
import { readHandOff } from '../../shared/hand-off';
import { useT } from '../../i18n/use-t';
import { Page } from '../components/page';

export default function FollowScreen() {
  const { t } = useT();
  const { route } = useLocation();
  const [damaged, setDamaged] = useState(false);
  useEffect(() => {
    const handed = readHandOff(location.hash);
    if (!handed) return setDamaged(true);
    void followRequest(handed).then(() => route(`/requests?followed=${handed.id}`, true));
  }, []);
  return (
    <Page title={t('requests.title')}>
      {damaged ? (
        <p class="notice" role="alert">
          {t('handOff.damaged')}
        </p>
      ) : (
        <p>{t('common.loading')}</p>
      )}
    </Page>
  );
}
