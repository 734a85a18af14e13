// FIRST-LOAD BUNDLE: keep small. The status bar's room, held before its status is known (its code
// arrives after first paint, then it reads IndexedDB): its first words on a first visit, unseen,
// so the page does not move down when the status arrives (two lines on a phone).
import { useT } from '../../i18n/use-t';

export function StatusPlaceholder() {
  const { t } = useT();
  return (
    <p class="status-placeholder" aria-hidden="true">
      {t('status.downloading')}
    </p>
  );
}
