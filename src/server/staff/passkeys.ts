// Passkeys (WebAuthn, @simplewebauthn/server): the way staff are asked to sign in. Credentials
// are discoverable (kept on the authenticator with the account's handle), so signing in needs
// no e-mail: the browser offers the passkeys it has for Ponte. The relying party is the host of
// the public origin. Each challenge lives in this process's memory for 5 minutes and is used
// once; a restart only means asking again.
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { randomUUID } from 'node:crypto';
import type { Sql } from '../database';
import type { NewCredential, Problem } from './invitations';
import type { StaffMember } from './staff-context';

export const CHALLENGE_MS = 5 * 60_000;
/** Unanswered challenges kept at most (options are asked before anyone is known). */
const MAX_CHALLENGES = 10_000;

type Pending = { purpose: 'register'; token_hash: string; account_id: string; expires: number } | { purpose: 'sign-in'; expires: number };

/** One-use challenges, forgotten after CHALLENGE_MS. */
class Challenges {
  private readonly pending = new Map<string, Pending>();
  constructor(private readonly now: () => Date) {}

  add(challenge: string, entry: Pending) {
    const now = this.now().getTime();
    for (const [key, old] of this.pending) if (old.expires <= now) this.pending.delete(key);
    // Oldest first (a Map keeps insertion order): a flood of asks only pushes out the oldest.
    while (this.pending.size >= MAX_CHALLENGES) this.pending.delete(this.pending.keys().next().value!);
    this.pending.set(challenge, entry);
  }

  take(challenge: string): Pending | undefined {
    const entry = this.pending.get(challenge);
    this.pending.delete(challenge);
    return entry && entry.expires > this.now().getTime() ? entry : undefined;
  }
}

const FAILED: Problem = { status: 400, code: 'passkey_failed', message: 'The passkey could not be checked (it took more than 5 minutes, or it was cancelled). Try again.' };

export function passkeys(sql: Sql, now: () => Date) {
  const challenges = new Challenges(now);
  const expires = () => now().getTime() + CHALLENGE_MS;
  const rpOf = (origin: string) => new URL(origin).hostname;

  return {
    /** Options for the browser to make a passkey for an invited person (startRegistration). */
    async registrationOptions(origin: string, invitation: { token_hash: string; email: string }) {
      const account_id = randomUUID();
      const options = await generateRegistrationOptions({
        rpName: 'Ponte',
        rpID: rpOf(origin),
        userName: invitation.email,
        userDisplayName: invitation.email,
        // The handle the authenticator keeps: the account's id to be (never the e-mail).
        userID: new Uint8Array(Buffer.from(account_id.replaceAll('-', ''), 'hex')),
        timeout: CHALLENGE_MS,
        attestationType: 'none',
        authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
      });
      challenges.add(options.challenge, { purpose: 'register', token_hash: invitation.token_hash, account_id, expires: expires() });
      return options;
    },

    /** The new passkey, checked against its challenge (once) and the public origin. */
    async verifyRegistration(origin: string, token_hash: string, response: RegistrationResponseJSON): Promise<{ ok: true; credential: NewCredential } | { ok: false; problem: Problem }> {
      let pending: Pending | undefined;
      try {
        const result = await verifyRegistrationResponse({
          response,
          expectedChallenge: (challenge) => {
            pending = challenges.take(challenge);
            return pending?.purpose === 'register' && pending.token_hash === token_hash;
          },
          expectedOrigin: origin,
          expectedRPID: rpOf(origin),
          // 'preferred': an authenticator without a PIN or fingerprint is still a passkey.
          requireUserVerification: false,
        });
        if (!result.verified || pending?.purpose !== 'register') return { ok: false, problem: FAILED };
        const { credential } = result.registrationInfo;
        return {
          ok: true,
          credential: {
            account_id: pending.account_id,
            passkey: {
              credential_id: credential.id,
              public_key: Buffer.from(credential.publicKey).toString('base64url'),
              counter: credential.counter,
              transports: credential.transports ?? response.response.transports ?? [],
            },
          },
        };
      } catch {
        return { ok: false, problem: FAILED };
      }
    },

    /** Options for signing in with any passkey the browser has for Ponte (startAuthentication). */
    async authenticationOptions(origin: string) {
      const options = await generateAuthenticationOptions({ rpID: rpOf(origin), userVerification: 'preferred', timeout: CHALLENGE_MS });
      challenges.add(options.challenge, { purpose: 'sign-in', expires: expires() });
      return options;
    },

    /** The account whose passkey answered the challenge, or why not. */
    async verifyAuthentication(origin: string, response: AuthenticationResponseJSON): Promise<{ ok: true; member: StaffMember } | { ok: false; problem: Problem }> {
      const [row] = await sql.query<{ public_key: string; counter: string | number; transports: string[]; account_id: string; email: string; role: 'admin' | 'staff'; organization_id: string | null }>(
        `SELECT p.public_key, p.counter, p.transports, a.id AS account_id, a.email, a.role, a.organization_id
         FROM staff_passkey p JOIN staff_account a ON a.id = p.account_id
         WHERE p.credential_id = $1 AND a.removed_at IS NULL`,
        [response.id],
      );
      if (!row) {
        return { ok: false, problem: { status: 401, code: 'passkey_unknown', message: 'Ponte does not know this passkey (or its account was removed). Choose another passkey, sign in with your password, or ask an administrator for an invitation.' } };
      }
      try {
        const result = await verifyAuthenticationResponse({
          response,
          expectedChallenge: (challenge) => challenges.take(challenge)?.purpose === 'sign-in',
          expectedOrigin: origin,
          expectedRPID: rpOf(origin),
          credential: { id: response.id, publicKey: new Uint8Array(Buffer.from(row.public_key, 'base64url')), counter: Number(row.counter), transports: row.transports },
          requireUserVerification: false,
        });
        if (!result.verified) return { ok: false, problem: { ...FAILED, status: 401 } };
        await sql.query('UPDATE staff_passkey SET counter = $2, last_used_at = $3 WHERE credential_id = $1', [response.id, result.authenticationInfo.newCounter, now()]);
      } catch {
        return { ok: false, problem: { ...FAILED, status: 401 } };
      }
      return { ok: true, member: { account_id: row.account_id, email: row.email, role: row.role, organization_id: row.organization_id } };
    },
  };
}
