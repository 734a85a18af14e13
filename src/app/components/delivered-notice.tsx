// "Your request to … was delivered. Reference 7MV-N62", wherever the person is when a request
// leaves by itself (offline earlier, the connection came back). A polite live region, in the
// page before any message is put in it, so screen readers announce it; it never takes focus.
// On "My requests" the list itself says so, so nothing shows there.
import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { text } from '../../shared/localized';
import { useT } from '../../i18n/use-t';
import { dismissDelivered, subscribeToDelivered, type DeliveredNotice as Notice } from '../outbox-start';

export function DeliveredNotice() {
  const { t, lang } = useT();
  const { path } = useLocation();
  const [notices, setNotices] = useState<Notice[]>([]);
  useEffect(() => subscribeToDelivered(setNotices), []);
  const onRequests = path === '/requests';
  useEffect(() => {
    if (onRequests && notices.length) dismissDelivered();
  }, [onRequests, notices]);
  const shown = onRequests ? [] : notices;
  return (
    <div class={`delivered-notice${shown.length ? ' has-notices' : ''}`}>
      <div class={`delivered-notice-box${shown.length ? '' : ' is-empty'}`}>
        <div class="delivered-messages" role="status" aria-live="polite" data-testid="delivered-notice">
          {shown.map((notice) => {
            const name = notice.service ? String(text(notice.service.texts, 'name', lang)) : notice.service_id;
            return (
              <p key={notice.id}>
                {t(notice.practice ? 'delivered.practice' : 'delivered.real', { service: name, reference: notice.reference })}{' '}
                <a class="text-link" href="/requests">{t('delivered.see')}</a>
              </p>
            );
          })}
        </div>
        {shown.length > 0 && (
          <button type="button" class="button small secondary" onClick={dismissDelivered}>
            {t('delivered.close')}
          </button>
        )}
      </div>
    </div>
  );
}
