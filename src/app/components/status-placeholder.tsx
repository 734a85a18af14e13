// FIRST-LOAD BUNDLE: keep small. The status bar's room, held from first paint (its code arrives
// after, then it reads IndexedDB) and under the status after: its first words on a first visit,
// unseen, so the page does not move down when the status arrives (two lines on a phone), nor up
// when a shorter one follows.
import { useT } from '../../i18n/use-t';

export function StatusPlaceholder() {
  const { t } = useT();
  return (
    <p class="status-placeholder" aria-hidden="true">
      {t('status.downloading')}
    </p>
  );
}
