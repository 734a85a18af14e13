// Offline search over services and rights, as the person types. Loaded after first paint
// (MiniSearch and the stored index are not needed by the home screen).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { allRights, allServices } from '../../data/directory';
import { db } from '../../data/db';
import { loadIndex, search, type Hit } from '../../data/search-index';
import { useT } from '../../i18n/use-t';
import { ItemList, RightsItem, ServiceItem } from '../components/item-lists';
import { Page } from '../components/page';
import { useLive } from '../use-live';

export default function SearchScreen() {
  const { t } = useT();
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  const [query, setQuery] = useState(initial);
  const [hits, setHits] = useState<Hit[]>([]);
  const stored = useLive(async () => (await db().searchIndex.get('directory')) ?? null, []);
  const index = useMemo(() => (stored ? loadIndex(stored.json) : undefined), [stored?.version]);
  const services = useLive(async () => new Map((await allServices()).map((s) => [s.id, s])), [stored?.version]);
  const rights = useLive(async () => new Map((await allRights()).map((r) => [r.id, r])), [stored?.version]);
  const pending = useRef(0);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);

  useEffect(() => {
    // Search after the keystroke has painted, and only for the latest keystroke: typing stays smooth.
    cancelAnimationFrame(pending.current);
    pending.current = requestAnimationFrame(() => setHits(index ? search(index, query) : []));
    history.replaceState(history.state, '', query ? `/search?q=${encodeURIComponent(query)}` : '/search');
  }, [query, index]);

  const trimmed = query.trim();
  return (
    <Page title={t('search.title')} focusHeading={false}>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="search-input" class="field-label">
          {t('search.label')}
        </label>
        <input
          id="search-input"
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
      <div aria-live="polite" class="search-count">
        {trimmed && (hits.length ? t('search.results', { count: hits.length }) : t('search.none', { query: trimmed }))}
      </div>
      {hits.length > 0 && services && rights && (
        <ItemList label={t('search.results', { count: hits.length })}>
          {hits.map((hit) => {
            const service = hit.kind === 'service' ? services.get(hit.id) : undefined;
            const card = hit.kind === 'rights' ? rights.get(hit.id) : undefined;
            if (service) return <ServiceItem key={`s${hit.id}`} service={service} />;
            if (card) return <RightsItem key={`r${hit.id}`} card={card} />;
            return null;
          })}
        </ItemList>
      )}
    </Page>
  );
}
