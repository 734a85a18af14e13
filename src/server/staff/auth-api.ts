// Signing in and out, and turning an invitation into an account (with a passkey, or a password
// where the device has none). Every answer that carries a session's CSRF token is no-store.
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { apiError, NO_STORE } from '../api-errors';
import { clientAddress } from '../client-address';
import { audit } from './audit';
import { acceptInvitation, findInvitation, isEmail, MAX_EMAIL_LENGTH, normalizeEmail, type NewCredential, type Problem } from './invitations';
import { jsonBody } from './json-body';
import { organizationName } from './organizations';
import { staffLanguage } from './staff-language';
import { passkeys } from './passkeys';
import { hashPassword, MAX_PASSWORD_LENGTH, passwordProblem, verifyPassword } from './passwords';
import { clearSessionCookie, currentSessionInfo, endSessions, requireStaff, startSession } from './sessions';
import { addressLimit, clearSignInFailures, oneAtATime, recordSignInFailure, signInLockedUntil, signInSubjects } from './sign-in-limits';
import { publicOrigin, type StaffDeps, type StaffEnv, type StaffMember } from './staff-context';

const Token = v.pipe(v.string(), v.maxLength(200));
const Password = v.pipe(v.string(), v.maxLength(MAX_PASSWORD_LENGTH, `A password may have at most ${MAX_PASSWORD_LENGTH} characters.`));
/** What @simplewebauthn/browser sends; the library checks the rest. */
const PasskeyAnswer = v.looseObject({
  id: v.pipe(v.string(), v.maxLength(1024)),
  rawId: v.string(),
  type: v.literal('public-key'),
  response: v.looseObject({ clientDataJSON: v.string() }),
  clientExtensionResults: v.optional(v.looseObject({}), {}),
});

const fail = (c: Context, problem: Problem) => apiError(c, problem.status, problem.code, problem.message);

