// The one table of the public app's pages, read by the app's router (src/app/app.tsx), the
// server (which renders the pages marked `rendered` as HTML and answers 404 for the others it
// does not know), the sitemap and the service worker. An address may start with a language and
// easy read, `/es/service/night-shelter`, `/ar/easy/need/housing`: the page in that language;
// without one (every link and QR code printed before), the visitor's language is chosen.

/** The interface's languages: locales/<code>/common.json exists for each (a unit test checks). */
export const INTERFACE_LANGUAGES = ['ar', 'en', 'es', 'fr', 'pt', 'uk'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];
export const isInterfaceLanguage = (code: string | undefined): code is InterfaceLanguage =>
  (INTERFACE_LANGUAGES as readonly (string | undefined)[]).includes(code);

/** The first interface language among a person's preferences, most wanted first (the device's
 *  navigator.languages, the server's Accept-Language): else English. One rule for both, so that
 *  the page the server chose is the one the device takes over. */
export function bestLanguage(preferences: readonly string[]): string {
  return preferences.map((tag) => tag.toLowerCase().split('-')[0]).find(isInterfaceLanguage) ?? 'en';
}

export type PageKind =
  | 'home'
  | 'need'
  | 'need-print'
  | 'service'
  | 'service-ask'
  | 'rights'
  | 'search'
  | 'near'
  | 'favourites'
  | 'requests'
  | 'follow'
  | 'clear'
  | 'settings'
  | 'about'
  | 'privacy'
  | 'workshop';

export interface PageRoute {
  kind: PageKind;
  /** preact-iso's pattern, without a language. */
  path: string;
  /** The server sends the page itself as HTML; the others get the app shell and a note for
   *  browsers without JavaScript (they are made of what this device holds: requests, favourites…). */
  rendered: boolean;
  /** In sitemap.xml, in every language (search results are rendered, but not listed). */
  listed: boolean;
}

export const PAGE_ROUTES: readonly PageRoute[] = [
  { kind: 'home', path: '/', rendered: true, listed: true },
  { kind: 'need', path: '/need/:id', rendered: true, listed: true },
  { kind: 'need-print', path: '/need/:id/print', rendered: false, listed: false },
  { kind: 'service', path: '/service/:id', rendered: true, listed: true },
  { kind: 'service-ask', path: '/service/:id/ask', rendered: false, listed: false },
  { kind: 'rights', path: '/rights/:id', rendered: true, listed: true },
  { kind: 'search', path: '/search', rendered: true, listed: false },
  { kind: 'near', path: '/near', rendered: false, listed: false },
  { kind: 'favourites', path: '/favourites', rendered: false, listed: false },
  { kind: 'requests', path: '/requests', rendered: false, listed: false },
  { kind: 'follow', path: '/follow', rendered: false, listed: false },
  { kind: 'clear', path: '/clear', rendered: false, listed: false },
  { kind: 'settings', path: '/settings', rendered: false, listed: false },
  { kind: 'about', path: '/about', rendered: true, listed: true },
  { kind: 'privacy', path: '/privacy', rendered: true, listed: true },
  { kind: 'workshop', path: '/workshop', rendered: false, listed: false },
];

/** Where an address leads: its page (without language) and the language and reading it asks for. */
export interface Address {
  /** The page's own path, `/service/night-shelter` (with its query, if any). */
  path: string;
  /** The language in the address; undefined for an unprefixed address. */
  lang?: InterfaceLanguage;
  /** `/<lang>/easy/…`: the easy-read variant (only with a language). */
  easy: boolean;
}

const PREFIX = /^\/([a-z]{2,3})(\/easy)?(?=\/|$|\?)/;

export function parseAddress(url: string): Address {
  const match = PREFIX.exec(url);
  if (!match || !isInterfaceLanguage(match[1])) return { path: url || '/', easy: false };
  const rest = url.slice(match[0].length);
  return { path: rest.startsWith('/') ? rest : `/${rest}`, lang: match[1], easy: Boolean(match[2]) };
}

/** A page's address in a language (and easy read), or unprefixed without a language. */
export function addressOf(path: string, lang?: string, easy = false): string {
  if (!lang) return path;
  const prefix = `/${lang}${easy ? '/easy' : ''}`;
  return path === '/' ? prefix : path.startsWith('/?') ? prefix + path.slice(1) : prefix + path;
}

/** The prefix an address has (`/es`, `/ar/easy`, or '' for none): links on its page keep it. */
export const prefixOf = (url: string): string => {
  const { lang, easy } = parseAddress(url);
  return lang ? addressOf('/', lang, easy) : '';
};

export interface RouteMatch {
  route: PageRoute;
  params: Record<string, string>;
}

/** The route a path (without language or query) leads to, with its parameters; undefined for none. */
export function matchRoute(path: string): RouteMatch | undefined {
  const parts = path.split('?')[0]!.split('/').filter(Boolean);
  for (const route of PAGE_ROUTES) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const fits = pattern.every((segment, i) => {
      if (!segment.startsWith(':')) return segment === parts[i];
      try {
        params[segment.slice(1)] = decodeURIComponent(parts[i]!);
        return true;
      } catch {
        return false; // a broken %-escape leads nowhere
      }
    });
    if (fits) return { route, params };
  }
  return undefined;
}
