// The workshop sheet: one A4 page the trainer prints and pins up or hands out. Ponte's address
// as a large QR code, and "Works without internet" with one line on what Ponte is in each
// interface language, each block in its own language and direction, whatever the screen's.
import { useEffect, useState } from 'preact/hooks';
import { LANGUAGES, i18next, stringsOf } from '../../i18n/i18n';
import { languageName } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { Page } from '../components/page';
import { usePrintSheets } from '../components/print-card';
import { QrCode } from '../components/qr-code';

type Block = { lang: string; worksOffline: string; whatIsPonte: string };

/** Each language's two lines, read from its own strings. A language whose strings cannot be
 *  loaded now (offline, never downloaded) is left out rather than shown in another language. */
async function loadBlocks(): Promise<Block[]> {
  const loaded = await Promise.all(
    LANGUAGES.map(async (lang) => {
      const t = await stringsOf(lang, 'pages');
      return t && { lang, worksOffline: t('workshop.worksOffline'), whatIsPonte: t('workshop.whatIsPonte') };
    }),
  );
  return loaded.filter((b): b is Block => b !== undefined);
}

export default function WorkshopScreen() {
  const { t } = useT();
  usePrintSheets();
  const [blocks, setBlocks] = useState<Block[] | undefined>(undefined);
  useEffect(() => void loadBlocks().then(setBlocks), []);
  const address = `${location.origin}/`;
  return (
    <Page title={t('workshop.title')}>
      <p>{t('workshop.intro')}</p>
      <p class="actions">
        <button type="button" class="button" onClick={() => window.print()}>
          {t('share.print')}
        </button>
      </p>
      <section class="print-sheet workshop-sheet" aria-label={t('workshop.sheetLabel')}>
        <p class="workshop-name" lang="en" dir="ltr">
          Ponte
        </p>
        <QrCode text={address} label={t('workshop.qrLabel')} size={320} />
        <p class="workshop-address" dir="ltr">
          {address.replace(/^https?:\/\//, '').replace(/\/$/, '')}
        </p>
        {blocks === undefined ? (
          <p>{t('common.loading')}</p>
        ) : (
          <ul class="workshop-languages">
            {blocks.map((b) => (
              <li key={b.lang} lang={b.lang} dir={i18next.dir(b.lang)} data-testid="workshop-language">
                <p class="workshop-language-name">{languageName(b.lang, b.lang)}</p>
                <p class="workshop-offline">{b.worksOffline}</p>
                <p class="workshop-what">{b.whatIsPonte}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