export function authApi(deps: StaffDeps) {
  const app = new Hono<StaffEnv>();
  const keys = passkeys(deps.sql, deps.now);
  const address = (c: Context) => clientAddress(c, deps.trustedProxies);
  const signedIn = async (c: Context, member: StaffMember) => c.json(await startSession(deps, c, member), 200, NO_STORE);

  // --- The session -------------------------------------------------------------------------
  // Asking how long is left must not keep a forgotten session alive.
  app.get('/session', requireStaff(deps, { touch: false }), (c) => c.json(currentSessionInfo(deps, c), 200, NO_STORE));
  app.post('/session/extend', requireStaff(deps), (c) => c.json(currentSessionInfo(deps, c), 200, NO_STORE));

  app.post('/sign-out', requireStaff(deps, { touch: false }), async (c) => {
    const staff = c.get('staff');
    await endSessions(deps, { id_hash: c.get('session').id_hash });
    clearSessionCookie(deps, c);
    await audit(deps.sql, { at: deps.now(), action: 'sign_out', account_id: staff.account_id, email: staff.email, organization_id: staff.organization_id, address: address(c) });
    return c.body(null, 204);
  });

  app.post('/sign-out-everywhere', requireStaff(deps, { touch: false }), async (c) => {
    const staff = c.get('staff');
    await endSessions(deps, { account_id: staff.account_id });
    clearSessionCookie(deps, c);
    await audit(deps.sql, { at: deps.now(), action: 'sign_out_everywhere', account_id: staff.account_id, email: staff.email, organization_id: staff.organization_id, address: address(c) });
    return c.body(null, 204);
  });

  // --- Invitations -------------------------------------------------------------------------
  app.post('/invitations/check', async (c) => {
    const body = await jsonBody(c, v.object({ token: Token }));
    if (!body.ok) return body.response;
    const found = await findInvitation(deps.sql, body.value.token, deps.now());
    if (!found.ok) return fail(c, found.problem);
    const { email, role, organization_id, expires_at } = found.invitation;
    return c.json({ email, role, organization_id, organization_name: organization_id ? await organizationName(deps.sql, organization_id, staffLanguage(c)) : null, expires_at: expires_at.toISOString() }, 200, NO_STORE);
  });

  app.post('/invitations/passkey-options', async (c) => {
    const body = await jsonBody(c, v.object({ token: Token }));
    if (!body.ok) return body.response;
    const found = await findInvitation(deps.sql, body.value.token, deps.now());
    if (!found.ok) return fail(c, found.problem);
    return c.json(await keys.registrationOptions(publicOrigin(deps.settings, c), found.invitation), 200, NO_STORE);
  });

  /** The account made from an invitation, its session started. */
  const register = async (c: Context, token: string, credential: NewCredential) => {
    const accepted = await acceptInvitation(deps.sql, token, deps.now(), credential, address(c));
    return accepted.ok ? signedIn(c, accepted.member) : fail(c, accepted.problem);
  };

  app.post('/invitations/passkey', async (c) => {
    const body = await jsonBody(c, v.object({ token: Token, response: PasskeyAnswer }));
    if (!body.ok) return body.response;
    const found = await findInvitation(deps.sql, body.value.token, deps.now());
    if (!found.ok) return fail(c, found.problem);
    const checked = await keys.verifyRegistration(publicOrigin(deps.settings, c), found.invitation.token_hash, body.value.response as unknown as RegistrationResponseJSON);
    if (!checked.ok) return fail(c, checked.problem);
    return register(c, body.value.token, checked.credential);
  });

  app.post('/invitations/password', async (c) => {
    const body = await jsonBody(c, v.object({ token: Token, password: Password }));
    if (!body.ok) return body.response;
    const found = await findInvitation(deps.sql, body.value.token, deps.now());
    if (!found.ok) return fail(c, found.problem);
    const problem = passwordProblem(body.value.password, found.invitation.email);
    if (problem) return apiError(c, 400, problem.code, problem.message);
    return register(c, body.value.token, { password_hash: await hashPassword(body.value.password) });
  });

  // --- Signing in --------------------------------------------------------------------------
  app.post('/sign-in/passkey-options', async (c) => c.json(await keys.authenticationOptions(publicOrigin(deps.settings, c)), 200, NO_STORE));

  app.post('/sign-in/passkey', async (c) => {
    const body = await jsonBody(c, v.object({ response: PasskeyAnswer }));
    if (!body.ok) return body.response;
    // Failed passkeys count against the client address like wrong passwords: no one can fill the
    // audit log (or the CPU) with forged answers.
    const from = address(c);
    const limits = [addressLimit(from)];
    return oneAtATime(limits, async () => {
      const now = deps.now();
      const locked = await signInLockedUntil(deps.sql, limits, now);
      if (locked) return tooManyTries(c, locked, now);
      const checked = await keys.verifyAuthentication(publicOrigin(deps.settings, c), body.value.response as unknown as AuthenticationResponseJSON);
      if (!checked.ok) {
        await recordSignInFailure(deps.sql, limits, now);
        await audit(deps.sql, { at: now, action: 'sign_in_failed', detail: { method: 'passkey', reason: checked.problem.code }, address: from });
        return fail(c, checked.problem);
      }
      return signedIn(c, checked.member);
    });
  });

  app.post('/sign-in/password', async (c) => {
    const body = await jsonBody(c, v.object({ email: v.pipe(v.string(), v.maxLength(MAX_EMAIL_LENGTH)), password: Password }));
    if (!body.ok) return body.response;
    const email = normalizeEmail(body.value.email);
    const from = address(c);
    const limits = signInSubjects(email, from);

    // One try at a time per counter: tries sent all at once must not all pass the lock check.
    return oneAtATime(limits, async () => {
      const now = deps.now();
      // What was typed as the address is logged only if it is one: a password typed in the wrong
      // field must not end up in a log that administrators read.
      const failed = (reason: string, account_id?: string) =>
        audit(deps.sql, { at: now, action: 'sign_in_failed', account_id, email: isEmail(email) ? email : null, detail: { method: 'password', reason }, address: from });

      // Refused while locked, without a log row each: the failure that set the lock has one, and
      // tries against a lock must not fill the log.
      const locked = await signInLockedUntil(deps.sql, limits, now);
      if (locked) return tooManyTries(c, locked, now);
      const [account] = await deps.sql.query<StaffMember & { password_hash: string | null }>(
        'SELECT id AS account_id, email, role, organization_id, password_hash FROM staff_account WHERE email = $1 AND removed_at IS NULL',
        [email],
      );
      // Always one argon2 verification, account or not: the time taken tells nothing.
      if (!(await verifyPassword(account?.password_hash, body.value.password))) {
        await recordSignInFailure(deps.sql, limits, now);
        await failed('wrong_credentials', account?.account_id);
        const lockedNow = await signInLockedUntil(deps.sql, limits, now);
        if (lockedNow) return tooManyTries(c, lockedNow, now);
        return apiError(c, 401, 'wrong_credentials', 'The e-mail address or the password is not right. Check both and try again.');
      }
      await clearSignInFailures(deps.sql, email);
      const { password_hash: _, ...member } = account!;
      return signedIn(c, member);
    });
  });

  return app;
}

/** 429 locked: when to try again, as Retry-After (seconds) and retry_at (for the page to show in local time). */
function tooManyTries(c: Context, until: Date, now: Date) {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  c.header('Retry-After', String(seconds));
  return apiError(c, 429, 'locked', `Too many tries. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, { retry_at: until.toISOString() });
}
