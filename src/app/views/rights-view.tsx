// A rights card's view: the right, who has it, how to claim it, what to bring, services that
// help. Pure: the device's screen and the server's render give it the data.
import type { RightsCard, Service } from '../../shared/directory';
import { useT } from '../../i18n/use-t';
import { FallbackNotice } from '../components/fallback-notice';
import { FavouriteButton } from '../components/favourite-button';
import { ItemList, ServiceItem } from '../components/item-lists';
import { Localized, otherLanguage, useContent } from '../components/localized';
import { Page } from '../components/page';
import { Pictogram } from '../components/pictogram';
import { RightsPrintCard } from '../components/print-card';
import { ShareActions } from '../components/share-actions';

/** `services` is undefined while the device still reads them. */
export function RightsView({ card, services }: { card: RightsCard; services: Service[] | undefined }) {
  const { t, lang } = useT();
  const content = useContent(card.texts, lang);
  const title = content('title');
  const bring = content('bring');
  return (
    <Page title={String(title?.value ?? '')} lang={title && title.lang !== lang ? title.lang : undefined}>
      <p class="subtitle">{t('rights.label')}</p>
      <FallbackNotice shownLang={content('summary')?.lang} />
      <Localized as="p" class="lead" text={content('summary')} uiLang={lang} />
      <p class="actions">
        <FavouriteButton kind="rights" id={card.id} />
      </p>
      <section aria-labelledby="rights-who">
        <h2 id="rights-who">
            <Pictogram name="who" keyIdea />
            {t('rights.who')}
          </h2>
        <Localized as="p" text={content('who')} uiLang={lang} />
      </section>
      <section aria-labelledby="rights-how">
        <h2 id="rights-how">
            <Pictogram name="how" keyIdea />
            {t('rights.how')}
          </h2>
        <Localized as="p" text={content('how')} uiLang={lang} />
      </section>
      {bring && (
        <section aria-labelledby="rights-bring">
          <h2 id="rights-bring">
            <Pictogram name="bring" keyIdea />
            {t('rights.bring')}
          </h2>
          <ul {...otherLanguage(bring.lang, lang)}>
            {bring.value.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      )}
      {services && services.length > 0 && (
        <section aria-labelledby="rights-services">
          <h2 id="rights-services">
            <Pictogram name="services" keyIdea />
            {t('rights.services')}
          </h2>
          <ItemList>{services.map((s) => <ServiceItem key={s.id} service={s} />)}</ItemList>
        </section>
      )}
      <ShareActions path={`/rights/${card.id}`} title={String(title?.value ?? '')} />
      <RightsPrintCard card={card} hidden />
    </Page>
  );
}
