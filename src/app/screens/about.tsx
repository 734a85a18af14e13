// "About Ponte": what it is, who runs it, that it is free, and where to read about privacy.
// In easy-read mode every sentence comes from easy.json (useT picks it).
import { useT } from '../../i18n/use-t';
import { Page } from '../components/page';

export default function AboutScreen() {
  const { t } = useT();
  return (
    <Page title={t('about.title')}>
      <p class="lead">{t('about.intro')}</p>
      <section aria-labelledby="about-who">
        <h2 id="about-who">{t('about.whoTitle')}</h2>
        <p>{t('about.who')}</p>
        <p>{t('about.demo')}</p>
      </section>
      <section aria-labelledby="about-free">
        <h2 id="about-free">{t('about.freeTitle')}</h2>
        <p>{t('about.free')}</p>
      </section>
      <section aria-labelledby="about-privacy">
        <h2 id="about-privacy">{t('about.privacyTitle')}</h2>
        <p>{t('about.privacy')}</p>
        <p>
          <a class="text-link" href="/privacy">{t('privacy.link')}</a>
        </p>
      </section>
    </Page>
  );
}
