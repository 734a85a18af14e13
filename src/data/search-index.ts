// The offline search index: MiniSearch (BM25, prefix and fuzzy matching) over every language
// the device holds, with one normalisation (words(): fold, articles, plurals) for the index and
// the queries alike. It is stored in IndexedDB beside the data and updated in the same
// transaction by the sync. Each document also stores its needs, its rank in them, its stance on
// violence and the kinds of danger it answers, so that search can rank without reading the data
// (search-rank.ts).
import MiniSearch, { type Options, type Query, type SearchResult } from 'minisearch';
import type { PonteDatabase } from './db';
import type { Organization, RightsCard, Service } from '../shared/directory';
import { words } from '../shared/fold';
import type { NeedId } from '../shared/needs';
import { rank, type Hit } from './search-rank';
import { understand, type QueryMeaning, type Vocabulary } from './search-vocabulary';

export type { Hit } from './search-rank';

export interface IndexedDoc {
  id: string; // "service:<id>" or "rights:<id>"
  kind: 'service' | 'rights';
  title: string;
  body: string;
  needs: NeedId[];
  rank?: Service['need_rank'];
  violence?: Service['violence'];
  /** The kinds of danger the service answers (`danger_kinds`). */
  kinds?: Service['danger_kinds'];
}

/**
 * The stored index's format. Change it whenever words(), the fields or the stored fields change:
 * an index stored by an older version of the app is then rebuilt from the data on the device
 * instead of being read with rules it was not built with (which would silently miss words).
 * 1: fold only (no format mark). 2: articles, elision and plurals; needs, rank and violence stored.
 * 3: the kinds of danger a service answers stored too.
 */
export const INDEX_FORMAT = 3;

/** One typo allowed in words of four letters or more; none in shorter ones (too many matches). */
const fuzzy = (term: string) => (term.length >= 4 ? 1 : false);

const OPTIONS: Options<IndexedDoc> = {
  fields: ['title', 'body'],
  storeFields: ['kind', 'needs', 'rank', 'violence', 'kinds'],
  tokenize: words,
  processTerm: (term) => term,
  // Queries arrive as words already normalised by understand() (words() is not idempotent on
  // every Arabic word, so it must run once): split them, nothing more.
  searchOptions: { boost: { title: 3 }, prefix: true, fuzzy, combineWith: 'AND', tokenize: (q) => q.split(' ') },
};

const all = (values: (string | string[] | undefined)[]) => values.flat().filter(Boolean).join(' \n ');

export function serviceDoc(s: Service, organization?: Organization): IndexedDoc {
  const texts = Object.values(s.texts);
  const orgTexts = Object.values(organization?.texts ?? {});
  return {
    id: `service:${s.id}`,
    kind: 'service',
    title: all(texts.map((t) => t.name)),
    body: all([
      ...texts.flatMap((t) => [t.description, t.eligibility_description, t.application_process]),
      ...orgTexts.map((t) => t.name),
      s.address?.address_1 ?? '',
    ]),
    needs: s.needs,
    ...(s.need_rank ? { rank: s.need_rank } : {}),
    ...(s.violence ? { violence: s.violence } : {}),
    ...(s.danger_kinds?.length ? { kinds: s.danger_kinds } : {}),
  };
}

export function rightsDoc(r: RightsCard): IndexedDoc {
  const texts = Object.values(r.texts);
  return {
    id: `rights:${r.id}`,
    kind: 'rights',
    title: all(texts.map((t) => t.title)),
    body: all(texts.flatMap((t) => [t.summary, t.who, t.how])),
    needs: r.needs,
  };
}

export type SearchIndex = MiniSearch<IndexedDoc>;

export const createIndex = (): SearchIndex => new MiniSearch<IndexedDoc>(OPTIONS);

/** The index as stored: MiniSearch's JSON with the format it was built in. */
export const serializeIndex = (index: SearchIndex) => JSON.stringify({ format: INDEX_FORMAT, index });

/** The stored index, or undefined when it was built in another format (rebuild it). */
export function readIndex(json: string): SearchIndex | undefined {
  const stored = JSON.parse(json) as { format?: number; index?: unknown };
  return stored.format === INDEX_FORMAT ? MiniSearch.loadJS<IndexedDoc>(stored.index as never, OPTIONS) : undefined;
}

export function loadIndex(json: string): SearchIndex {
  const index = readIndex(json);
  if (!index) throw new Error('The stored search index is of an older format: rebuild it (rebuildSearchIndex).');
  return index;
}

/** Replaces or removes documents in place. */
export function updateIndex(index: SearchIndex, upserts: IndexedDoc[], removedIds: string[]): void {
  members.delete(index);
  for (const id of removedIds) if (index.has(id)) index.discard(id);
  for (const doc of upserts) {
    if (index.has(doc.id)) index.replace(doc);
    else index.add(doc);
  }
}

