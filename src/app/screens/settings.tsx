// "This phone" (settings): what a trainer or the owner of a donated phone sets up once. Each
// section is its own component, owned by the feature it belongs to.
import { useT } from '../../i18n/use-t';
import { Page } from '../components/page';

export default function SettingsScreen() {
  const { t } = useT();
  return (
    <Page title={t('settings.title')}>
      {/* section: install */}
      {/* section: storage */}
      {/* section: tour */}
      {/* section: practice */}
      {/* section: workshop */}
      {/* section: give away */}
      <section aria-labelledby="settings-clear">
        <h2 id="settings-clear">{t('clear.title')}</h2>
        <p>
          <a href="/clear">{t('clear.link')}</a>
        </p>
      </section>
    </Page>
  );
}
