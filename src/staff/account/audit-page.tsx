// /staff/audit (administrators): what happened, newest first, 50 at a time ("Older entries"
// follows ?before=<id>). Actions in words; who acted; the organisation and request concerned;
// from which address. Nothing personal of the people who asked for help is in the log.
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { StaffApiError, staffFetch, useSession } from '../api';
import { formatMoment, useStaffT, type Vars } from '../i18n';
import { StaffPage } from '../page';
import { AdminsOnly } from './admins-only';

interface Entry {
  id: number;
  at: string;
  action: string;
  email: string | null;
  organization_id: string | null;
  request_id: string | null;
  /** The request's reference ("AB3-CDE"), as staff and the person quote it. */
  request_reference?: string | null;
  detail: Record<string, unknown> | null;
  address: string | null;
}

const KNOWN_ACTIONS = new Set([
  'invitation_created',
  'invitation_cancelled',
  'account_registered',
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'sign_out_everywhere',
  'session_expired',
  'account_removed',
  'request_opened',
  'request_state_changed',
  'note_changed',
  'requests_exported',
  'request_withdrawn',
  'details_erased',
]);

/** The action in words, with what the entry's detail adds (whom it concerned, why). */
function describe(entry: Entry, t: (key: string, vars?: Vars) => string): string {
  if (!KNOWN_ACTIONS.has(entry.action)) return entry.action;
  const d = entry.detail ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return t(`audit.action.${entry.action}`, { email: text(d.invited_email) || text(d.removed_email), role: text(d.role) ? t(`audit.role.${text(d.role)}`) : '' });
}

/** Who acted: the account's address; else the command line (an invitation made on the server),
 *  the server itself (its hourly erasing), or nobody signed in (a failed sign-in, a withdrawal). */
function whoWords(entry: Entry, t: (key: string, vars?: Vars) => string): string {
  if (entry.email) return entry.email;
  if (entry.detail?.by === 'command line') return t('audit.commandLine');
  if (entry.action === 'details_erased') return t('audit.automatic');
  return t('audit.nobody');
}

export default function AuditPage() {
  const { session } = useSession();
  if (session?.info.account.role !== 'admin') return <AdminsOnly />;
  return <AuditLog />;
}

function AuditLog() {
  const { t, lang } = useStaffT();
  const { query } = useLocation();
  const before = /^\d+$/.test(query.before ?? '') ? query.before : undefined;
  const [answer, setAnswer] = useState<{ entries: Entry[]; next_before: number | null }>();
  const [problem, setProblem] = useState<string>();
  // The organisations' names, for the log's ids ("food-bank"); the id stays if they cannot load.
  const [names, setNames] = useState<Map<string, string>>(new Map());

  // In the page's language: asked again when it changes.
  useEffect(() => {
    let current = true;
    staffFetch<{ organizations: { id: string; name: string }[] }>('/organizations').then(
      (a) => current && setNames(new Map(a.organizations.map((o) => [o.id, o.name]))),
      () => undefined,
    );
    return () => void (current = false);
  }, [lang]);

  useEffect(() => {
    let current = true;
    setAnswer(undefined);
    staffFetch<{ entries: Entry[]; next_before: number | null }>(before ? `/audit?before=${before}` : '/audit').then(
      (a) => current && setAnswer(a),
      (error) => current && setProblem(error instanceof StaffApiError ? error.message : String(error)),
    );
    return () => void (current = false);
  }, [before]);

  return (
    <StaffPage title={t('audit.title')} wide>
      <p>{t('audit.intro')}</p>
      {problem && <p class="staff-error-text" role="alert">{problem}</p>}
      {!answer && !problem && <p role="status">{t('frame.loading')}</p>}
      {answer && answer.entries.length === 0 && <p>{t('audit.empty')}</p>}
      {answer && answer.entries.length > 0 && (
        <div class="table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
          <table class="staff-table audit-table">
            <caption id="audit-caption">{before ? t('audit.captionOlder') : t('audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.organization')}</th>
                <th scope="col">{t('audit.request')}</th>
                <th scope="col">{t('audit.address')}</th>
              </tr>
            </thead>
            <tbody>
              {answer.entries.map((e) => (
                <tr key={e.id}>
                  <td>{formatMoment(e.at, lang)}</td>
                  <td>{describe(e, t)}</td>
                  <td>
                    <bdi>{whoWords(e, t)}</bdi>
                  </td>
                  <td>{e.organization_id ? (names.get(e.organization_id) ?? e.organization_id) : ''}</td>
                  <td>{e.request_id ? <bdi dir="ltr">{e.request_reference ?? e.request_id.slice(0, 8)}</bdi> : ''}</td>
                  <td>{e.address ? <bdi>{e.address}</bdi> : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav class="audit-pages" aria-label={t('audit.pages')}>
        {before && <a href="/staff/audit">{t('audit.newest')}</a>}
        {answer?.next_before && <a href={`/staff/audit?before=${answer.next_before}`}>{t('audit.older')}</a>}
      </nav>
    </StaffPage>
  );
}
