// Whether a page of the app exists, as the server knows it: a route of the route table
// (src/shared/routes.ts), and for a need, service or rights card (or a service's request form,
// a need's printed set) one the directory as now published lists. A link to anything else
// answers 404 (with a page that offers a way back).
import { isNeedId } from '../shared/needs';
import { matchRoute, parseAddress } from '../shared/routes';
import type { Sql } from './database';
import { currentVersion } from './directory-store';

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

  /** True for a page the app shows (with or without a language in its address); removed services
   *  and rights cards (tombstones) are not. */
  return async function exists(address: string): Promise<boolean> {
    const path = parseAddress(address).path;
    if (path === '/index.html') return true;
    const match = matchRoute(path);
    if (!match) return false;
    const { kind } = match.route;
    const id = match.params.id ?? '';
    if (kind === 'need' || kind === 'need-print') return isNeedId(id);
    if (kind !== 'service' && kind !== 'service-ask' && kind !== 'rights') return true;
    const ids = await listedIds();
    // Before anything is published the server cannot tell: the app says what it knows.
    if (!ids) return true;
    return (kind === 'rights' ? ids.rights : ids.services).has(id);
  };
}
