// Invitations: the only way an account comes to exist. An administrator (or the command line)
// invites an e-mail address; the link carries a random token that is shown once and of which
// only the hash is kept. It works for 72 hours, once: the account is created in the same
// transaction that marks the invitation used, so two tabs racing on one link make one account.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import * as v from 'valibot';
import type { Sql } from '../database';
import { audit } from './audit';
import { publishedOrganizations } from './organizations';
import type { StaffMember } from './staff-context';

export const INVITATION_HOURS = 72;
export const MAX_EMAIL_LENGTH = 254;

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');
/** 32 random bytes, base64url: 43 characters. */
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export const normalizeEmail = (email: string) => email.trim().toLowerCase();
const EmailSchema = v.pipe(v.string(), v.maxLength(MAX_EMAIL_LENGTH), v.email());
export const isEmail = (email: string) => v.is(EmailSchema, normalizeEmail(email));

/** The page that opens an invitation: the token only in the fragment, which browsers never send to a server or put in a Referer. */
export const invitationLink = (origin: string, token: string) => `${origin}/staff/invitation#${token}`;

export interface InvitationRequest {
  email: string;
  role: 'admin' | 'staff';
  organization_id?: string | null;
}

/** Who invites: an administrator signed in, or the server's own command line. */
export type Inviter = { account_id: string; email: string; address?: string } | 'command line';

export interface Problem {
  status: 400 | 401 | 404 | 409 | 410;
  code: string;
  message: string;
  /** organization_unknown: a few ids that do exist. */
  known_organizations?: string[];
}

export type Outcome<T> = ({ ok: true } & T) | { ok: false; problem: Problem };

export interface Invitation {
  token_hash: string;
  email: string;
  role: 'admin' | 'staff';
  organization_id: string | null;
  expires_at: Date;
  used_at: Date | null;
  cancelled_at: Date | null;
}

export async function createInvitation(sql: Sql, now: Date, request: InvitationRequest, by: Inviter): Promise<Outcome<{ token: string; expires_at: Date }>> {
  const email = normalizeEmail(request.email);
  if (!isEmail(email)) {
    return { ok: false, problem: { status: 400, code: 'invalid_email', message: `"${request.email.slice(0, 80)}" is not an e-mail address: write it like name@example.org.` } };
  }
  const organization = request.role === 'admin' ? null : (request.organization_id ?? '').trim();
  if (request.role === 'admin' && request.organization_id) {
    return { ok: false, problem: { status: 400, code: 'organization_not_for_admins', message: 'An administrator belongs to no organisation: leave the organisation out, or invite them as staff.' } };
  }
  if (organization !== null) {
    const known = (await publishedOrganizations(sql)).map((o) => o.id);
    if (!known.includes(organization)) {
      const message = organization
        ? `There is no organisation "${organization.slice(0, 80)}" in the published directory. Pick one of its organisations.`
        : 'A staff member belongs to one organisation: say which.';
      return { ok: false, problem: { status: 400, code: organization ? 'organization_unknown' : 'organization_required', message, known_organizations: known } };
    }
  }
  const [live] = await sql.query('SELECT 1 FROM staff_account WHERE email = $1 AND removed_at IS NULL', [email]);
  if (live) {
    return {
      ok: false,
      problem: { status: 409, code: 'account_exists', message: `${email} already has an account and can sign in now. To move it to another organisation or role, remove it first, then invite it again.` },
    };
  }
  const token = randomBytes(32).toString('base64url');
  const expires_at = new Date(now.getTime() + INVITATION_HOURS * 3_600_000);
  const inviter = by === 'command line' ? null : by;
  await sql.transaction(async (tx) => {
    await tx.query(
      'INSERT INTO staff_invitation (token_hash, email, role, organization_id, invited_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [tokenHash(token), email, request.role, organization, inviter?.account_id ?? null, now, expires_at],
    );
    await audit(tx, {
      at: now,
      action: 'invitation_created',
      account_id: inviter?.account_id,
      email: inviter?.email,
      organization_id: organization,
      detail: { invited_email: email, role: request.role, expires_at: expires_at.toISOString(), ...(inviter ? {} : { by: 'command line' }) },
      address: inviter?.address,
    });
  });
  return { ok: true, token, expires_at };
}

