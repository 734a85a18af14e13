// The settings' "Guided tour" section: takes the tour again, on the home page (a trainer shows
// it to a group; a person who skipped it changes their mind).
import { useLocation } from 'preact-iso';
import { useT } from '../../i18n/use-t';
import { startTour } from './tour-slot';

export function TourSettings() {
  const { t } = useT();
  const { route } = useLocation();
  return (
    <section aria-labelledby="settings-tour">
      <h2 id="settings-tour">{t('tour.settingsTitle')}</h2>
      <p>{t('tour.settingsText')}</p>
      <p>
        <button
          type="button"
          class="button"
          onClick={() => {
            startTour();
            route('/');
          }}
        >
          {t('tour.start')}
        </button>
      </p>
    </section>
  );
}
