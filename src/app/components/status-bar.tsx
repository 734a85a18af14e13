// Loaded just after first paint (see StatusSlot in app.tsx). Honest status: whether the app works offline, how fresh the
// directory is, and whether a new version is waiting. A live region, so changes are announced.
// "Ready to use without internet" says the app is ready, and only "You are offline" says the
// connection is gone: easy-read readers took "works without internet now" for "no internet".
// Also on every screen: asking once to keep Ponte's storage (once the directory is saved), a
// warning when the phone is nearly full, and the invitation to install.
import { useEffect } from 'preact/hooks';
import { getMeta } from '../../data/directory';
import { formatMoment } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useAppStatus } from '../app-status';
import { InstallInvitation } from '../device/install-invitation';
import { keepStorage, useStorageReport } from '../device/storage';
import { useFormHoldsTypedText } from '../device/typed-text';
import { useNewVersion } from '../sw-bridge';
import { useLive } from '../use-live';
import { StatusPlaceholder } from './status-placeholder';

export function StatusBar() {
  const { t, lang } = useT();
  const status = useAppStatus();
  const meta = useLive(getMeta, []);
  const directorySaved = Boolean(meta);
  useEffect(() => {
    if (directorySaved) void keepStorage();
  }, [directorySaved]);
  const storage = useStorageReport(directorySaved);
  // A restart would lose what the person typed: the offer waits until the form is sent or empty.
  const formBusy = useFormHoldsTypedText(status.updateWaiting);
  const update = !status.updateWaiting ? 'none' : formBusy ? 'held' : 'offered';

  const updated = meta && t('status.updated', { date: formatMoment(meta.published_at, lang) });
  // Nothing until the device's directory is read (a "Loading…" line shorter than what follows
  // would move the page up, then down): the live region is there, so its first words are heard.
  let message = '';
  if (meta === null) message = !status.online ? t('status.notOnDevice') : status.sync === 'failed' ? t('status.downloadFailed') : t('status.downloading');
  else if (meta && !status.online) message = `${t('status.offline')} ${updated}`;
  else if (meta && status.sync === 'failed') message = t('status.failed', { date: formatMoment(meta.published_at, lang) });
  else if (meta) message = `${status.worker === 'ready' ? t('status.ready') : ''} ${updated}`.trim();
  return (
    <>
      {/* The room held since first paint stays under the status: the page never moves up. */}
      <div class="status-line">
        <StatusPlaceholder />
        <p role="status" data-testid="status">
          {message}
        </p>
      </div>
      {/* Announced when it appears, without taking focus from what the person is doing. */}
      <div role="status" data-update={update}>
        {update === 'offered' && (
          <p>
            {t('status.updateAvailable')}{' '}
            <button type="button" class="button small" onClick={useNewVersion}>
              {t('status.reload')}
            </button>
          </p>
        )}
      </div>
      {storage?.nearlyFull && (
        <p class="storage-warning">
          {t('storage.nearlyFull')} <a href="/settings#storage">{t('storage.whatToDoLink')}</a>
        </p>
      )}
      <InstallInvitation />
    </>
  );
}
