// Administrators: the organisations, their staff accounts, invitations, removals and the audit
// log. An organisation's staff may only list their own organisation (for the page's header).
import { Hono, type MiddlewareHandler } from 'hono';
import * as v from 'valibot';
import { apiError, NO_STORE } from '../api-errors';
import { clientAddress } from '../client-address';
import { audit } from './audit';
import { createInvitation, invitationLink, MAX_EMAIL_LENGTH } from './invitations';
import { jsonBody } from './json-body';
import { byName, organizationName, publishedOrganizations } from './organizations';
import { endSessions, requireStaff } from './sessions';
import { publicOrigin, type StaffDeps, type StaffEnv } from './staff-context';
import { staffLanguage } from './staff-language';

export const AUDIT_PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const adminsOnly: MiddlewareHandler<StaffEnv> = async (c, next) => {
  if (c.get('staff').role !== 'admin') return apiError(c, 403, 'admins_only', 'Only a city administrator can do this.');
  await next();
};

export function teamApi(deps: StaffDeps) {
  const app = new Hono<StaffEnv>();
  // Per route, not app.use('*'): this router shares its mount point with the sign-in routes.
  const admin = [requireStaff(deps), adminsOnly] as const;

  app.get('/organizations', requireStaff(deps), async (c) => {
    const staff = c.get('staff');
    const counts = new Map(
      (await deps.sql.query<{ organization_id: string; n: string | number }>(
        "SELECT organization_id, count(*) AS n FROM staff_account WHERE role = 'staff' AND removed_at IS NULL GROUP BY organization_id",
      )).map((r) => [r.organization_id, Number(r.n)]),
    );
    const lang = staffLanguage(c);
    // Named in the page's language and sorted as it sorts: a list people look through by name.
    const organizations =
      staff.role === 'admin' ? byName(await publishedOrganizations(deps.sql, lang), lang) : [{ id: staff.organization_id!, name: await organizationName(deps.sql, staff.organization_id!, lang) }];
    return c.json({ organizations: organizations.map((o) => ({ ...o, staff_count: counts.get(o.id) ?? 0 })) }, 200, NO_STORE);
  });

  app.get('/accounts', ...admin, async (c) => {
    const organization = c.req.query('organization_id') || null;
    const rows = await deps.sql.query<{ id: string; email: string; role: string; organization_id: string | null; created_at: Date | string; passkeys: string | number; has_password: boolean }>(
      `SELECT a.id, a.email, a.role, a.organization_id, a.created_at, a.password_hash IS NOT NULL AS has_password,
              (SELECT count(*) FROM staff_passkey p WHERE p.account_id = a.id) AS passkeys
       FROM staff_account a
       WHERE a.removed_at IS NULL AND ($1::text IS NULL OR a.organization_id = $1)
       ORDER BY a.role, a.organization_id NULLS FIRST, a.email`,
      [organization],
    );
    const accounts = rows.map((r) => ({ ...r, created_at: new Date(r.created_at).toISOString(), passkeys: Number(r.passkeys) }));
    return c.json({ accounts }, 200, NO_STORE);
  });

  app.post('/invitations', ...admin, async (c) => {
    const body = await jsonBody(
      c,
      v.object({
        email: v.pipe(v.string(), v.maxLength(MAX_EMAIL_LENGTH)),
        role: v.picklist(['staff', 'admin'], 'role must be "staff" or "admin".'),
        organization_id: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(80)))),
      }),
    );
    if (!body.ok) return body.response;
    const staff = c.get('staff');
    const created = await createInvitation(deps.sql, deps.now(), body.value, { account_id: staff.account_id, email: staff.email, address: clientAddress(c, deps.trustedProxies) });
    if (!created.ok) return apiError(c, created.problem.status, created.problem.code, created.problem.message);
    return c.json({ link: invitationLink(publicOrigin(deps.settings, c), created.token), expires_at: created.expires_at.toISOString() }, 201, NO_STORE);
  });

  // Invitations not used yet and still valid: whom they are for, and "Cancel" (by their own id).
  app.get('/invitations', ...admin, async (c) => {
    const organization = c.req.query('organization_id') || null;
    const rows = await deps.sql.query<{ id: string; email: string; role: string; organization_id: string | null; created_at: Date | string; expires_at: Date | string; invited_by: string | null }>(
      `SELECT i.id, i.email, i.role, i.organization_id, i.created_at, i.expires_at, a.email AS invited_by
       FROM staff_invitation i LEFT JOIN staff_account a ON a.id = i.invited_by
       WHERE i.used_at IS NULL AND i.cancelled_at IS NULL AND i.expires_at > $1 AND ($2::text IS NULL OR i.organization_id = $2)
       ORDER BY i.expires_at, i.email`,
      [deps.now(), organization],
    );
    const invitations = rows.map((r) => ({ ...r, created_at: new Date(r.created_at).toISOString(), expires_at: new Date(r.expires_at).toISOString() }));
    return c.json({ invitations }, 200, NO_STORE);
  });

  // The link stops working at once (410 invitation_cancelled); a used, expired or cancelled one is not pending: 404.
  app.post('/invitations/:id/cancel', ...admin, async (c) => {
    const staff = c.get('staff');
    const id = c.req.param('id');
    const now = deps.now();
    const cancelled = await deps.sql.transaction(async (tx) => {
      const [invitation] = UUID.test(id)
        ? await tx.query<{ email: string; role: string; organization_id: string | null }>(
            'UPDATE staff_invitation SET cancelled_at = $2 WHERE id = $1 AND used_at IS NULL AND cancelled_at IS NULL AND expires_at > $2 RETURNING email, role, organization_id',
            [id, now],
          )
        : [];
      if (!invitation) return undefined;
      await audit(tx, {
        at: now,
        action: 'invitation_cancelled',
        account_id: staff.account_id,
        email: staff.email,
        organization_id: invitation.organization_id,
        detail: { invitation_id: id, invited_email: invitation.email, role: invitation.role },
        address: clientAddress(c, deps.trustedProxies),
      });
      return invitation;
    });
    if (!cancelled) return apiError(c, 404, 'not_found', 'There is no such invitation waiting (it may have been used, cancelled or expired meanwhile). Reload the list.');
    return c.body(null, 204);
  });

  app.post('/accounts/:id/remove', ...admin, async (c) => {
    const staff = c.get('staff');
    const id = c.req.param('id');
    if (id === staff.account_id) return apiError(c, 409, 'cannot_remove_self', 'You cannot remove your own account. Another administrator can.');
    const now = deps.now();
    const removed = await deps.sql.transaction(async (tx) => {
      const [account] = UUID.test(id)
        ? await tx.query<{ id: string; email: string; role: string; organization_id: string | null }>(
            'UPDATE staff_account SET removed_at = $2, password_hash = NULL WHERE id = $1 AND removed_at IS NULL RETURNING id, email, role, organization_id',
            [id, now],
          )
        : [];
      if (!account) return undefined;
      // Its passkeys could never sign in again; keeping them would only keep its traces.
      await tx.query('DELETE FROM staff_passkey WHERE account_id = $1', [id]);
      // Nor may an invitation for the same address, sent earlier and still unused, bring it back.
      const revoked = await tx.query('UPDATE staff_invitation SET expires_at = $2 WHERE email = $1 AND used_at IS NULL AND expires_at > $2 RETURNING token_hash', [account.email, now]);
      await endSessions({ ...deps, sql: tx }, { account_id: id });
      await audit(tx, {
        at: now,
        action: 'account_removed',
        account_id: staff.account_id,
        email: staff.email,
        organization_id: account.organization_id,
        detail: { removed_account_id: account.id, removed_email: account.email, role: account.role, ...(revoked.length ? { invitations_revoked: revoked.length } : {}) },
        address: clientAddress(c, deps.trustedProxies),
      });
      return account;
    });
    if (!removed) return apiError(c, 404, 'not_found', 'There is no such account (it may have been removed already). Reload the list.');
    return c.body(null, 204);
  });

  app.get('/audit', ...admin, async (c) => {
    const beforeText = c.req.query('before');
    if (beforeText !== undefined && !/^\d{1,18}$/.test(beforeText)) {
      return apiError(c, 400, 'invalid_input', `before: expected the id of an entry (a whole number), not "${beforeText.slice(0, 40)}".`, { field: 'before' });
    }
    // The request's reference (what staff and the person quote, "AB3-CDE"), not its internal id.
    // Administrators read the whole log, so no organisation limits the join.
    const rows = await deps.sql.query<{ id: string | number; at: Date | string; action: string; email: string | null; organization_id: string | null; request_id: string | null; request_reference: string | null; detail: unknown; address: string | null }>(
      `SELECT l.id, l.at, l.action, l.email, l.organization_id, l.request_id, r.reference AS request_reference, l.detail, l.address
       FROM audit_log l LEFT JOIN contact_request r ON r.id = l.request_id
       WHERE ($1::bigint IS NULL OR l.id < $1::bigint) ORDER BY l.id DESC LIMIT ${AUDIT_PAGE_SIZE}`,
      [beforeText ?? null],
    );
    const entries = rows.map((r) => ({ ...r, id: Number(r.id), at: new Date(r.at).toISOString() }));
    const next_before = entries.length === AUDIT_PAGE_SIZE ? entries[entries.length - 1].id : null;
    return c.json({ entries, next_before }, 200, NO_STORE);
  });

  return app;
}
