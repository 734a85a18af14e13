// /staff/invitation#<token>: the invited person sees who is invited, for which organisation, and
// makes their way of signing in: a passkey (the device's fingerprint, face or PIN) or, where the
// browser has none or the person prefers, a password whose rules are said before typing. An
// expired, used or unknown link says to ask the administrator for a new one.
import { browserSupportsWebAuthn, startRegistration, type PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/browser';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { StaffApiError, staffFetch, type SessionInfo } from '../api';
import { formatMoment, useStaffT } from '../i18n';
import { StaffPage } from '../page';
import { homeOf } from '../routes';
import { ErrorSummary, Field, errorFor, type FormProblem } from './forms';
import { invitationToken } from './invitation-token';
import { passkeyProblem } from './passkey-words';

interface Invitation {
  email: string;
  role: 'admin' | 'staff';
  organization_id: string | null;
  organization_name: string | null;
  expires_at: string;
}

const MIN_PASSWORD = 12;
const LINK_PROBLEMS: Record<string, string> = {
  invitation_unknown: 'invitation.problem.unknown',
  invitation_used: 'invitation.problem.used',
  invitation_expired: 'invitation.problem.expired',
  invitation_cancelled: 'invitation.problem.cancelled',
};

export default function InvitationPage() {
  const { t, lang } = useStaffT();
  const { route } = useLocation();
  const token = invitationToken();
  const [invitation, setInvitation] = useState<Invitation>();
  const [linkProblem, setLinkProblem] = useState<string | undefined>(token ? undefined : 'invitation.problem.noToken');
  const passkeys = browserSupportsWebAuthn();
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [password, setPassword] = useState('');
  const [shown, setShown] = useState(false);

  useEffect(() => {
    if (!token) return;
    staffFetch<Invitation>('/invitations/check', { method: 'POST', body: { token } }).then(setInvitation, (error) => {
      setLinkProblem(error instanceof StaffApiError && LINK_PROBLEMS[error.code] ? LINK_PROBLEMS[error.code] : 'invitation.problem.unknown');
    });
  }, [token]);

  const registered = (info: SessionInfo) => route(homeOf(info.account), true);
  const fail = (error: unknown, field?: string) => {
    if (error instanceof StaffApiError && LINK_PROBLEMS[error.code]) return setLinkProblem(LINK_PROBLEMS[error.code]);
    if (error instanceof StaffApiError && error.code === 'password_too_short') return setProblems([{ field, message: t('invitation.errors.tooShort', { count: MIN_PASSWORD }) }]);
    if (error instanceof StaffApiError && error.code === 'password_common') return setProblems([{ field, message: t('invitation.errors.common') }]);
    if (error instanceof StaffApiError && error.code === 'account_exists') return setProblems([{ message: t('invitation.errors.accountExists') }]);
    setProblems([{ field, message: field ? (error instanceof StaffApiError ? error.message : t('common.failed')) : passkeyProblem(error, t) }]);
  };

  const createPasskey = async () => {
    setBusy(true);
    setProblems([]);
    try {
      const optionsJSON = await staffFetch<PublicKeyCredentialCreationOptionsJSON>('/invitations/passkey-options', { method: 'POST', body: { token } });
      const response = await startRegistration({ optionsJSON });
      registered(await staffFetch<SessionInfo>('/invitations/passkey', { method: 'POST', body: { token, response } }));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const setOwnPassword = async (event: Event) => {
    event.preventDefault();
    if (password.length < MIN_PASSWORD) return setProblems([{ field: 'new-password', message: t('invitation.errors.tooShort', { count: MIN_PASSWORD }) }]);
    setBusy(true);
    setProblems([]);
    try {
      registered(await staffFetch<SessionInfo>('/invitations/password', { method: 'POST', body: { token, password } }));
    } catch (error) {
      fail(error, 'new-password');
    } finally {
      setBusy(false);
    }
  };

  if (linkProblem) {
    return (
      <StaffPage title={t('invitation.problem.title')}>
        <p>{t(linkProblem)}</p>
        <p>{t('invitation.problem.askAdmin')}</p>
      </StaffPage>
    );
  }
  if (!invitation) {
    return (
      <StaffPage title={t('invitation.title')}>
        <p role="status">{t('frame.loading')}</p>
      </StaffPage>
    );
  }

  const passwordForm = (
    <form class="staff-form" onSubmit={(e) => void setOwnPassword(e)} noValidate>
      <Field
        id="new-password"
        label={t('invitation.password.label')}
        hint={
          <ul>
            <li>{t('invitation.password.ruleLength', { count: MIN_PASSWORD })}</li>
            <li>{t('invitation.password.ruleCommon')}</li>
            <li>{t('invitation.password.ruleTip')}</li>
          </ul>
        }
        type={shown ? 'text' : 'password'}
        autocomplete="new-password"
        spellcheck={false}
        autocapitalize="off"
        value={password}
        onValue={setPassword}
        error={errorFor(problems, 'new-password')}
      />
      <div class="staff-checkbox">
        <input id="show-password" type="checkbox" checked={shown} onChange={(e) => setShown(e.currentTarget.checked)} />
        <label for="show-password">{t('invitation.password.show')}</label>
      </div>
      <button type="submit" class="staff-button" disabled={busy}>
        {t('invitation.password.submit')}
      </button>
    </form>
  );

  return (
    <StaffPage title={t('invitation.title')}>
      <p>
        {invitation.role === 'admin'
          ? t('invitation.whoAdmin', { email: invitation.email })
          : t('invitation.whoStaff', { email: invitation.email, organization: invitation.organization_name ?? invitation.organization_id ?? '' })}
      </p>
      <p class="field-hint">{t('invitation.expires', { time: formatMoment(invitation.expires_at, lang) })}</p>
      <ErrorSummary problems={problems} />
      {passkeys ? (
        <>
          <h2>{t('invitation.passkey.title')}</h2>
          <p>{t('invitation.passkey.text')}</p>
          <button type="button" class="staff-button" disabled={busy} onClick={() => void createPasskey()}>
            {t('invitation.passkey.button')}
          </button>
          <details class="staff-details">
            <summary>{t('invitation.password.instead')}</summary>
            {passwordForm}
          </details>
        </>
      ) : (
        <>
          <h2>{t('invitation.password.title')}</h2>
          <p>{t('invitation.password.noPasskeys')}</p>
          {passwordForm}
        </>
      )}
    </StaffPage>
  );
}
