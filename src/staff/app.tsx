// The staff pages' frame and routes: a header with the organisation's name, the navigation
// (staff: Inbox, Reports, Figures; administrators: Team, Audit, Figures, Reports), the account
// menu and the language; the session's timeout warning; and the routes. A page that needs a
// session sends a signed-out person to sign in, and back to the page afterwards.
import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router, lazy, useLocation } from 'preact-iso';
import { loadSession, useSession } from './api';
import { AccountMenu } from './frame/account-menu';
import { LanguageSelect } from './frame/language-select';
import { MainNav } from './frame/main-nav';
import { useOrganizationName } from './frame/organization-name';
import { SessionTimeout } from './frame/session-timeout';
import { useStaffT } from './i18n';
import { StaffPage } from './page';
import { homeOf } from './routes';
import SignInPage from './account/sign-in-page';
import InvitationPage from './account/invitation-page';

const page = (load: () => Promise<{ default: ComponentType }>) => lazy(() => load().then((m) => m.default));

// Administrators' pages (D1).
const TeamPage = page(() => import('./account/team-page'));
const AuditPage = page(() => import('./account/audit-page'));

// ---- D2's pages (inbox, a request, figures, reports): D2 fills these imports. ----
// One chunk for the four (inbox/staff-inbox-pages.ts): they share most of their code.
const inboxPages = () => import('./inbox/staff-inbox-pages');
const InboxPage = page(() => inboxPages().then((m) => ({ default: m.InboxPage })));
const RequestPage = page(() => inboxPages().then((m) => ({ default: m.RequestPage })));
const FiguresPage = page(() => inboxPages().then((m) => ({ default: m.FiguresPage })));
const ReportsPage = page(() => inboxPages().then((m) => ({ default: m.ReportsPage })));
// ---- end of D2's pages ----

/** Pages anyone may open: the others need a session. */
const OPEN_PATHS = new Set(['/staff/sign-in', '/staff/invitation']);

export function StaffApp() {
  useEffect(() => void loadSession(), []);
  return (
    <LocationProvider scope="/staff">
      <Frame />
    </LocationProvider>
  );
}

function Frame() {
  const { t } = useStaffT();
  const { session } = useSession();
  const { path, url, route } = useLocation();
  const open = OPEN_PATHS.has(path);
  const account = session?.info.account;
  const organization = useOrganizationName(account);

  useEffect(() => {
    if (session === null && !open) route(`/staff/sign-in?next=${encodeURIComponent(url)}`, true);
    // The inbox is an organisation's: an administrator starts on the team page instead.
    if (account?.role === 'admin' && path === '/staff') route(homeOf(account), true);
  }, [session, path]);

  const waiting = session === undefined || (session === null && !open);
  return (
    <>
      <a class="skip-link" href="#main">
        {t('frame.skip')}
      </a>
      <header class="staff-header">
        <div class="staff-header-row">
          <p class="staff-brand">
            <img src="/icon.svg" alt="" width="28" height="28" />
            <span>
              <span class="staff-brand-name">{organization ?? t('frame.siteName')}</span>
              {organization && <span class="staff-brand-site">{t('frame.siteName')}</span>}
            </span>
          </p>
          <div class="staff-header-tools">
            <LanguageSelect />
            {account && <AccountMenu account={account} />}
          </div>
        </div>
        {account && <MainNav account={account} />}
      </header>
      <main id="main" tabIndex={-1} class="staff-main">
        {waiting ? (
          <p role="status" class="staff-loading">
            {t('frame.loading')}
          </p>
        ) : (
          <ErrorBoundary>
            <Router>
              <Route path="/staff/sign-in" component={SignInPage} />
              <Route path="/staff/invitation" component={InvitationPage} />
              <Route path="/staff/team" component={TeamPage} />
              <Route path="/staff/audit" component={AuditPage} />
              <Route path="/staff" component={InboxPage} />
              <Route path="/staff/requests/:id" component={RequestPage} />
              <Route path="/staff/figures" component={FiguresPage} />
              <Route path="/staff/reports" component={ReportsPage} />
              <Route default component={NotFound} />
            </Router>
          </ErrorBoundary>
        )}
      </main>
      {session && <SessionTimeout session={session} />}
    </>
  );
}

function NotFound() {
  const { t } = useStaffT();
  return (
    <StaffPage title={t('frame.notFound.title')}>
      <p>{t('frame.notFound.text')}</p>
    </StaffPage>
  );
}
