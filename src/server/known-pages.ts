// Whether a page of the app exists, as the server knows it: the fixed screens, the needs, and
// the services and rights cards of the directory as now published. A link to anything else
// answers 404 (with the app shell, which offers a way back).
import { NEED_IDS } from '../shared/needs';
import type { Sql } from './database';
import { currentVersion } from './directory-store';

const SCREENS = /^\/(|search|near|favourites|requests|follow|clear|settings|about|privacy|workshop|index\.html)$/;
/** An item's page, or one of its own: asking a service to contact you, printing a need's cards. */
const ITEM_PAGE = /^\/(need|service|rights)\/([^/]+)(?:\/(ask|print))?$/;
const NEEDS = new Set<string>(NEED_IDS);

/** The staff pages' routes (src/staff/app.tsx): the page itself answers every /staff address. */
const STAFF_PAGES = /^\/staff(?:\/(?:sign-in|invitation|team|audit|figures|reports|requests\/[^/]+))?\/?$/;
export const isStaffPage = (path: string) => STAFF_PAGES.test(path);

export function knownPages(sql: Sql) {
  // The ids of one published version: one small query per version, not per page.
  let listed: { version: number; services: Set<string>; rights: Set<string> } | undefined;

  async function listedIds() {
    const current = await currentVersion(sql);
    if (!current) return undefined;
    if (listed?.version !== current.version) {
      const rows = await sql.query<{ collection: string; id: string }>(
        "SELECT collection, id FROM directory_item WHERE collection IN ('services', 'rights') AND doc IS NOT NULL",
      );
      const ids = (collection: string) => new Set(rows.filter((r) => r.collection === collection).map((r) => r.id));
      listed = { version: current.version, services: ids('services'), rights: ids('rights') };
    }
    return listed;
  }

  /** True for a page the app shows; removed services and rights cards (tombstones) are not. */
  return async function exists(path: string): Promise<boolean> {
    if (SCREENS.test(path)) return true;
    const item = ITEM_PAGE.exec(path);
    if (!item) return false;
    const [, kind, id, sub] = item;
    if (kind === 'need') return (!sub || sub === 'print') && NEEDS.has(id);
    if (sub && !(kind === 'service' && sub === 'ask')) return false;
    const ids = await listedIds();
    // Before anything is published the server cannot tell: the app says what it knows.
    if (!ids) return true;
    return (kind === 'service' ? ids.services : ids.rights).has(id);
  };
}
