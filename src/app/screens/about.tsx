// Placeholder: being written.
import { useT } from '../../i18n/use-t';
import { Page } from '../components/page';

export default function AboutScreen() {
  const { t } = useT();
  return <Page title={t('settings.title')}>{null}</Page>;
}
