// Privacy, in plain words (and easy ones in easy-read mode). Every sentence must stay true to the
// code: what the device keeps (src/data/db.ts, settings.ts), what a request sends and stores
// sealed (src/data/outbox.ts, src/server/requests-api.ts, contact-requests.ts), how long the
// server keeps the details (the retention job's days, published in the manifest's `device`
// settings), what the status token allows (src/server/request-status-api.ts), and what clearing
// removes (src/data/wipe.ts). Change them together.
import { getMeta } from '../../data/directory';
import { useT } from '../../i18n/use-t';
import { DEFAULT_RETENTION } from '../../shared/api';
import { Page } from '../components/page';
import { useServed } from '../served-page';
import { useDirectory } from '../use-live';

export default function PrivacyScreen() {
  const { t } = useT();
  // The server's own numbers, as last heard (or as the server's page says them); its defaults
  // before the device has heard from it. (undefined while loading: no default number flashes
  // before the server's.)
  const served = useServed('privacy');
  const fromServer = served && { retention_closed_days: served.retention.closed_days, retention_max_days: served.retention.max_days };
  const device = useDirectory<{ retention_closed_days?: number; retention_max_days?: number } | null>(async () => (await getMeta())?.device ?? null, [], fromServer);
  const closedDays = device?.retention_closed_days ?? DEFAULT_RETENTION.closed_days;
  const maxDays = device?.retention_max_days ?? DEFAULT_RETENTION.max_days;
  return (
    <Page title={t('privacy.title')}>
      <p class="lead">{t('privacy.intro')}</p>
      <section aria-labelledby="privacy-device">
        <h2 id="privacy-device">{t('privacy.deviceTitle')}</h2>
        {/* Paragraphs in the items: easy-read sentences keep their own lines (styles.css). */}
        <ul class="plain-list">
          <li>
            <p>{t('privacy.directory')}</p>
          </li>
          <li>
            <p>{t('privacy.saved')}</p>
          </li>
          <li>
            <p>{t('privacy.requests')}</p>
            <p>{t('privacyRetention.deviceFollow')}</p>
          </li>
          <li>
            <p>{t('privacy.choices')}</p>
          </li>
        </ul>
      </section>
      <section aria-labelledby="privacy-sent">
        <h2 id="privacy-sent">{t('privacy.sentTitle')}</h2>
        <p>{t('privacy.sent')}</p>
        <p>{t('privacyRetention.token')}</p>
        <p>{t('privacy.updates')}</p>
        <p>{t('privacy.nothingElse')}</p>
      </section>
      <section aria-labelledby="privacy-kept">
        <h2 id="privacy-kept">{t('privacy.keptTitle')}</h2>
        <p>{t('privacy.keptDevice', { requests: t('nav.requests') })}</p>
        <p>{t('privacyRetention.server')}</p>
        {device !== undefined && (
          <div data-testid="retention-days">
            <p>{t('privacyRetention.closed', { count: closedDays })}</p>
            <p>{t('privacyRetention.max', { count: maxDays })}</p>
          </div>
        )}
        <p>{t('privacyRetention.figures')}</p>
        <p>{t('privacyRetention.withdraw', { requests: t('nav.requests') })}</p>
      </section>
      <section aria-labelledby="privacy-clear">
        <h2 id="privacy-clear">{t('privacy.clearTitle')}</h2>
        <p>{t('privacy.clear', { clear: t('clear.link') })}</p>
        <p>
          <a class="text-link" href="/clear">{t('clear.link')}</a>
        </p>
        <p>{t('privacy.giveAway')}</p>
        <p>
          <a class="text-link" href="/settings">{t('settings.link')}</a>
        </p>
        <p>{t('privacy.kiosk', { done: t('kiosk.done') })}</p>
      </section>
    </Page>
  );
}
