// Offline search over services and rights, as the person types, shown by views/search-view.tsx.
// Loaded after first paint (MiniSearch, the stored index and the vocabulary are not needed by
// the home screen). Safe in a crisis: the vocabulary of every language (src/content/vocabulary)
// finds the help behind everyday words; for words about danger the emergency number shows above
// the results, which put the violence specialists first (src/data/search-rank.ts).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { vocabularies } from '../../content/vocabulary';
import { allRights, allServices } from '../../data/directory';
import { db } from '../../data/db';
import { readIndex, rebuildSearchIndex, searchDirectory, type SearchOutcome } from '../../data/search-index';
import { compileVocabulary, type Vocabulary } from '../../data/search-vocabulary';
import { useServed } from '../served-page';
import { useDirectory, useLive } from '../use-live';
import { useAboutSafety } from '../session/about-safety';
import { SearchView } from '../views/search-view';

let compiled: Vocabulary | undefined;
/** Compiled once, on the first search. */
const vocabulary = () => (compiled ??= compileVocabulary(vocabularies));
const NOTHING: SearchOutcome = { hits: [], meaning: { alternatives: [], needs: [], danger: false } };

export default function SearchScreen() {
  // The server's page of results (a link, or a search made without JavaScript) until the device
  // holds the directory and its index.
  const served = useServed('search');
  const initial = served?.query ?? new URLSearchParams(location.search).get('q') ?? '';
  const [query, setQuery] = useState(initial);
  const servedFound = served && (served.found as SearchOutcome);
  const [found, setFound] = useState<SearchOutcome>(servedFound ?? NOTHING);
  const stored = useLive(async () => (await db().searchIndex.get('directory')) ?? null, []);
  // undefined also for an index an older version of the app stored: it is rebuilt (below), and
  // the stored row then changes, which reads it again.
  const index = useMemo(() => (stored ? readIndex(stored.json) : undefined), [stored]);
  useEffect(() => {
    if (stored && !index) void rebuildSearchIndex(db());
  }, [stored, index]);
  const services = useDirectory(async () => new Map((await allServices()).map((s) => [s.id, s])), [stored?.version], served && new Map(served.services.map((s) => [s.id, s])));
  const rights = useDirectory(async () => new Map((await allRights()).map((r) => [r.id, r])), [stored?.version], served && new Map(served.rights.map((r) => [r.id, r])));

  const pending = useRef(0);
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
  useAboutSafety(found.meaning.danger);

  return <SearchView query={query} onQuery={setQuery} found={found} services={services} rights={rights} />;
}
