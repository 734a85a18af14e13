// Shown for a deep link (a printed QR code, a saved link) to something no longer listed.
import { useT } from '../../i18n/use-t';
import { Page } from './page';

export function Gone({ title, text }: { title: string; text: string }) {
  const { t } = useT();
  return (
    <Page title={title}>
      {text && <p>{text}</p>}
      <p class="actions">
        <a class="button" href="/search">{t('nav.search')}</a>
        <a class="button secondary" href="/">{t('common.backHome')}</a>
      </p>
    </Page>
  );
}
