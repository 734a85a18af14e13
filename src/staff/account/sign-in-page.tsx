// /staff/sign-in: a passkey first (one button, the device asks for a fingerprint, a face or a
// PIN); "Sign in with a password instead" for a device without one. Why the person was signed
// out (idle, 12 hours, ended elsewhere) is said at the top. A lock says when to try again, in
// the person's own time.
import { browserSupportsWebAuthn, startAuthentication, type PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { StaffApiError, staffFetch, useSession, type SessionInfo, type SignedOutReason } from '../api';
import { homeOf, safeNext } from '../routes';
import { formatTime, useStaffT } from '../i18n';
import { StaffPage } from '../page';
import { ErrorSummary, Field, errorFor, type FormProblem } from './forms';
import { passkeyProblem } from './passkey-words';

const REASONS: Record<SignedOutReason, string> = {
  idle: 'signIn.reason.idle',
  max: 'signIn.reason.max',
  expired: 'signIn.reason.expired',
  ended: 'signIn.reason.ended',
};

export default function SignInPage() {
  const { t, lang } = useStaffT();
  const { session, reason } = useSession();
  const { query, route } = useLocation();
  const passkeys = browserSupportsWebAuthn();
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  useEffect(() => {
    if (session) route(safeNext(query.next) ?? homeOf(session.info.account), true);
  }, [session]);

  const withPasskey = async () => {
    setBusy(true);
    setProblems([]);
    try {
      const optionsJSON = await staffFetch<PublicKeyCredentialRequestOptionsJSON>('/sign-in/passkey-options', { method: 'POST', body: {} });
      const response = await startAuthentication({ optionsJSON });
      await staffFetch<SessionInfo>('/sign-in/passkey', { method: 'POST', body: { response } });
    } catch (error) {
      setProblems([{ message: passkeyProblem(error, t) }]);
    } finally {
      setBusy(false);
    }
  };

  const withPassword = async (event: Event) => {
    event.preventDefault();
    const missing: FormProblem[] = [];
    if (!email.trim()) missing.push({ field: 'sign-in-email', message: t('signIn.errors.emailMissing') });
    if (!password) missing.push({ field: 'sign-in-password', message: t('signIn.errors.passwordMissing') });
    if (missing.length) return setProblems(missing);
    setBusy(true);
    setProblems([]);
    try {
      await staffFetch<SessionInfo>('/sign-in/password', { method: 'POST', body: { email: email.trim(), password } });
    } catch (error) {
      setPassword('');
      setProblems([passwordProblem(error)]);
    } finally {
      setBusy(false);
    }
  };

  const passwordProblem = (error: unknown): FormProblem => {
    if (!(error instanceof StaffApiError)) return { message: t('common.failed') };
    if (error.code === 'locked' && typeof error.detail.retry_at === 'string') return { message: t('signIn.errors.locked', { time: formatTime(error.detail.retry_at, lang) }) };
    if (error.code === 'wrong_credentials') return { field: 'sign-in-email', message: t('signIn.errors.wrong') };
    if (error.code === 'offline') return { message: t('common.offline') };
    return { message: error.message };
  };

  return (
    <StaffPage title={t('signIn.title')}>
      {reason && (
        <p class="staff-notice" role="status">
          {t(REASONS[reason])}
        </p>
      )}
      <ErrorSummary problems={problems} />
      {passkeys ? (
        <>
          <p>{t('signIn.passkeyIntro')}</p>
          <button type="button" class="staff-button" disabled={busy} onClick={() => void withPasskey()}>
            {t('signIn.passkeyButton')}
          </button>
        </>
      ) : (
        <p>{t('signIn.noPasskeys')}</p>
      )}
      <details class="staff-details" open={!passkeys}>
        <summary>{t('signIn.passwordInstead')}</summary>
        <form class="staff-form" onSubmit={(e) => void withPassword(e)} noValidate>
          <Field
            id="sign-in-email"
            label={t('signIn.email')}
            type="email"
            autocomplete="username"
            spellcheck={false}
            value={email}
            onValue={setEmail}
            error={errorFor(problems, 'sign-in-email')}
          />
          <Field
            id="sign-in-password"
            label={t('signIn.password')}
            type="password"
            autocomplete="current-password"
            value={password}
            onValue={setPassword}
            error={errorFor(problems, 'sign-in-password')}
          />
          <button type="submit" class="staff-button" disabled={busy}>
            {t('signIn.submit')}
          </button>
        </form>
      </details>
    </StaffPage>
  );
}
