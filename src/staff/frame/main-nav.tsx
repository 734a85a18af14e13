// The staff navigation: an organisation's staff answer requests (Inbox, Reports, Figures); an
// administrator manages accounts and reads what happened (Team, Audit, Figures, Reports). The
// current page is marked for screen readers (aria-current) and by a line under its name.
import { useLocation } from 'preact-iso';
import type { StaffAccount } from '../api';
import { useStaffT } from '../i18n';

const STAFF_LINKS = [
  ['/staff', 'inbox'],
  ['/staff/reports', 'reports'],
  ['/staff/figures', 'figures'],
] as const;
const ADMIN_LINKS = [
  ['/staff/team', 'team'],
  ['/staff/audit', 'audit'],
  ['/staff/figures', 'figures'],
  ['/staff/reports', 'reports'],
] as const;

export function MainNav({ account }: { account: StaffAccount }) {
  const { t } = useStaffT();
  const { path } = useLocation();
  const links = account.role === 'admin' ? ADMIN_LINKS : STAFF_LINKS;
  // A request's page belongs to the inbox.
  const section = path.startsWith('/staff/requests/') ? '/staff' : path;
  return (
    <nav class="staff-nav" aria-label={t('frame.nav.label')}>
      <ul>
        {links.map(([href, key]) => (
          <li key={href}>
            <a href={href} aria-current={section === href ? 'page' : undefined}>
              {t(`frame.nav.${key}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