/** A whole index from the data. */
export function buildIndex(services: Service[], organizations: Organization[], rights: RightsCard[]): SearchIndex {
  const orgs = new Map(organizations.map((o) => [o.id, o]));
  const index = createIndex();
  index.addAll([...services.map((s) => serviceDoc(s, orgs.get(s.organization_id))), ...rights.map(rightsDoc)]);
  return index;
}

/**
 * Rebuilds the stored index from the data on the device, in one transaction, for an index an
 * older version of the app stored. Returns whether it did (false: nothing to rebuild).
 */
export async function rebuildSearchIndex(db: PonteDatabase): Promise<boolean> {
  return db.transaction('rw', [db.services, db.organizations, db.rights, db.meta, db.searchIndex], async () => {
    const [stored, meta] = await Promise.all([db.searchIndex.get('directory'), db.meta.get('directory')]);
    if (!meta || (stored && readIndex(stored.json))) return false;
    const index = buildIndex(await db.services.toArray(), await db.organizations.toArray(), await db.rights.toArray());
    await db.searchIndex.put({ key: 'directory', version: meta.version, json: serializeIndex(index) });
    return true;
  });
}

interface Members {
  count: number;
  byNeed: Map<NeedId, SearchResult[]>;
  specialists: SearchResult[];
  byKind: Map<string, SearchResult[]>;
}
/** Each index's documents by need, its violence specialists and the services answering each kind
 *  of danger: gathered once from the stored fields (one pass over every document), not at every
 *  keystroke. */
const members = new WeakMap<SearchIndex, Members>();
function membersOf(index: SearchIndex): Members {
  let found = members.get(index);
  if (found?.count === index.documentCount) return found;
  found = { count: index.documentCount, byNeed: new Map(), specialists: [], byKind: new Map() };
  for (const doc of index.search(MiniSearch.wildcard)) {
    for (const need of doc.needs as NeedId[]) found.byNeed.get(need)?.push(doc) ?? found.byNeed.set(need, [doc]);
    if (doc.violence === 'specialist') found.specialists.push(doc);
    for (const kind of (doc.kinds as string[] | undefined) ?? []) found.byKind.get(kind)?.push(doc) ?? found.byKind.set(kind, [doc]);
  }
  members.set(index, found);
  return found;
}

export interface SearchOptions {
  /** The words people use (src/content/vocabulary): needs, danger, synonyms, stop words. */
  vocabulary?: Vocabulary;
  limit?: number;
}

export interface SearchOutcome {
  hits: Hit[];
  /** What the query means: its needs, and whether it speaks of danger (the screen then shows
   *  the emergency number above the results). */
  meaning: QueryMeaning;
}

/**
 * Whether a word (as words() gives it) is one of the index's terms: a word of the directory's
 * texts, in any language. MiniSearch keeps its terms in a radix tree (`_index`, a protected
 * field: it has no public look-up), so this costs a few steps per letter, nothing per document.
 * tests/unit/search-crisis.test.ts checks it still answers after a MiniSearch upgrade.
 */
export function isIndexTerm(index: SearchIndex, word: string): boolean {
  return (index as unknown as { _index?: { has(term: string): boolean } })._index?.has(word) ?? false;
}

/** The results of a query, best first. */
export const search = (index: SearchIndex, query: string, options?: SearchOptions): Hit[] => searchDirectory(index, query, options).hits;

/** Searches services and rights cards; with a vocabulary, ranks for safety (see search-rank.ts). */
export function searchDirectory(index: SearchIndex, query: string, { vocabulary, limit = 30 }: SearchOptions = {}): SearchOutcome {
  const meaning = understand(query, vocabulary, (word) => isIndexTerm(index, word));
  if (!meaning.alternatives.length) return { hits: [], meaning };
  const tree = (combineWith: 'AND' | 'OR'): Query => ({
    combineWith,
    queries: meaning.alternatives.map((alts) => ({ combineWith: 'OR', queries: alts })),
  });
  // With several words, prefer items having all of them (or a synonym); fall back to any of them.
  let text = index.search(tree('AND'));
  if (text.length === 0 && meaning.alternatives.length > 1) text = index.search(tree('OR'));
  // Everything the query's needs hold, whether or not its text has the words ("refugee"); for
  // words about danger, every violence specialist; and the services answering the kinds of
  // danger the words name ("quiero morir": the listening line).
  const inNeeds: SearchResult[] = [];
  if (meaning.needs.length || meaning.danger) {
    const { byNeed, specialists, byKind } = membersOf(index);
    inNeeds.push(...meaning.needs.flatMap((n) => byNeed.get(n) ?? []), ...(meaning.danger ? specialists : []));
    for (const kind of meaning.kinds ?? []) inNeeds.push(...(byKind.get(kind) ?? []));
  }
  return { hits: rank(text, inNeeds, meaning, limit), meaning };
}
