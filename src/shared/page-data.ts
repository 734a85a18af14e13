// What a page the server renders is made of, beyond the interface's strings: read from the
// database by the server (src/server/pages/page-data.ts), and sent inside the page (as JSON) so
// that the app's first render on the device shows exactly the same (hydration) before the
// directory is on the device. Texts carry only the page language's chain.
import type { Organization, RightsCard, Service } from './directory';
import type { NeedId } from './needs';

/** The most characters of a search's words: the search box takes no more, the server reads no more. */
export const SEARCH_MAX_CHARS = 200;

/** A search's outcome (src/data/search-index.ts): results best first, and what the words mean. */
export interface SearchFound {
  hits: { kind: 'service' | 'rights'; id: string; score: number; about?: NeedId[] }[];
  meaning: { alternatives: string[][]; needs: NeedId[]; danger: boolean };
}

export type PageData =
  | { kind: 'home' }
  | { kind: 'need'; services: Service[]; rights: RightsCard[] }
  | { kind: 'service'; service: Service; organization: Organization | null; rights: RightsCard[] }
  | { kind: 'rights'; card: RightsCard; services: Service[] }
  /** `services`: the results' and, for words about danger, the safety need's (the emergency lines). */
  | { kind: 'search'; query: string; found: SearchFound; services: Service[]; rights: RightsCard[] }
  | { kind: 'about' }
  | { kind: 'privacy'; retention: { closed_days: number; max_days: number } }
  | { kind: 'not-found' };

/** A rendered page: which address (without language), in which language and reading, from which
 *  directory version, and its data. */
export interface ServedPage {
  /** The page's path, without language prefix or query (a search's words are in its data). */
  path: string;
  /** Whether its address has the language (`/es/…`): then its links have it too. */
  prefixed: boolean;
  lang: string;
  easy: boolean;
  version: number;
  data: PageData;
}

/** The id of the page's JSON block, a data block (type application/json): never run as script,
 *  so the site's Content-Security-Policy (no inline scripts) allows it. */
export const SERVED_PAGE_ID = 'ponte-page';
