// The order of search results, where safety comes first. Two kinds of match are merged: the
// text (MiniSearch's score, scaled so the best text match is 1) and the needs the query speaks
// of (the share of those needs an item is in, 0 to 1), added up. The services that answer the
// kind of danger the words name come first (a partner: the gender-violence services; self-harm:
// the listening line; racism: hate-incident support). Then, for words about violence, abuse or
// danger, the violence specialists (in the order of the safety need, unless the words themselves
// point to one of them), and a service that is unsafe where there is violence (mediation) comes
// after everything else: never first.
// Ties keep the needs' own order (need_rank), then items mainly about the query's needs, then
// services before rights cards.
import type { SearchResult } from 'minisearch';
import type { NeedId } from '../shared/needs';
import type { QueryMeaning } from './search-vocabulary';

export interface Hit {
  kind: 'service' | 'rights';
  id: string;
  score: number;
  /** The needs of the query this item is listed for when its own text does not hold the words:
   *  the screen says so ("About: Violence and safety"), so the result does not look random. */
  about?: NeedId[];
}

interface Candidate {
  result: SearchResult;
  text: number;
  needs: NeedId[];
}

/** 0 answers a kind of danger the query names; then, for danger, 1 a violence specialist, 2
 *  anything else, 3 unsafe where there is violence (even if it claimed a kind). */
function tier(c: Candidate, meaning: QueryMeaning): number {
  if (meaning.danger && c.result.violence === 'unsafe_if_violence') return 3;
  const kinds = c.result.kinds as string[] | undefined;
  if (kinds && meaning.kinds?.some((k) => kinds.includes(k))) return 0;
  return meaning.danger && c.result.violence === 'specialist' ? 1 : 2;
}

/** Its place in the first of the query's needs that ranks it (unranked: after every ranked one). */
const needRank = (c: Candidate, needs: NeedId[]) => {
  const ranks = (c.result.rank ?? {}) as Partial<Record<NeedId, number>>;
  return ranks[needs.find((n) => ranks[n] !== undefined) ?? needs[0]!] ?? Infinity;
};

const hit = (result: SearchResult, score: number, about?: NeedId[]): Hit => {
  const id = String(result.id);
  return { kind: result.kind as Hit['kind'], id: id.slice(id.indexOf(':') + 1), score, ...(about ? { about } : {}) };
};

/** Text matches beyond these cannot reach the first results, even with a need's bonus in practice:
 *  ranking every match of a two-letter prefix in a large directory would slow down typing. */
const TEXT_CANDIDATES = 300;

export function rank(textResults: SearchResult[], needResults: SearchResult[], meaning: QueryMeaning, limit: number): Hit[] {
  // Words no vocabulary knows: MiniSearch's order, as it is.
  if (!meaning.needs.length && !meaning.danger) return textResults.slice(0, limit).map((r) => hit(r, r.score));
  // Words about danger count as words of the safety need for scoring: its specialists and the
  // texts about violence rise; but only the specialists are added (search-index.ts).
  const needs: NeedId[] = meaning.danger && !meaning.needs.includes('safety') ? [...meaning.needs, 'safety'] : meaning.needs;
  const best = Math.max(...textResults.map((r) => r.score), 0);
  const candidates = new Map<string, Candidate>();
  for (const result of textResults.slice(0, TEXT_CANDIDATES)) candidates.set(String(result.id), { result, text: result.score / best, needs: [] });
  for (const result of needResults) if (!candidates.has(String(result.id))) candidates.set(String(result.id), { result, text: 0, needs: [] });
  for (const c of candidates.values()) c.needs = needs.filter((n) => (c.result.needs as NeedId[]).includes(n));
  // The safety need's order decides among specialists; otherwise the query's needs' order.
  const orderNeeds: NeedId[] = meaning.danger ? ['safety', ...needs] : needs;
  const scored = [...candidates.values()].map((c) => ({
    c,
    tier: tier(c, meaning),
    score: c.text + (needs.length ? c.needs.length / needs.length : 0),
    order: needRank(c, orderNeeds),
    // An item whose first need is one the query speaks of is more about it ("refugee": the
    // asylum desk before the Spanish classes that also welcome refugees).
    primary: needs.includes((c.result.needs as NeedId[])[0]!) ? 0 : 1,
  }));
  scored.sort(
    (a, b) =>
      a.tier - b.tier ||
      b.score - a.score ||
      a.order - b.order ||
      a.primary - b.primary ||
      Number(a.c.result.kind === 'rights') - Number(b.c.result.kind === 'rights'),
  );
  return scored.slice(0, limit).map(({ c, score }) => hit(c.result, score, c.text === 0 && c.needs.length ? c.needs : undefined));
}
