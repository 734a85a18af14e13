// A need: its services and its rights cards.
import { useRoute } from 'preact-iso';
import { rightsForNeed, servicesForNeed } from '../../data/directory';
import { isNeedId, type NeedId } from '../../shared/needs';
import { text } from '../../shared/localized';
import { useT } from '../../i18n/use-t';
import { ItemList, RightsItem, ServiceItem } from '../components/item-lists';
import { NeedIcon } from '../components/need-icon';
import { Page } from '../components/page';
import { Pictogram } from '../components/pictogram';
import { useLive } from '../use-live';
import NotFound from './not-found';

export default function Need() {
  const { params } = useRoute();
  if (!isNeedId(params.id)) return <NotFound />;
  return <NeedPage need={params.id} />;
}

function NeedPage({ need }: { need: NeedId }) {
  const { t, lang } = useT();
  const services = useLive(() => servicesForNeed(need), [need]);
  const rights = useLive(() => rightsForNeed(need), [need]);
  const byName = <T extends { texts: Record<string, { name?: string; title?: string }> }>(items: T[], field: 'name' | 'title') =>
    [...items].sort((a, b) => String(text(a.texts, field, lang)).localeCompare(String(text(b.texts, field, lang)), lang));
  return (
    <Page title={t(`needs.${need}`)} icon={<NeedIcon need={need} size={32} />}>
      <section aria-labelledby="need-services">
        <h2 id="need-services">
          <Pictogram name="services" keyIdea />
          {t('need.services')} {services && <span class="count">({t('need.count', { count: services.length })})</span>}
        </h2>
        {services === undefined ? (
          <p>{t('common.loading')}</p>
        ) : services.length === 0 ? (
          <p>{t('need.noServices')}</p>
        ) : (
          <ItemList>{byName(services, 'name').map((s) => <ServiceItem key={s.id} service={s} />)}</ItemList>
        )}
      </section>
      {rights && rights.length > 0 && (
        <section aria-labelledby="need-rights">
          <h2 id="need-rights">
            <Pictogram name="rights" keyIdea />
            {t('need.rights')}
          </h2>
          <ItemList>{byName(rights, 'title').map((r) => <RightsItem key={r.id} card={r} />)}</ItemList>
        </section>
      )}
    </Page>
  );
}
