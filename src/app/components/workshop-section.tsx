// Settings, "Workshops": where a trainer finds the sheet to print for a workshop.
import { useT } from '../../i18n/use-t';

export function WorkshopSection() {
  const { t } = useT();
  return (
    <section aria-labelledby="settings-workshop">
      <h2 id="settings-workshop">{t('workshop.settingsTitle')}</h2>
      <p>{t('workshop.settingsText')}</p>
      <p>
        <a class="button secondary" href="/workshop">
          {t('workshop.settingsLink')}
        </a>
      </p>
    </section>
  );
}
