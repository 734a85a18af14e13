// FIRST-LOAD BUNDLE: keep small. The frame of every screen and the routes. Only the home
// screen is in the first bundle; the others load when first visited (and are precached).
import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router, lazy, useLocation, useRoute } from 'preact-iso';
import type { ServedPage } from '../shared/page-data';
import { PAGE_ROUTES, addressOf, isInterfaceLanguage, parseAddress, type PageKind } from '../shared/routes';
import { loadPageStrings } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { followAddress } from './page-address';
import { ServedPageContext, useServed } from './served-page';
import { afterFirstPaint, inTurn } from './first-paint';
import { Later, takenOver } from './take-over';
import { HeaderMenu } from './components/header-menu';
import { QuickExit } from './components/quick-exit';
import { StatusPlaceholder } from './components/status-placeholder';
import { isKiosk, kioskRequested } from './kiosk/kiosk-mode';
import { usePractice } from './practice/practice-flag';
import Home from './screens/home';
import NotFound from './screens/not-found';
import { TourSlot } from './tour/tour-slot';

/** A screen that loads when first visited, with the strings only later screens use (pages.json). */
const screen = (load: () => Promise<{ default: ComponentType }>) =>
  lazy(() => Promise.all([load(), loadPageStrings()]).then(([module]) => module.default));

const Need = screen(() => import('./screens/need'));
const ServiceScreen = screen(() => import('./screens/service'));
const RightsScreen = screen(() => import('./screens/rights'));
const SearchScreen = screen(() => import('./screens/search'));
const Near = screen(() => import('./screens/near'));
const Favourites = screen(() => import('./screens/favourites'));

const Ask = screen(() => import('./screens/ask'));
const Requests = screen(() => import('./screens/requests'));
const Follow = screen(() => import('./screens/follow'));
const Clear = screen(() => import('./screens/clear'));
const Settings = screen(() => import('./screens/settings'));
const About = screen(() => import('./screens/about'));
const Privacy = screen(() => import('./screens/privacy'));
const Workshop = screen(() => import('./screens/workshop'));
const NeedPrint = screen(() => import('./screens/need-print'));

const SCREENS: Record<PageKind, ComponentType> = {
  home: Home,
  need: Need,
  'need-print': NeedPrint,
  service: ServiceScreen,
  'service-ask': Ask,
  rights: RightsScreen,
  search: SearchScreen,
  near: Near,
  favourites: Favourites,
  requests: Requests,
  follow: Follow,
  clear: Clear,
  settings: Settings,
  about: About,
  privacy: Privacy,
  workshop: Workshop,
};

/** A screen at an address with a language (`/es/need/housing`): a first part that is no
 *  language (`/housing/need/x`) leads nowhere. */
const withLanguage = (Screen: ComponentType) =>
  function InLanguage() {
    return isInterfaceLanguage(useRoute().params.lang) ? <Screen /> : <NotFound />;
  };

// Every page three ways: `/need/:id`, `/:lang/need/:id`, `/:lang/easy/need/:id`. The unprefixed
// ones come first, so `/search` is the search screen, not a language called "search".
const routes = [
  ...PAGE_ROUTES.map((r) => <Route key={r.path} path={r.path} component={SCREENS[r.kind]} />),
  ...PAGE_ROUTES.flatMap((r) => {
    const InLanguage = withLanguage(SCREENS[r.kind]);
    const rest = r.path === '/' ? '' : r.path;
    return [<Route key={`l${r.path}`} path={`/:lang${rest}`} component={InLanguage} />, <Route key={`e${r.path}`} path={`/:lang/easy${rest}`} component={InLanguage} />];
  }),
];

/** The pages a screen can be loaded for before the app takes over the server's HTML. */
export const preloadScreen = (kind: PageKind) => (SCREENS[kind] as { preload?: () => Promise<unknown> }).preload?.();

/** A part that reads IndexedDB (Dexie): it arrives just after first paint, once the server's
 *  page is taken over (take-over.tsx). Until then, its `placeholder` holds its place. */
function AfterPaint({ load, placeholder = null }: { load: () => Promise<ComponentType>; placeholder?: ComponentChildren }) {
  const [Part, setPart] = useState<ComponentType | null>(null);
  useEffect(() => {
    void Promise.all([afterFirstPaint.then(load), takenOver()]).then(([component]) => inTurn(() => setPart(() => component)));
  }, []);
  return Part ? <Part /> : placeholder;
}
const loadStatusBar = () => import('./components/status-bar').then((m) => m.StatusBar);
const loadOutboxBadge = () => import('./components/outbox-badge').then((m) => m.OutboxBadge);
const loadKioskBar = () => import('./kiosk/kiosk-bar').then((m) => m.KioskBar);
const loadKioskSetup = () => import('./kiosk/kiosk-setup').then((m) => m.KioskSetup);
const loadPracticeBanner = () => import('./practice/practice-banner').then((m) => m.PracticeBanner);
const loadDeliveredNotice = () => import('./components/delivered-notice').then((m) => m.DeliveredNotice);
const loadContentLanguageNotice = () => import('./components/content-language-notice').then((m) => m.ContentLanguageNotice);

