// A page asked for before the directory is on the device (a deep link on a first visit). While
// the directory downloads, the page says so and how far it has got; "connect to the internet
// once" only when the device is offline or the download failed (it is tried again by itself
// when the connection returns, see directory-sync-triggers.ts).
import { formatKilobytes } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import type { SyncProgress } from '../../sync/directory-sync';
import { useAppStatus } from '../app-status';
import { Page } from './page';

export function DirectoryDownload() {
  const { t } = useT();
  const status = useAppStatus();
  if (!status.online) return <Waiting title={t('download.offlineTitle')} text={t('download.offlineText')} />;
  if (status.sync === 'failed') return <Waiting title={t('download.failedTitle')} text={t('download.failedText')} retry />;
  // Otherwise a download is running or about to (the first sync starts just after first paint).
  return <DownloadProgress progress={status.download ?? { stage: 'checking' }} />;
}

/** Offline, or the download failed: what happens next, and no way to a screen that would be
 *  empty too (search finds nothing while there is no directory). */
function Waiting({ title, text, retry = false }: { title: string; text: string; retry?: boolean }) {
  const { t } = useT();
  const tryAgain = () => void import('../directory-sync-start').then((sync) => sync.syncAgain());
  return (
    <Page title={title}>
      <p>{text}</p>
      <p class="actions">
        {retry && (
          <button type="button" class="button" onClick={tryAgain}>
            {t('download.tryAgain')}
          </button>
        )}
        <a class="button secondary" href="/">
          {t('common.backHome')}
        </a>
      </p>
    </Page>
  );
}

export function DownloadProgress({ progress }: { progress: SyncProgress }) {
  const { t, lang } = useT();
  const step = { checking: t('download.checking'), downloading: t('download.downloading'), saving: t('download.saving') }[progress.stage];
  let amount = '';
  let percent: number | undefined;
  if (progress.stage === 'downloading') {
    const received = formatKilobytes(progress.received, lang);
    if (progress.total) amount = t('download.receivedOf', { received, total: formatKilobytes(progress.total, lang) });
    else if (progress.received > 0) amount = t('download.received', { received });
    if (progress.total) percent = Math.min(100, Math.round((progress.received / progress.total) * 100));
  }
  return (
    <Page title={t('download.title')}>
      {/* Only the step is a live region: the amount changes with every piece that arrives. */}
      <p role="status" data-testid="download-step">
        {step}
      </p>
      {/* Without a value a progress bar is indeterminate: a different element, not a value removed. */}
      {percent === undefined ? (
        <progress key="indeterminate" class="download-progress" aria-label={t('download.label')} aria-valuetext={amount || step} />
      ) : (
        <progress key="determinate" class="download-progress" aria-label={t('download.label')} aria-valuetext={amount} value={percent} max={100} />
      )}
      {amount && <p class="download-amount">{amount}</p>}
    </Page>
  );
}
