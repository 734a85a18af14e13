// Settings, "Space on this phone": why Ponte asks to keep its information, whether the browser
// keeps it, how much space Ponte uses, and what to do when the phone is nearly full.
import { getMeta } from '../../data/directory';
import { formatSize } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useLive } from '../use-live';
import { useStorageReport } from './storage';

export function StorageSection() {
  const { t, lang } = useT();
  // Read again when the directory on the phone changes (its first download, an update).
  const meta = useLive(getMeta, []);
  const report = useStorageReport(meta?.published_at);
  return (
    <section id="storage" aria-labelledby="settings-storage">
      <h2 id="settings-storage">{t('storage.title')}</h2>
      <p>{t('storage.why')}</p>
      {report && (
        <>
          {report.persisted !== undefined && <p data-testid="storage-kept">{t(report.persisted ? 'storage.kept' : 'storage.notKept')}</p>}
          <p data-testid="storage-used">{report.usage !== undefined ? t('storage.used', { size: formatSize(report.usage, lang) }) : t('storage.unknown')}</p>
          {report.nearlyFull && (
            <div class="notice">
              <p>{t('storage.nearlyFull')}</p>
              <p>{t('storage.whatToDo')}</p>
            </div>
          )}
        </>
      )}
    </section>
  );
}
