// Service names and organisations for the staff pages, from the published directory. They only
// change when a new directory version is published, so they are read once per version (one
// cheap query for the version number per use) instead of on every list, export or figure. Names
// come in the staff page's language (staff-language.ts), else the city's, else English.
import type { Sql } from '../database';
import { CITY_LANGUAGE } from '../../shared/localized';
import { directoryName } from './staff-language';

export interface ServiceInfo {
  id: string;
  name: string;
  /** The city's own name, when `name` is a translation that differs from it. */
  own_name: string | null;
  organization_id: string;
}

interface StoredService {
  id: string;
  texts: Record<string, { name?: unknown }> | null;
  organization_id: string;
}

interface Loaded {
  version: number;
  services: Map<string, StoredService>;
  /** The languages the directory's texts are written in: other languages read the city's. */
  languages: Set<string>;
  named: Map<string, Map<string, ServiceInfo>>;
}

export function serviceDirectory(sql: Sql) {
  let loaded: Loaded | undefined;
  let loading: Promise<Loaded> | undefined;

  async function load(version: number): Promise<Loaded> {
    const rows = await sql.query<{ id: string; texts: StoredService['texts']; organization_id: string | null }>(
      "SELECT id, doc -> 'texts' AS texts, doc ->> 'organization_id' AS organization_id FROM directory_item WHERE collection = 'services' AND doc IS NOT NULL",
    );
    // A service removed from the directory keeps the name it had, so its old requests still read well.
    const services = new Map(loaded?.services);
    const languages = new Set(loaded?.languages ?? [CITY_LANGUAGE]);
    for (const row of rows) {
      services.set(row.id, { id: row.id, texts: row.texts, organization_id: row.organization_id ?? '' });
      for (const tag of Object.keys(row.texts ?? {})) languages.add(tag);
    }
    loaded = { version, services, languages, named: new Map() };
    return loaded;
  }

  async function current(): Promise<Loaded> {
    const [row] = await sql.query<{ version: number | null }>('SELECT max(version) AS version FROM directory_version');
    const version = row?.version ?? 0;
    if (loaded?.version === version) return loaded;
    // Requests arriving together share one read.
    loading ??= load(version).finally(() => (loading = undefined));
    return loading;
  }

  /** Every service the directory has had since the server started (the current ones listed), named in `lang`. */
  async function all(lang: string = CITY_LANGUAGE): Promise<Map<string, ServiceInfo>> {
    const state = await current();
    // Only the directory's languages get a map of their own (a page asking in another reads the city's).
    const key = state.languages.has(lang) ? lang : CITY_LANGUAGE;
    let named = state.named.get(key);
    if (!named) {
      named = new Map([...state.services.values()].map((s) => [s.id, { id: s.id, organization_id: s.organization_id, ...directoryName(s.id, s.texts, key) }]));
      state.named.set(key, named);
    }
    return named;
  }

  return {
    all,
    /** The name staff see: the directory's, or the id of a service never seen. */
    nameOf: (services: Map<string, ServiceInfo>, id: string) => services.get(id)?.name ?? id,
    async ofOrganization(organizationId: string, lang: string = CITY_LANGUAGE): Promise<ServiceInfo[]> {
      return [...(await all(lang)).values()].filter((s) => s.organization_id === organizationId);
    },
  };
}
export type ServiceDirectory = ReturnType<typeof serviceDirectory>;
