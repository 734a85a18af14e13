// Opened from a library computer's hand-off QR code: adds that request (id, service, reference;
// nothing personal) to "My requests" on this phone, then shows the list. The address, with
// the request in it, is replaced at once by plain /requests (through the router, so the history
// guard marks the entry as the app's), so the history does not keep it; the list's "now in your
// list" is said once, from memory, never again on a reload.
import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { followRequest } from '../../data/outbox';
import { noteFollowed } from '../kiosk/followed-notice';
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
    void followRequest(handed).then(() => {
      noteFollowed();
      route('/requests', true);
    });
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
