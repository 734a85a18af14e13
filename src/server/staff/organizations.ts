// The organisations staff accounts belong to, as the published directory names them.
import type { Sql } from '../database';

export interface OrganizationName {
  id: string;
  name: string;
}

/** The city's language first (its staff read Spanish), then English, then the id. */
const NAME_LANGUAGES = ['es', 'en'];

export async function publishedOrganizations(sql: Sql): Promise<OrganizationName[]> {
  const rows = await sql.query<{ id: string; texts: Record<string, { name?: unknown }> | null }>(
    "SELECT id, doc -> 'texts' AS texts FROM directory_item WHERE collection = 'organizations' AND doc IS NOT NULL ORDER BY id",
  );
  return rows.map((row) => ({ id: row.id, name: nameOf(row.id, row.texts) }));
}

function nameOf(id: string, texts: Record<string, { name?: unknown }> | null): string {
  for (const lang of NAME_LANGUAGES) {
    const name = texts?.[lang]?.name;
    if (typeof name === 'string' && name.trim()) return name;
  }
  return id;
}

/** The name of one organisation (its id when the directory no longer lists it). */
export async function organizationName(sql: Sql, id: string): Promise<string> {
  const [row] = await sql.query<{ texts: Record<string, { name?: unknown }> | null }>(
    "SELECT doc -> 'texts' AS texts FROM directory_item WHERE collection = 'organizations' AND id = $1 AND doc IS NOT NULL",
    [id],
  );
  return nameOf(id, row?.texts ?? null);
}
