// The organisations staff accounts belong to, as the published directory names them: in the staff
// page's language when asked (staff-language.ts), else the city's (its staff read Spanish), then
// English, then the id.
import type { Sql } from '../database';
import { CITY_LANGUAGE } from '../../shared/localized';
import { directoryName } from './staff-language';

export interface OrganizationName {
  id: string;
  name: string;
}

type Texts = Record<string, { name?: unknown }> | null;

/** Every organisation of the published directory, ordered by id. */
export async function publishedOrganizations(sql: Sql, lang: string = CITY_LANGUAGE): Promise<OrganizationName[]> {
  const rows = await sql.query<{ id: string; texts: Texts }>(
    "SELECT id, doc -> 'texts' AS texts FROM directory_item WHERE collection = 'organizations' AND doc IS NOT NULL ORDER BY id",
  );
  return rows.map((row) => ({ id: row.id, name: directoryName(row.id, row.texts, lang).name }));
}

/** The name of one organisation (its id when the directory no longer lists it). */
export async function organizationName(sql: Sql, id: string, lang: string = CITY_LANGUAGE): Promise<string> {
  const [row] = await sql.query<{ texts: Texts }>(
    "SELECT doc -> 'texts' AS texts FROM directory_item WHERE collection = 'organizations' AND id = $1 AND doc IS NOT NULL",
    [id],
  );
  return directoryName(id, row?.texts ?? null, lang).name;
}

/** Sorted by name as the language sorts ("Émile" beside "Emma"), for lists people read. */
export const byName = <T extends { name: string }>(items: T[], lang: string): T[] => {
  const collator = new Intl.Collator(lang);
  return [...items].sort((a, b) => collator.compare(a.name, b.name));
};
