// The settings' "About Ponte" section: where to read what Ponte is and what it does with your
// information (also linked from every page's footer).
import { useT } from '../../i18n/use-t';

export function AboutSection() {
  const { t } = useT();
  return (
    <section aria-labelledby="settings-about">
      <h2 id="settings-about">{t('about.title')}</h2>
      <p>
        <a class="text-link" href="/about">{t('about.link')}</a>
      </p>
      <p>
        <a class="text-link" href="/privacy">{t('privacy.link')}</a>
      </p>
    </section>
  );
}
