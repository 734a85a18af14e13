// Search's view: the search box, the emergency number for words about danger (above anything a
// person could set), the filters and the results with why each is listed. Pure: the device's
// screen (screens/search.tsx) searches as the person types; the server's render gives the
// results of a search made without JavaScript, or of a link.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { RightsCard, Service } from '../../shared/directory';
import type { NeedId } from '../../shared/needs';
import { SEARCH_MAX_CHARS, type SearchFound } from '../../shared/page-data';
import { formatList } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { EmergencyLine, urgentContacts } from '../components/emergency-help';
import { ItemList, RightsItem, ServiceItem } from '../components/item-lists';
import { NO_FILTERS, ServiceFilterControls, anyFilter, filterServices, spokenLanguages, useServiceFilters } from '../components/service-filters';
import { Page } from '../components/page';
import { localAddress } from '../page-address';
import { useNow } from '../use-live';

export interface SearchViewProps {
  query: string;
  onQuery(query: string): void;
  found: SearchFound;
  /** The directory by id, for the results; undefined while the device still reads it. */
  services: Map<string, Service> | undefined;
  rights: Map<string, RightsCard> | undefined;
}

export function SearchView({ query, onQuery, found: { hits, meaning }, services, rights }: SearchViewProps) {
  const { t, lang } = useT();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  const urgent = useMemo(() => services && urgentContacts(services.values()), [services]);

  // Filters keep the services that pass (rights cards are neither open nor free: they go).
  const [filters, setFilters] = useServiceFilters();
  const filtering = anyFilter(filters);
  const now = useNow();
  const languages = useMemo(() => (services ? spokenLanguages(services.values(), lang) : []), [services, lang]);
  const passing = useMemo(
    () => (filtering && services ? new Set(filterServices([...services.values()], filters, now).map((s) => s.id)) : undefined),
    [services, filters, filtering, now],
  );
  const shown = passing ? hits.filter((hit) => hit.kind === 'service' && passing.has(hit.id)) : hits;

  const trimmed = query.trim();
  const count = !hits.length
    ? t('search.none', { query: trimmed })
    : !filtering
      ? t('search.results', { count: hits.length })
      : shown.length
        ? t('need.count', { count: shown.length })
        : t('filters.none');
  // Why a result without the words is listed: "Topic: Violence and safety".
  const about = (needs: NeedId[] | undefined) =>
    needs && <span class="hint">{t('search.about', { needs: formatList(needs.map((n) => t(`needs.${n}`)), lang) })}</span>;
  return (
    <Page title={t('search.title')} focusHeading={false}>
      {/* Without JavaScript the form asks the server, posted so that the words stay out of the
          address and the history; with it, results come as one types. */}
      <form role="search" action={localAddress('/search')} method="post" onSubmit={(e) => e.preventDefault()}>
        <label for="search-input" class="field-label">
          {t('search.label')}
        </label>
        <input
          id="search-input"
          name="q"
          ref={field}
          type="search"
          class="search-input"
          value={query}
          maxLength={SEARCH_MAX_CHARS}
          autoComplete="off"
          spellcheck={false}
          aria-describedby="search-hint"
          onInput={(e) => onQuery(e.currentTarget.value)}
        />
        <p id="search-hint" class="hint">
          {t('search.hint')}
        </p>
      </form>
      {/* Help in danger comes before anything a person could set. */}
      {trimmed && meaning.danger && urgent ? <EmergencyLine contacts={urgent} /> : null}
      {trimmed ? <ServiceFilterControls filters={filters} onChange={setFilters} languages={languages} /> : null}
      <div aria-live="polite" class="search-count">
        {trimmed ? count : null}
      </div>
      {trimmed && hits.length > 0 && shown.length === 0 ? (
        <p class="actions">
          <button type="button" class="button secondary" onClick={() => setFilters(NO_FILTERS)}>
            {t('filters.clear')}
          </button>
        </p>
      ) : null}
      {shown.length > 0 && services && rights && (
        <ItemList label={count}>
          {shown.map((hit) => {
            const service = hit.kind === 'service' ? services.get(hit.id) : undefined;
            const card = hit.kind === 'rights' ? rights.get(hit.id) : undefined;
            if (service) return <ServiceItem key={`s${hit.id}`} service={service} extra={about(hit.about)} />;
            if (card) return <RightsItem key={`r${hit.id}`} card={card} extra={about(hit.about)} />;
            return null;
          })}
        </ItemList>
      )}
    </Page>
  );
}
