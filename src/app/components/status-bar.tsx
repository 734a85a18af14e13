// Loaded just after first paint (see StatusSlot in app.tsx). Honest status: whether the app works offline, how fresh the
// directory is, and whether a new version is waiting. A live region, so changes are announced.
import { getMeta } from '../../data/directory';
import { formatMoment } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useAppStatus } from '../app-status';
import { useNewVersion } from '../sw-bridge';
import { useLive } from '../use-live';

export function StatusBar() {
  const { t, lang } = useT();
  const status = useAppStatus();
  const meta = useLive(getMeta, []);
  const updated = meta && t('status.updated', { date: formatMoment(meta.published_at, lang) });
  let message: string;
  if (meta === undefined) message = t('common.loading');
  else if (meta === null) message = !status.online ? t('status.notOnDevice') : status.sync === 'failed' ? t('status.downloadFailed') : t('status.downloading');
  else if (!status.online) message = `${t('status.offline')} ${updated}`;
  else if (status.sync === 'failed') message = t('status.failed', { date: formatMoment(meta.published_at, lang) });
  else message = `${status.worker === 'ready' ? t('status.ready') : ''} ${updated}`.trim();
  return (
    <>
      <p role="status" data-testid="status">{message}</p>
      {status.updateWaiting && (
        <p>
          {t('status.updateAvailable')}{' '}
          <button type="button" class="button small" onClick={useNewVersion}>
            {t('status.reload')}
          </button>
        </p>
      )}
    </>
  );
}
