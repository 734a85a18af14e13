// Service names and organisations for the staff pages, from the published directory. They only
// change when a new directory version is published, so they are read once per version (one
// cheap query for the version number per use) instead of on every list, export or figure.
import type { Sql } from '../database';

export interface ServiceInfo {
  id: string;
  name: string;
  organization_id: string;
}

/** The city's language first (staff read Spanish), then English. */
const NAME_LANGUAGES = ['es', 'en'];

export function serviceDirectory(sql: Sql) {
  let loaded: { version: number; services: Map<string, ServiceInfo> } | undefined;
  let loading: Promise<Map<string, ServiceInfo>> | undefined;

  async function load(version: number): Promise<Map<string, ServiceInfo>> {
    const rows = await sql.query<{ id: string; texts: Record<string, { name?: string }> | null; organization_id: string | null }>(
      "SELECT id, doc -> 'texts' AS texts, doc ->> 'organization_id' AS organization_id FROM directory_item WHERE collection = 'services' AND doc IS NOT NULL",
    );
    // A service removed from the directory keeps the name it had, so its old requests still read well.
    const services = new Map(loaded?.services);
    for (const row of rows) {
      const name = NAME_LANGUAGES.map((lang) => row.texts?.[lang]?.name).find((n) => typeof n === 'string' && n.trim()) ?? row.id;
      services.set(row.id, { id: row.id, name, organization_id: row.organization_id ?? '' });
    }
    loaded = { version, services };
    return services;
  }

  /** Every service the directory has had since the server started (the current ones listed). */
  async function all(): Promise<Map<string, ServiceInfo>> {
    const [row] = await sql.query<{ version: number | null }>('SELECT max(version) AS version FROM directory_version');
    const version = row?.version ?? 0;
    if (loaded?.version === version) return loaded.services;
    // Requests arriving together share one read.
    loading ??= load(version).finally(() => (loading = undefined));
    return loading;
  }

  return {
    all,
    /** The name staff see: the directory's, or the id of a service never seen. */
    nameOf: (services: Map<string, ServiceInfo>, id: string) => services.get(id)?.name ?? id,
    async ofOrganization(organizationId: string): Promise<ServiceInfo[]> {
      return [...(await all()).values()].filter((s) => s.organization_id === organizationId);
    },
  };
}
export type ServiceDirectory = ReturnType<typeof serviceDirectory>;
