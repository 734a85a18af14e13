// "This phone" (settings): what a trainer or the owner of a donated phone sets up once. Each
// section is its own component, owned by the feature it belongs to.
import { useT } from '../../i18n/use-t';
import { AboutSection } from '../components/about-section';
import { Page } from '../components/page';
import { GiveAwaySection } from '../device/give-away';
import { InstallSection } from '../device/install-section';
import { StorageSection } from '../device/storage-section';
import { TourSettings } from '../tour/tour-settings';
import { PracticeSettings } from '../practice/practice-settings';
import { WorkshopSection } from '../components/workshop-section';

export default function SettingsScreen() {
  const { t } = useT();
  return (
    <Page title={t('settings.title')}>
      <InstallSection />
      <StorageSection />
      <TourSettings />
      <PracticeSettings />
      <WorkshopSection />
      <GiveAwaySection />
      <section aria-labelledby="settings-clear">
        <h2 id="settings-clear">{t('clear.title')}</h2>
        <p>
          <a href="/clear">{t('clear.link')}</a>
        </p>
      </section>
      <AboutSection />
    </Page>
  );
}
