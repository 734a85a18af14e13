// When each service last changed, for HSDS's `last_modified` (a tool syncs with modified_after).
// A published item keeps the version that last changed it (directory_item.version, see
// directory-store.ts); that version's publication is the date. HSDS counts "any related information
// about the service" too: what a service nests from elsewhere is its organization (taxonomy terms
// are Ponte's fixed needs), so a renamed organization makes its services modified as well.
import type { Sql } from '../database';
import type { Directory } from '../../shared/directory';
import { hsdsId } from './ids';

/** The last_modified (ISO date-time, milliseconds) of every published service, by HSDS id. */
export async function servicesLastModified(sql: Sql, dir: Directory): Promise<Map<string, string>> {
  // One query for the whole directory version, run once per version with the rest of its build.
  const rows = await sql.query<{ collection: string; id: string; published_at: Date | string }>(
    `SELECT i.collection, i.id, v.published_at FROM directory_item i JOIN directory_version v ON v.version = i.version
     WHERE i.doc IS NOT NULL AND i.collection IN ('services', 'organizations')`,
  );
  const changed = new Map(rows.map((r) => [`${r.collection}/${r.id}`, new Date(r.published_at).getTime()]));
  // A service published while this build read the directory has no row above yet: the build's own
  // time is no earlier than its publication, so a tool asking modified_after still gets it.
  const now = Date.now();
  const out = new Map<string, string>();
  for (const s of dir.services) {
    const time = Math.max(changed.get(`services/${s.id}`) ?? now, changed.get(`organizations/${s.organization_id}`) ?? 0);
    out.set(hsdsId('service', s.id), new Date(time).toISOString());
  }
  return out;
}
