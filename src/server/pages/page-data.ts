// The data of each page the server renders, from the directory as now published: read once per
// version and kept (every page of a version is made from the same reading), then each page's
// share, with its texts in the page language's chain only (what the device would show).
import type { Directory, Organization, RightsCard, Service } from '../../shared/directory';
import { languageChain, onlyLanguages } from '../../shared/localized';
import { isNeedId, type NeedId } from '../../shared/needs';
import type { PageData, SearchFound } from '../../shared/page-data';
import type { RouteMatch } from '../../shared/routes';
import type { Sql } from '../database';
import { currentVersion, readDirectory } from '../directory-store';

export interface Published {
  version: number;
  publishedAt: Date;
  services: Map<string, Service>;
  organizations: Map<string, Organization>;
  rights: Map<string, RightsCard>;
}

const EMPTY: Published = { version: 0, publishedAt: new Date(0), services: new Map(), organizations: new Map(), rights: new Map() };

/** The published directory, read again only when a new version is published. */
export function publishedDirectory(sql: Sql): () => Promise<Published> {
  let kept: Promise<Published> | undefined;
  let keptVersion = -1;
  return async () => {
    const current = await currentVersion(sql);
    if (!current) return EMPTY;
    if (!kept || keptVersion !== current.version) {
      keptVersion = current.version;
      kept = readDirectory(sql).then((directory: Directory) => ({
        version: current.version,
        publishedAt: new Date(current.published_at),
        services: new Map(directory.services.map((s) => [s.id, s])),
        organizations: new Map(directory.organizations.map((o) => [o.id, o])),
        rights: new Map(directory.rights.map((r) => [r.id, r])),
      }));
      kept.catch(() => (kept = undefined));
    }
    return kept;
  };
}

export interface PageContent {
  /** 404 for an address that leads nowhere: a service or rights card not listed, a need that is none. */
  status: 200 | 404;
  data: PageData;
}

export interface PageContext {
  lang: string;
  easy: boolean;
  /** The server's own days, which the privacy page says. */
  retention: { closed_days: number; max_days: number };
  /** The search page's words (posted by its form, or a link's `?q=`), and the app's search. */
  query: string;
  search: (directory: { version: number; services: Service[]; organizations: Organization[]; rights: RightsCard[] }, query: string) => SearchFound;
}

/** What a rendered page shows. */
export function pageContent(published: Published, match: RouteMatch, { lang, easy, retention, query, search }: PageContext): PageContent {
  const chain = languageChain(lang, easy);
  const trim = <T extends { texts: Record<string, object> }>(item: T): T => ({ ...item, texts: onlyLanguages(item.texts, chain) as T['texts'] });
  const notFound: PageContent = { status: 404, data: { kind: 'not-found' } };
  const { kind } = match.route;
  const id = match.params.id ?? '';
  const services = [...published.services.values()];
  const rights = [...published.rights.values()];
  switch (kind) {
    case 'home':
      return { status: 200, data: { kind: 'home' } };
    case 'about':
      return { status: 200, data: { kind: 'about' } };
    case 'privacy':
      return { status: 200, data: { kind: 'privacy', retention } };
    case 'need': {
      if (!isNeedId(id)) return notFound;
      const need: NeedId = id;
      return {
        status: 200,
        data: { kind: 'need', services: services.filter((s) => s.needs.includes(need)).map(trim), rights: rights.filter((r) => r.needs.includes(need)).map(trim) },
      };
    }
    case 'service': {
      const service = published.services.get(id);
      if (!service) return notFound;
      const organization = published.organizations.get(service.organization_id);
      return {
        status: 200,
        data: { kind: 'service', service: trim(service), organization: organization ? trim(organization) : null, rights: rights.filter((r) => r.service_ids.includes(id)).map(trim) },
      };
    }
    case 'rights': {
      const card = published.rights.get(id);
      if (!card) return notFound;
      return { status: 200, data: { kind: 'rights', card: trim(card), services: card.service_ids.flatMap((s) => published.services.get(s) ?? []).map(trim) } };
    }
    case 'search': {
      if (!query.trim()) return { status: 200, data: { kind: 'search', query, found: { hits: [], meaning: { alternatives: [], needs: [], danger: false } }, services: [], rights: [] } };
      const found = search({ version: published.version, services, organizations: [...published.organizations.values()], rights }, query);
      const hit = (kind: string) => new Set(found.hits.filter((h) => h.kind === kind).map((h) => h.id));
      const [hitServices, hitRights] = [hit('service'), hit('rights')];
      // Words about danger show the emergency lines above the results: the safety need's services.
      const shown = services.filter((s) => hitServices.has(s.id) || (found.meaning.danger && s.needs.includes('safety')));
      return { status: 200, data: { kind: 'search', query, found, services: shown.map(trim), rights: rights.filter((r) => hitRights.has(r.id)).map(trim) } };
    }
    default:
      return notFound;
  }
}
