// sitemap.xml: every page a search engine should know, in every interface language and in easy
// read, each with the date its content last changed, read from the directory's versions: a
// published item keeps the version that last changed it (directory_item.version), and that
// version's publication is the date (as HSDS's last_modified, src/server/hsds/api-modified.ts).
import type { Sql } from '../database';
import { NEED_IDS } from '../../shared/needs';
import { INTERFACE_LANGUAGES, PAGE_ROUTES, addressOf } from '../../shared/routes';
import { currentVersion } from '../directory-store';
import { alternatesOf } from './head';

/** Paths of the pages that exist whatever the directory holds: the fixed screens and the needs. */
export const FIXED_PAGES: string[] = [
  ...PAGE_ROUTES.filter((r) => r.listed && !r.path.includes(':')).map((r) => r.path),
  ...NEED_IDS.map((need) => `/need/${need}`),
];

export interface SitemapEntry {
  /** The page's path without a language: `/service/night-shelter`. */
  path: string;
  /** W3C date-time (UTC, with milliseconds) of its last change; none before anything is published. */
  lastmod?: string;
}

interface ItemRow {
  collection: 'services' | 'rights' | 'organizations';
  id: string;
  published_at: Date | string;
  removed: boolean;
  organization_id: string | null;
  needs: string[] | null;
  service_ids: string[] | null;
}

const w3cDate = (time: number) => new Date(time).toISOString();
const latest = (times: Iterable<number>) => Math.max(0, ...times);

/**
 * Every listed page (the fixed pages and needs of FIXED_PAGES, each published service and rights
 * card), with its lastmod: the latest change of anything the page shows.
 * - a service: itself, its organisation (its name is on the page), the rights cards that link it;
 * - a rights card: itself and the services it lists (their names and hours are on it);
 * - a need: its services and rights cards;
 * - home, about, privacy: the current version (they show no item, but its date).
 * A removed item (a tombstone) keeps only its id, not which needs or cards it was on: its removal
 * counts for every need page, and a removed card for every service page: a date a little too new
 * makes a crawler look again, a date too old would leave a page listing what is gone.
 * The current version and the items are two reads: a publication between them only makes the
 * dates newer than the version they are cached under, and the next version rebuilds them.
 */
export async function sitemapEntries(sql: Sql): Promise<SitemapEntry[]> {
  const current = await currentVersion(sql);
  if (!current) return FIXED_PAGES.map((path) => ({ path }));
  const rows = await sql.query<ItemRow>(
    `SELECT i.collection, i.id, v.published_at, i.doc IS NULL AS removed,
            i.doc->>'organization_id' AS organization_id, i.doc->'needs' AS needs, i.doc->'service_ids' AS service_ids
     FROM directory_item i JOIN directory_version v ON v.version = i.version
     WHERE i.collection IN ('services', 'rights', 'organizations')
     ORDER BY i.collection, i.id COLLATE "C"`,
  );
  const time = (row: ItemRow) => new Date(row.published_at).getTime();
  const published = (collection: ItemRow['collection']) => rows.filter((r) => r.collection === collection && !r.removed);
  const removedAt = (collection: ItemRow['collection']) => latest(rows.filter((r) => r.collection === collection && r.removed).map(time));

  const organizations = new Map(published('organizations').map((o) => [o.id, time(o)]));
  const services = published('services');
  const cards = published('rights');
  /** A service as it shows anywhere: itself and its organisation's name. */
  const serviceTime = new Map(services.map((s) => [s.id, Math.max(time(s), organizations.get(s.organization_id ?? '') ?? 0)]));
  const removedServices = removedAt('services');
  const removedCards = removedAt('rights');

  const servicePage = (s: ItemRow) =>
    Math.max(serviceTime.get(s.id)!, removedCards, latest(cards.filter((c) => c.service_ids?.includes(s.id)).map(time)));
  const cardPage = (c: ItemRow) => Math.max(time(c), latest((c.service_ids ?? []).map((id) => serviceTime.get(id) ?? 0)));
  const needPage = (need: string) =>
    Math.max(
      removedServices,
      removedCards,
      latest(services.filter((s) => s.needs?.includes(need)).map((s) => serviceTime.get(s.id)!)),
      latest(cards.filter((c) => c.needs?.includes(need)).map(time)),
    );
  const versionTime = new Date(current.published_at).getTime();

  return [
    ...FIXED_PAGES.map((path) => {
      const need = /^\/need\/([^/]+)$/.exec(path)?.[1];
      // A need with nothing in it (never had anything) is dated like the fixed pages.
      return { path, lastmod: w3cDate((need && needPage(need)) || versionTime) };
    }),
    ...services.map((s) => ({ path: `/service/${s.id}`, lastmod: w3cDate(servicePage(s)) })),
    ...cards.map((c) => ({ path: `/rights/${c.id}`, lastmod: w3cDate(cardPage(c)) })),
  ];
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xml = (value: string) => value.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/**
 * The sitemap: each page in each language as its own <url>, standard and easy read, with the
 * same hreflang alternates its <head> has (alternatesOf): a standard page names the other
 * languages' standard pages, an easy-read page the other languages' easy-read pages, both with
 * the address without a language as x-default. The address without a language is not listed
 * itself: it is the same page in whichever language the visitor reads.
 */
export function sitemapXml(origin: string, entries: SitemapEntry[]): string {
  const urls: string[] = [];
  for (const entry of entries) {
    for (const easy of [false, true]) {
      const links = alternatesOf(origin, entry.path, easy)
        .map((a) => `<xhtml:link rel="alternate" hreflang="${xml(a.hreflang)}" href="${xml(a.href)}"/>`)
        .join('');
      const lastmod = entry.lastmod ? `<lastmod>${xml(entry.lastmod)}</lastmod>` : '';
      for (const lang of INTERFACE_LANGUAGES) {
        urls.push(`<url><loc>${xml(origin + addressOf(entry.path, lang, easy))}</loc>${lastmod}${links}</url>`);
      }
    }
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
