// FIRST-LOAD BUNDLE: keep small. The needs as large buttons with pictograms.
import { NEED_IDS } from '../../shared/needs';
import { useT } from '../../i18n/use-t';
import { NeedIcon } from '../components/need-icon';
import { Page } from '../components/page';
import { startNotice } from '../session/history-guard';

export default function Home() {
  const { t } = useT();
  return (
    <Page title={t('home.title')}>
      {startNotice() === 'cleared' && (
        <p class="notice success" role="status">
          {t('clear.done')}
        </p>
      )}
      {startNotice() === 'kioskOff' && (
        <p class="notice success" role="status">
          {t('kiosk.off')}
        </p>
      )}
      <p class="lead">{t('home.intro')}</p>
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
    </Page>
  );
}