const UNKNOWN: Problem = { status: 404, code: 'invitation_unknown', message: 'This invitation link is not known. Check that you opened the whole link, or ask an administrator for a new one.' };

/** The invitation a token opens, if it can still be used. */
export async function findInvitation(sql: Sql, token: string, now: Date, { forUpdate = false } = {}): Promise<Outcome<{ invitation: Invitation }>> {
  if (!TOKEN_FORMAT.test(token)) return { ok: false, problem: UNKNOWN };
  const [row] = await sql.query<Invitation>(
    `SELECT token_hash, email, role, organization_id, expires_at, used_at, cancelled_at FROM staff_invitation WHERE token_hash = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [tokenHash(token)],
  );
  if (!row) return { ok: false, problem: UNKNOWN };
  if (row.used_at) {
    return { ok: false, problem: { status: 410, code: 'invitation_used', message: 'This invitation has already been used. Sign in with the passkey or password chosen then, or ask an administrator for a new invitation.' } };
  }
  if (row.cancelled_at) {
    return { ok: false, problem: { status: 410, code: 'invitation_cancelled', message: 'An administrator cancelled this invitation. Ask them for a new one if you still need an account.' } };
  }
  if (new Date(row.expires_at).getTime() <= now.getTime()) {
    return { ok: false, problem: { status: 410, code: 'invitation_expired', message: `This invitation has expired (they last ${INVITATION_HOURS} hours). Ask an administrator for a new one.` } };
  }
  return { ok: true, invitation: { ...row, expires_at: new Date(row.expires_at) } };
}

export interface NewCredential {
  /** argon2id of the chosen password. */
  password_hash?: string;
  passkey?: { credential_id: string; public_key: string; counter: number; transports: string[] };
  /** The account's id, when it was chosen earlier (the passkey's user handle). */
  account_id?: string;
}

/**
 * Creates the invited account with its first way to sign in and marks the invitation used, in
 * one transaction (the invitation row is locked: a second use waits, then finds it used).
 */
export async function acceptInvitation(sql: Sql, token: string, now: Date, credential: NewCredential, address: string): Promise<Outcome<{ member: StaffMember }>> {
  return sql.transaction(async (tx) => {
    const found = await findInvitation(tx, token, now, { forUpdate: true });
    if (!found.ok) return found;
    const { invitation } = found;
    const [live] = await tx.query('SELECT 1 FROM staff_account WHERE email = $1 AND removed_at IS NULL', [invitation.email]);
    if (live) {
      return { ok: false as const, problem: { status: 409 as const, code: 'account_exists', message: `${invitation.email} already has an account (from another invitation): sign in with it.` } };
    }
    // A passkey belongs to one account: registered for another one, it is refused (not a 500).
    const [taken] = credential.passkey ? await tx.query('SELECT 1 FROM staff_passkey WHERE credential_id = $1', [credential.passkey.credential_id]) : [];
    if (taken) {
      return { ok: false as const, problem: { status: 409 as const, code: 'passkey_taken', message: 'This passkey is already used by another Ponte account. Create a new passkey, or set a password instead.' } };
    }
    const member: StaffMember = { account_id: credential.account_id ?? randomUUID(), email: invitation.email, role: invitation.role, organization_id: invitation.organization_id };
    await tx.query('INSERT INTO staff_account (id, email, role, organization_id, password_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
      member.account_id,
      member.email,
      member.role,
      member.organization_id,
      credential.password_hash ?? null,
      now,
    ]);
    if (credential.passkey) {
      const p = credential.passkey;
      await tx.query('INSERT INTO staff_passkey (credential_id, account_id, public_key, counter, transports, created_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6)', [
        p.credential_id,
        member.account_id,
        p.public_key,
        p.counter,
        JSON.stringify(p.transports),
        now,
      ]);
    }
    await tx.query('UPDATE staff_invitation SET used_at = $2 WHERE token_hash = $1', [invitation.token_hash, now]);
    await audit(tx, {
      at: now,
      action: 'account_registered',
      account_id: member.account_id,
      email: member.email,
      organization_id: member.organization_id,
      detail: { role: member.role, method: credential.passkey ? 'passkey' : 'password' },
      address,
    });
    return { ok: true as const, member };
  });
}
