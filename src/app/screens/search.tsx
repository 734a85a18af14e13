// Offline search over services and rights, as the person types. Loaded after first paint
// (MiniSearch, the stored index and the vocabulary are not needed by the home screen).
// Safe in a crisis: the vocabulary of every language (src/content/vocabulary) finds the help
// behind everyday words; for words about danger the emergency number shows above the results,
// which put the violence specialists first (src/data/search-rank.ts).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { vocabularies } from '../../content/vocabulary';
import { allRights, allServices } from '../../data/directory';
import { db } from '../../data/db';
import { readIndex, rebuildSearchIndex, searchDirectory, type SearchOutcome } from '../../data/search-index';
import { compileVocabulary, type Vocabulary } from '../../data/search-vocabulary';
import type { NeedId } from '../../shared/needs';
import { formatList } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { EmergencyLine, urgentContacts } from '../components/emergency-help';
import { ItemList, RightsItem, ServiceItem } from '../components/item-lists';
import { NO_FILTERS, ServiceFilterControls, anyFilter, filterServices, spokenLanguages, useServiceFilters } from '../components/service-filters';
import { Page } from '../components/page';
import { localAddress } from '../page-address';
import { useServed } from '../served-page';
import { useDirectory, useLive, useNow } from '../use-live';
import { useAboutSafety } from '../session/about-safety';

let compiled: Vocabulary | undefined;
/** Compiled once, on the first search. */
const vocabulary = () => (compiled ??= compileVocabulary(vocabularies));
const NOTHING: SearchOutcome = { hits: [], meaning: { alternatives: [], needs: [], danger: false } };

export default function SearchScreen() {
  const { t, lang } = useT();
  // The server's page of results (a link, or a search made without JavaScript) until the device
  // holds the directory and its index.
  const served = useServed('search');
  const initial = served?.query ?? new URLSearchParams(location.search).get('q') ?? '';
  const [query, setQuery] = useState(initial);
  const servedFound = served && (served.found as SearchOutcome);
  const [{ hits, meaning }, setFound] = useState<SearchOutcome>(servedFound ?? NOTHING);
  const stored = useLive(async () => (await db().searchIndex.get('directory')) ?? null, []);
  // undefined also for an index an older version of the app stored: it is rebuilt (below), and
  // the stored row then changes, which reads it again.
  const index = useMemo(() => (stored ? readIndex(stored.json) : undefined), [stored]);
  useEffect(() => {
    if (stored && !index) void rebuildSearchIndex(db());
  }, [stored, index]);
  const services = useDirectory(async () => new Map((await allServices()).map((s) => [s.id, s])), [stored?.version], served && new Map(served.services.map((s) => [s.id, s])));
  const rights = useDirectory(async () => new Map((await allRights()).map((r) => [r.id, r])), [stored?.version], served && new Map(served.rights.map((r) => [r.id, r])));
  const urgent = useMemo(() => services && urgentContacts(services.values()), [services]);
  const pending = useRef(0);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);

  useEffect(() => {
    // Search after the keystroke has painted, and only for the latest keystroke: typing stays smooth.
    cancelAnimationFrame(pending.current);
    const withoutIndex = servedFound && query === served.query ? servedFound : NOTHING;
    pending.current = requestAnimationFrame(() => setFound(index ? searchDirectory(index, query, { vocabulary: vocabulary() }) : withoutIndex));
  }, [query, index]);
  // Search words never go into the address (a link may bring some: they are read, then taken
  // out): the browser's history would keep them for whoever uses the device next, and whether
  // words are about danger cannot be told reliably.
  useEffect(() => {
    if (location.search) history.replaceState(history.state, '', location.pathname);
  }, []);
  // Results for danger words get "Leave this page", like the safety need's own pages.
  useAboutSafety(meaning.danger);

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
  // Why a result without the words is listed: "About: Violence and safety".
  const about = (needs: NeedId[] | undefined) =>
    needs && <span class="hint">{t('search.about', { needs: formatList(needs.map((n) => t(`needs.${n}`)), lang) })}</span>;
  return (
    <Page title={t('search.title')} focusHeading={false}>
      {/* Without JavaScript the form asks the server (GET /search?q=…); with it, results come as one types. */}
      <form role="search" action={localAddress('/search')} method="get" onSubmit={(e) => e.preventDefault()}>
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
          autoComplete="off"
          spellcheck={false}
          aria-describedby="search-hint"
          onInput={(e) => setQuery(e.currentTarget.value)}
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
