// "Invite someone": an address and a role; the answer is a link that works once, for 72 hours,
// shown here once to copy and send (the server keeps only its hash, so it cannot be shown again).
import { useRef, useState } from 'preact/hooks';
import { StaffApiError, staffFetch } from '../api';
import { formatMoment, useStaffT } from '../i18n';
import { ErrorSummary, Field, errorFor, type FormProblem } from './forms';

export function InviteForm({ organizationId, organizationName, onInvited }: { organizationId: string | null; organizationName?: string; onInvited?: () => void }) {
  const { t, lang } = useStaffT();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<'staff' | 'admin'>(organizationId ? 'staff' : 'admin');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<{ email: string; link: string; expires_at: string }>();
  const [copied, setCopied] = useState(false);
  const result = useRef<HTMLHeadingElement>(null);

  const invite = async (event: Event) => {
    event.preventDefault();
    const address = email.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) return setProblems([{ field: 'invite-email', message: t('team.invite.errors.email') }]);
    setBusy(true);
    setProblems([]);
    setMade(undefined);
    try {
      const body = role === 'admin' ? { email: address, role } : { email: address, role, organization_id: organizationId };
      const answer = await staffFetch<{ link: string; expires_at: string }>('/invitations', { method: 'POST', body });
      setMade({ email: address, ...answer });
      onInvited?.();
      setCopied(false);
      setEmail('');
      requestAnimationFrame(() => result.current?.focus());
    } catch (error) {
      const exists = error instanceof StaffApiError && error.code === 'account_exists';
      setProblems([{ field: 'invite-email', message: exists ? t('team.invite.errors.exists') : error instanceof StaffApiError ? error.message : t('common.failed') }]);
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(made!.link);
      setCopied(true);
    } catch {
      // No clipboard (an insecure context, a refusal): the link is selected to copy by hand.
      (document.getElementById('invite-link') as HTMLInputElement | null)?.select();
    }
  };

  return (
    <section aria-labelledby="invite-title" class="invite">
      <h2 id="invite-title">{t('team.invite.title')}</h2>
      {made && (
        <div class="invite-result">
          <h3 ref={result} tabIndex={-1}>
            {t('team.invite.made', { email: made.email })}
          </h3>
          <p>{t('team.invite.once', { time: formatMoment(made.expires_at, lang) })}</p>
          <label for="invite-link">{t('team.invite.link')}</label>
          <input id="invite-link" class="invite-link" type="text" readOnly value={made.link} dir="ltr" onFocus={(e) => e.currentTarget.select()} />
          <button type="button" class="staff-button staff-button-secondary" onClick={() => void copy()}>
            {t('team.invite.copy')}
          </button>
          <p role="status" class="copy-status">
            {copied ? t('team.invite.copied') : ''}
          </p>
        </div>
      )}
      <ErrorSummary problems={problems} />
      <form class="staff-form" onSubmit={(e) => void invite(e)} noValidate>
        <Field
          id="invite-email"
          label={t('team.invite.email')}
          type="email"
          autocomplete="off"
          spellcheck={false}
          value={email}
          onValue={setEmail}
          error={errorFor(problems, 'invite-email')}
        />
        {organizationId && (
          <fieldset class="staff-radios">
            <legend>{t('team.invite.role')}</legend>
            <div class="staff-radio">
              <input id="invite-role-staff" type="radio" name="role" value="staff" checked={role === 'staff'} onChange={() => setRole('staff')} />
              <label for="invite-role-staff">{t('team.invite.roleStaff', { organization: organizationName ?? '' })}</label>
            </div>
            <div class="staff-radio">
              <input id="invite-role-admin" type="radio" name="role" value="admin" checked={role === 'admin'} onChange={() => setRole('admin')} />
              <label for="invite-role-admin">{t('team.invite.roleAdmin')}</label>
            </div>
          </fieldset>
        )}
        <button type="submit" class="staff-button" disabled={busy}>
          {t('team.invite.submit')}
        </button>
      </form>
    </section>
  );
}
