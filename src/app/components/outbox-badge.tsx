// Loaded after first paint (it reads IndexedDB): how many requests wait to leave the device.
import { countWaiting } from '../../data/outbox';
import { useT } from '../../i18n/use-t';
import { useLive } from '../use-live';

export function OutboxBadge() {
  const { t } = useT();
  const count = useLive(countWaiting, []);
  if (!count) return null;
  return (
    <span class="badge" data-testid="outbox-badge">
      <span aria-hidden="true">{count}</span>
      <span class="visually-hidden">{t('requests.waitingCount', { count })}</span>
    </span>
  );
}
