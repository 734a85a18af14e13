// FIRST-LOAD BUNDLE: keep small. The needs as large buttons with pictograms.
import { NEED_IDS } from '../../shared/needs';
import { useT } from '../../i18n/use-t';
import { NeedIcon } from '../components/need-icon';
import { Page } from '../components/page';
import { useDeviceValue } from '../served-page';
import { Later } from '../take-over';
import { startNotice } from '../session/history-guard';

/** What the end of a session says on the home page it opens (nothing after a kiosk's idle reset). */
const NOTICES: Record<string, string> = { cleared: 'clear.done', kioskOff: 'kiosk.off' };

export default function Home() {
  const { t } = useT();
  const notice = NOTICES[useDeviceValue(() => startNotice() ?? '', '')];
  return (
    <Page title={t('home.title')}>
      {notice && (
        <p class="notice success" role="status">
          {t(notice)}
        </p>
      )}
      <p class="lead">{t('home.intro')}</p>
      {/* Taken over after the rest of the page (take-over.tsx): the first task stays short. */}
      <Later>
        <NeedButtons />
      </Later>
    </Page>
  );
}

function NeedButtons() {
  const { t } = useT();
  return (
    <ul class="needs">
      {NEED_IDS.map((need) => (
        <li key={need}>
          <a class="need-button" href={`/need/${need}`}>
            <NeedIcon need={need} />
            <span>{t(`needs.${need}`)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