/** The app. On the server (no `location`), `served.path` is the page rendered. */
export function App({ served }: { served?: ServedPage }) {
  const frame = (
    <ServedPageContext.Provider value={served}>
      <Frame />
    </ServedPageContext.Provider>
  );
  if (typeof location !== 'undefined') return <LocationProvider>{frame}</LocationProvider>;
  return <ServerLocation url={served!.prefixed ? addressOf(served!.path, served!.lang, served!.easy) : served!.path}>{frame}</ServerLocation>;
}

/** preact-iso's location, as the server has it: one address, no navigation. */
function ServerLocation({ url, children }: { url: string; children: ComponentChildren }) {
  const parsed = new URL(url, 'http://ponte.invalid');
  const value = { url, path: parsed.pathname.replace(/\/+$/g, '') || '/', query: Object.fromEntries(parsed.searchParams), route: () => {}, wasPush: false };
  const Provider = (LocationProvider as unknown as { ctx: { Provider: ComponentType<{ value: unknown; children: ComponentChildren }> } }).ctx.Provider;
  return <Provider value={value}>{children}</Provider>;
}

/** An address with a language follows the interface: choosing Arabic on `/es/need/housing` goes
 *  to `/ar/need/housing`, easy read to `/ar/easy/need/housing`. */
function useAddressFollowsLanguage(url: string, lang: string, easy: boolean) {
  const { route } = useLocation();
  useEffect(() => {
    const address = parseAddress(url);
    if (address.lang && (address.lang !== lang || address.easy !== easy)) route(addressOf(address.path, lang, easy), true);
  }, [lang, easy]);
}

function Frame() {
  const { t, lang, easy } = useT();
  const { url } = useLocation();
  // Before any link below is made: links keep the address's language (page-address.ts).
  followAddress(url);
  useAddressFollowsLanguage(url, lang, easy);
  const practice = usePractice();
  // An address the server knows leads nowhere (a service not listed): its page says so.
  const notFound = useServed('not-found');
  return (
    <>
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <QuickExit />
      {isKiosk() && <AfterPaint load={loadKioskBar} />}
      {kioskRequested() && <AfterPaint load={loadKioskSetup} />}
      {practice && <AfterPaint load={loadPracticeBanner} />}
      {/* Taken over after the rest of the page (take-over.tsx): the first task stays short. */}
      <Later>
        <SiteHeader />
      </Later>
      <div class="status-bar">
        <AfterPaint load={loadStatusBar} placeholder={<StatusPlaceholder />} />
      </div>
      <main id="main" tabIndex={-1}>
        <TourSlot />
        <AfterPaint load={loadContentLanguageNotice} />
        <ErrorBoundary>
          {notFound ? (
            <NotFound />
          ) : (
            <Router>
              {routes}
              <Route default component={NotFound} />
            </Router>
          )}
        </ErrorBoundary>
      </main>
      <footer class="site-footer">
        <a href="/settings">{t('settings.link')}</a>
        <a href="/clear">{t('clear.link')}</a>
        <a href="/about">{t('about.link')}</a>
        <a href="/privacy">{t('privacy.link')}</a>
      </footer>
      {/* Last in the page: it sticks to the bottom of the screen, and scrolling to the end uncovers what it hid. */}
      <AfterPaint load={loadDeliveredNotice} />
    </>
  );
}

/** The app's name, the menu and the main links. */
function SiteHeader() {
  const { t } = useT();
  return (
    <header class="site-header">
      <div class="brand-row">
        <a class="brand" href="/">
          <img src="/icon.svg" alt="" width="32" height="32" />
          <span>
            <span class="brand-name">{t('app.name')}</span>
            <span class="brand-tagline">{t('app.tagline')}</span>
          </span>
        </a>
        <HeaderMenu />
      </div>
      <nav aria-label={t('nav.main')} class="main-nav">
        <a href="/">{t('nav.home')}</a>
        <a href="/search">{t('nav.search')}</a>
        <a href="/near">{t('nav.near')}</a>
        <a href="/favourites">{t('nav.favourites')}</a>
        <a href="/requests">
          {t('nav.requests')}
          <AfterPaint load={loadOutboxBadge} />
        </a>
      </nav>
    </header>
  );
}
