// On a need's page: the link to print all its cards, for outreach workers. Not on a public
// computer (kiosk), where a whole set on the library's printer is not what a visitor came for.
import type { NeedId } from '../../shared/needs';
import { useT } from '../../i18n/use-t';
import { isKiosk } from '../kiosk/kiosk-mode';

export function PrintSetLink({ need }: { need: NeedId }) {
  const { t } = useT();
  if (isKiosk()) return null;
  return (
    <p class="actions print-set-link">
      <a class="button secondary" href={`/need/${need}/print`}>
        {t('print.setLink')}
      </a>
    </p>
  );
}
