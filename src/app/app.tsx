// FIRST-LOAD BUNDLE: keep small. The frame of every screen and the routes. Only the home
// screen is in the first bundle; the others load when first visited (and are precached).
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router, lazy } from 'preact-iso';
import { loadPageStrings } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { afterFirstPaint } from './first-paint';
import { HeaderMenu } from './components/header-menu';
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

/** A part that reads IndexedDB (Dexie): it arrives just after first paint. */
function AfterPaint({ load }: { load: () => Promise<ComponentType> }) {
  const [Part, setPart] = useState<ComponentType | null>(null);
  useEffect(() => {
    void afterFirstPaint.then(load).then((component) => setPart(() => component));
  }, []);
  return Part && <Part />;
}
const loadStatusBar = () => import('./components/status-bar').then((m) => m.StatusBar);
const loadOutboxBadge = () => import('./components/outbox-badge').then((m) => m.OutboxBadge);
const loadQuickExit = () => import('./components/quick-exit').then((m) => m.QuickExit);
const loadKioskBar = () => import('./kiosk/kiosk-bar').then((m) => m.KioskBar);
const loadKioskSetup = () => import('./kiosk/kiosk-setup').then((m) => m.KioskSetup);
const loadPracticeBanner = () => import('./practice/practice-banner').then((m) => m.PracticeBanner);
const loadDeliveredNotice = () => import('./components/delivered-notice').then((m) => m.DeliveredNotice);
const loadContentLanguageNotice = () => import('./components/content-language-notice').then((m) => m.ContentLanguageNotice);

export function App() {
  const { t } = useT();
  const practice = usePractice();
  return (
    <LocationProvider>
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <AfterPaint load={loadQuickExit} />
      {isKiosk() && <AfterPaint load={loadKioskBar} />}
      {kioskRequested() && <AfterPaint load={loadKioskSetup} />}
      {practice && <AfterPaint load={loadPracticeBanner} />}
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
      <div class="status-bar">
        <AfterPaint load={loadStatusBar} />
      </div>
      <main id="main" tabIndex={-1}>
        <TourSlot />
        <AfterPaint load={loadContentLanguageNotice} />
        <ErrorBoundary>
          <Router>
            <Route path="/" component={Home} />
            <Route path="/need/:id" component={Need} />
            <Route path="/need/:id/print" component={NeedPrint} />
            <Route path="/service/:id" component={ServiceScreen} />
            <Route path="/service/:id/ask" component={Ask} />
            <Route path="/requests" component={Requests} />
            <Route path="/rights/:id" component={RightsScreen} />
            <Route path="/search" component={SearchScreen} />
            <Route path="/near" component={Near} />
            <Route path="/favourites" component={Favourites} />
            <Route path="/follow" component={Follow} />
            <Route path="/clear" component={Clear} />
            <Route path="/settings" component={Settings} />
            <Route path="/about" component={About} />
            <Route path="/privacy" component={Privacy} />
            <Route path="/workshop" component={Workshop} />
            <Route default component={NotFound} />
          </Router>
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
    </LocationProvider>
  );
}
