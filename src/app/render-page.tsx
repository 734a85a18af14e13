// The server's HTML of a public page (src/server/pages/): the very App the device runs, rendered
// to a string with the server's data, in the page's language and reading. The device then takes
// this HTML over (hydration, main.tsx) from the same data, sent inside the page.
import { renderToString } from 'preact-render-to-string';
import { LANGUAGES, i18next, loadPageStrings, setupI18n, switchForServerRender } from '../i18n/i18n';
import { provideStrings } from '../i18n/locale-files';
import type { ServedPage } from '../shared/page-data';
import { PAGE_ROUTES } from '../shared/routes';
import { pick } from '../shared/localized';
import { App, preloadScreen } from './app';
import { renderedTitle } from './components/page';
import { followAddress } from './page-address';
import { servedAboutSafety } from './served-page';
import { renderingServerHtml } from './take-over';
import { startAboutSafety } from './session/about-safety';
import { NoScriptNote } from './views/noscript-note';
import { TourPanel } from './tour/tour-panel';
import { provideTourPanel } from './tour/tour-slot';
import type { Organization, RightsCard, Service } from '../shared/directory';
import type { SearchFound } from '../shared/page-data';
import { vocabularies } from '../content/vocabulary';
import { buildIndex, searchDirectory, type SearchIndex } from '../data/search-index';
import { compileVocabulary, type Vocabulary } from '../data/search-vocabulary';

type Strings = Record<string, Record<string, Record<string, unknown>>>;
let easyStrings: Record<string, Record<string, unknown> | undefined> = {};

/** Once, before the first page: every language's strings and every screen's code. */
export async function prepareRendering(strings: Strings): Promise<void> {
  provideStrings(strings);
  easyStrings = Object.fromEntries(Object.entries(strings).map(([lang, namespaces]) => [lang, namespaces.easy]));
  await setupI18n('en');
  await loadPageStrings();
  for (const lang of LANGUAGES) {
    for (const ns of ['common', 'pages']) if (strings[lang]?.[ns]) i18next.addResourceBundle(lang, ns, strings[lang][ns]);
  }
  await Promise.all(PAGE_ROUTES.filter((r) => r.rendered).map((r) => preloadScreen(r.kind)));
  // A first visitor's home shows the guided tour: the server's page has it too.
  provideTourPanel(TourPanel);
}

export interface RenderedApp {
  /** What goes inside `<div id="app">`. */
  html: string;
  dir: 'ltr' | 'rtl';
  /** The tab's title, as the app sets it. */
  title: string;
  /** What the page is about, for search results and link previews (its first words). */
  about: string;
}

/** The page's own words that say what it is: a service's description, a card's summary… */
function aboutPage(served: ServedPage): string {
  const { data, lang, easy } = served;
  const t = i18next.t;
  switch (data.kind) {
    case 'service':
      return pick(data.service.texts, 'description', lang, easy)?.value ?? t('home.intro');
    case 'rights':
      return pick(data.card.texts, 'summary', lang, easy)?.value ?? t('home.intro');
    case 'need':
      return [...data.services.map((s) => pick(s.texts, 'name', lang, easy)?.value), ...data.rights.map((r) => pick(r.texts, 'title', lang, easy)?.value)]
        .filter(Boolean)
        .join(' · ');
    case 'about':
      return t('about.intro');
    case 'privacy':
      return t('privacy.intro');
    case 'not-found':
      return t('notFound.text');
    default:
      return t('home.intro');
  }
}

/** Synchronous from the language switch to the string: no other page's render comes between. */
export function renderApp(served: ServedPage): RenderedApp {
  switchForServerRender(served.lang, served.easy, easyStrings[served.lang]);
  let html: string;
  try {
    startAboutSafety(servedAboutSafety(served));
    html = renderingServerHtml(() => renderToString(<App served={served} />));
  } finally {
    startAboutSafety(false); // effects never run here: the next page must not inherit it
  }
  return { html, dir: i18next.dir(served.lang) === 'rtl' ? 'rtl' : 'ltr', title: renderedTitle(), about: aboutPage(served) };
}

/** A language's writing direction. */
export const direction = (lang: string): 'ltr' | 'rtl' => (i18next.dir(lang) === 'rtl' ? 'rtl' : 'ltr');

/** The note for a browser without JavaScript on a page only the device can make. */
export function renderNoScript(lang: string, easy: boolean, home: string, service?: Service): string {
  switchForServerRender(lang, easy, easyStrings[lang]);
  followAddress(home); // its links, as the page's address has them (not the last page rendered)
  return renderToString(<NoScriptNote service={service} home={home} />);
}

let vocabulary: Vocabulary | undefined;
let searchIndex: { version: number; index: SearchIndex } | undefined;

/** The search screen's own search (src/data/search-index.ts) over a directory version, its index
 *  made once per version, for the search page the server sends. */
export function searchFor(directory: { version: number; services: Service[]; organizations: Organization[]; rights: RightsCard[] }, query: string): SearchFound {
  if (searchIndex?.version !== directory.version) {
    searchIndex = { version: directory.version, index: buildIndex(directory.services, directory.organizations, directory.rights) };
  }
  return searchDirectory(searchIndex.index, query, { vocabulary: (vocabulary ??= compileVocabulary(vocabularies)) });
}
