// /staff/team (administrators): the organisations with their number of staff, and for each one
// (?organization=<id>; "admins" for the city's administrators) its accounts, "Invite someone"
// and "Remove". An invitation's link is shown once, to copy and send: the server keeps only its
// hash.
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { StaffApiError, staffFetch, useSession } from '../api';
import { useStaffT } from '../i18n';
import { StaffPage } from '../page';
import { AdminsOnly } from './admins-only';
import { AccountList, type Account } from './account-list';
import { InviteForm } from './invite-form';
import { PendingInvitations } from './pending-invitations';

interface Organization {
  id: string;
  name: string;
  staff_count: number;
}

export const ADMINS = 'admins';

export default function TeamPage() {
  const { session } = useSession();
  const { query } = useLocation();
  if (session?.info.account.role !== 'admin') return <AdminsOnly />;
  return query.organization ? <OrganizationTeam id={query.organization} /> : <Organizations />;
}

function useLoaded<T>(load: () => Promise<T>, deps: unknown[]): { value?: T; problem?: string; reload: () => void } {
  const [value, setValue] = useState<T>();
  const [problem, setProblem] = useState<string>();
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (v) => current && (setValue(v), setProblem(undefined)),
      (error) => current && setProblem(error instanceof StaffApiError ? error.message : String(error)),
    );
    return () => void (current = false);
  }, [...deps, round]);
  return { value, problem, reload: () => setRound((n) => n + 1) };
}

const loadOrganizations = () => staffFetch<{ organizations: Organization[] }>('/organizations').then((a) => a.organizations);

function Organizations() {
  const { t, lang } = useStaffT();
  // Named in the page's language and sorted by name by the server: asked again when it changes.
  const { value: organizations, problem } = useLoaded(loadOrganizations, [lang]);
  return (
    <StaffPage title={t('team.title')}>
      <p>{t('team.intro')}</p>
      {problem && <p class="staff-error-text" role="alert">{problem}</p>}
      {!organizations && !problem && <p role="status">{t('frame.loading')}</p>}
      {organizations && (
        <table class="staff-table">
          <caption class="visually-hidden">{t('team.organizations')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team.organization')}</th>
              <th scope="col" class="numeric">{t('team.staffCount')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">
                <a href={`/staff/team?organization=${ADMINS}`}>{t('team.admins')}</a>
              </th>
              <td class="numeric">–</td>
            </tr>
            {organizations.map((o) => (
              <tr key={o.id}>
                <th scope="row">
                  <a href={`/staff/team?organization=${encodeURIComponent(o.id)}`}>{o.name}</a>
                </th>
                <td class="numeric">{o.staff_count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </StaffPage>
  );
}

function OrganizationTeam({ id }: { id: string }) {
  const { t, lang } = useStaffT();
  const admins = id === ADMINS;
  const organizations = useLoaded(loadOrganizations, [lang]);
  // Each invitation made here shows among the pending ones at once.
  const [invited, setInvited] = useState(0);
  const accounts = useLoaded(
    () => staffFetch<{ accounts: Account[] }>(admins ? '/accounts' : `/accounts?organization_id=${encodeURIComponent(id)}`).then((a) => a.accounts.filter((x) => (admins ? x.role === 'admin' : true))),
    [id],
  );
  const name = admins ? t('team.admins') : organizations.value?.find((o) => o.id === id)?.name;
  if (organizations.value && !name) {
    return (
      <StaffPage title={t('team.unknownOrganization')}>
        <p>
          <a href="/staff/team">{t('team.back')}</a>
        </p>
      </StaffPage>
    );
  }
  return (
    <StaffPage title={name ?? t('team.title')}>
      <p>
        <a href="/staff/team">{t('team.back')}</a>
      </p>
      <h2>{admins ? t('team.adminAccounts') : t('team.staffAccounts')}</h2>
      {accounts.problem && <p class="staff-error-text" role="alert">{accounts.problem}</p>}
      {!accounts.value && !accounts.problem && <p role="status">{t('frame.loading')}</p>}
      {accounts.value && <AccountList accounts={accounts.value} onRemoved={accounts.reload} />}
      <PendingInvitations organizationId={admins ? null : id} round={invited} />
      <InviteForm organizationId={admins ? null : id} organizationName={admins ? undefined : name} onInvited={() => setInvited((n) => n + 1)} />
    </StaffPage>
  );
}
