// The offline search index: MiniSearch (BM25, prefix and fuzzy matching) over every language
// the device holds, with one folding rule (fold) for the index and the queries alike.
// It is stored in IndexedDB beside the data and updated in the same transaction by the sync.
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { Organization, RightsCard, Service } from '../shared/directory';
import { words } from '../shared/fold';

export interface IndexedDoc {
  id: string; // "service:<id>" or "rights:<id>"
  kind: 'service' | 'rights';
  title: string;
  body: string;
}

/** One typo allowed in words of four letters or more; none in shorter ones (too many matches). */
const fuzzy = (term: string) => (term.length >= 4 ? 1 : false);

const OPTIONS: Options<IndexedDoc> = {
  fields: ['title', 'body'],
  storeFields: ['kind'],
  tokenize: words,
  processTerm: (term) => term,
  searchOptions: { boost: { title: 3 }, prefix: true, fuzzy, combineWith: 'AND' },
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
      s.address.address_1,
    ]),
  };
}

export function rightsDoc(r: RightsCard): IndexedDoc {
  const texts = Object.values(r.texts);
  return {
    id: `rights:${r.id}`,
    kind: 'rights',
    title: all(texts.map((t) => t.title)),
    body: all(texts.flatMap((t) => [t.summary, t.who, t.how])),
  };
}

export const createIndex = () => new MiniSearch<IndexedDoc>(OPTIONS);
export const loadIndex = (json: string) => MiniSearch.loadJSON<IndexedDoc>(json, OPTIONS);

/** Replaces or removes documents in place. */
export function updateIndex(index: MiniSearch<IndexedDoc>, upserts: IndexedDoc[], removedIds: string[]): void {
  for (const id of removedIds) if (index.has(id)) index.discard(id);
  for (const doc of upserts) {
    if (index.has(doc.id)) index.replace(doc);
    else index.add(doc);
  }
}

export interface Hit {
  kind: 'service' | 'rights';
  id: string;
  score: number;
}

export function search(index: MiniSearch<IndexedDoc>, query: string, limit = 30): Hit[] {
  if (!words(query).length) return [];
  let results: SearchResult[] = index.search(query);
  // With several words, prefer items having all of them; fall back to any of them.
  if (results.length === 0) results = index.search(query, { combineWith: 'OR' });
  return results.slice(0, limit).map((r) => ({
    kind: r.kind,
    id: String(r.id).slice(String(r.id).indexOf(':') + 1),
    score: r.score,
  }));
}
