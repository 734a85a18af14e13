// Where the staff pages send people: after signing in, and back to the page they asked for.
import type { StaffAccount } from './api';

/** Where a person lands after signing in: the inbox for an organisation's staff, the team for an administrator. */
export const homeOf = (account: StaffAccount) => (account.role === 'admin' ? '/staff/team' : '/staff');

/** Only a staff page of this site may be gone back to after signing in (never another site). */
export const safeNext = (next: string | undefined) => (next && /^\/staff(\/[\w-]|\?|$)/.test(next) ? next : undefined);
