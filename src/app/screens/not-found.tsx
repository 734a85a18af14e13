import { useT } from '../../i18n/use-t';
import { Page } from '../components/page';

export default function NotFound() {
  const { t } = useT();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <p>
        <a class="button" href="/">
          {t('common.backHome')}
        </a>
      </p>
    </Page>
  );
}
