// A need's view: its services, in the need's own order (need_rank, then by name), and its
// rights cards. The safety need opens with the emergency number and the 24-hour lines
// (emergency-help.tsx). Pure: the device's screen and the server's render give it the data.
import type { RightsCard, Service } from '../../shared/directory';
import type { NeedId } from '../../shared/needs';
import { text } from '../../shared/localized';
import { compareIn } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { EmergencyHelp, urgentContacts } from '../components/emergency-help';
import { ItemList, RightsItem, ServiceItem } from '../components/item-lists';
import { FilteredCount, ServiceFilterControls, filterServices, spokenLanguages, useServiceFilters } from '../components/service-filters';
import { NeedIcon } from '../components/need-icon';
import { Page } from '../components/page';
import { Pictogram } from '../components/pictogram';
import { PrintSetLink } from '../components/print-set-link';
import { useNow } from '../use-live';

/** A need's services in its order: ranked ones first (1, 2, …), then the others by name. */
export function byNeedOrder(services: Service[], need: NeedId, lang: string): Service[] {
  const rank = (s: Service) => s.need_rank?.[need] ?? Infinity;
  const name = (s: Service) => String(text(s.texts, 'name', lang));
  // Infinity - Infinity is NaN, which is falsy: two unranked services go on to their names.
  const compare = compareIn(lang);
  return [...services].sort((a, b) => rank(a) - rank(b) || compare(name(a), name(b)));
}

/** `services` and `rights` are undefined while the device still reads them. */
export function NeedView({ need, services, rights }: { need: NeedId; services: Service[] | undefined; rights: RightsCard[] | undefined }) {
  const { t, lang } = useT();
  const ordered = services && byNeedOrder(services, need, lang);
  const [filters, setFilters] = useServiceFilters();
  const now = useNow();
  const shown = ordered && filterServices(ordered, filters, now);
  const byTitle = (cards: NonNullable<typeof rights>) =>
    [...cards].sort((a, b) => compareIn(lang)(String(text(a.texts, 'title', lang)), String(text(b.texts, 'title', lang))));
  return (
    <Page title={t(`needs.${need}`)} icon={<NeedIcon need={need} size={32} />}>
      {need === 'safety' && ordered && <EmergencyHelp contacts={urgentContacts(ordered)} />}
      <section aria-labelledby="need-services">
        <h2 id="need-services">
          <Pictogram name="services" keyIdea />
          {t('need.services')}
        </h2>
        {ordered === undefined ? (
          <p>{t('common.loading')}</p>
        ) : ordered.length === 0 ? (
          <p>{t('need.noServices')}</p>
        ) : (
          <>
            <ServiceFilterControls filters={filters} onChange={setFilters} languages={spokenLanguages(ordered, lang)} />
            <FilteredCount count={shown!.length} filters={filters} onChange={setFilters} />
            {shown!.length > 0 && <ItemList>{shown!.map((s) => <ServiceItem key={s.id} service={s} />)}</ItemList>}
          </>
        )}
      </section>
      {rights && rights.length > 0 && (
        <section aria-labelledby="need-rights">
          <h2 id="need-rights">
            <Pictogram name="rights" keyIdea />
            {t('need.rights')}
          </h2>
          <ItemList>{byTitle(rights).map((r) => <RightsItem key={r.id} card={r} />)}</ItemList>
        </section>
      )}
      <PrintSetLink need={need} />
    </Page>
  );
}
