// /api/v1/staff: the organisations' side. Every route is JSON, same-origin only for changes,
// and (but for signing in and invitations) behind requireStaff, whose account decides what a
// query may read: an organisation's staff only their organisation's rows, administrators the
// accounts, the audit log, figures and reports of all, and no one's personal details.
import { Hono } from 'hono';
import { limitBody } from '../request-body';
import { authApi } from './auth-api';
import { inboxApi } from './inbox-api';
import { sameOriginOnly } from './sessions';
import type { StaffDeps, StaffEnv } from './staff-context';
import { teamApi } from './team-api';

/** Staff bodies are small JSON (a note, a passkey's answer). */
export const MAX_STAFF_BODY_BYTES = 32 * 1024;

export function staffApi(deps: StaffDeps) {
  const app = new Hono<StaffEnv>();
  app.use('*', sameOriginOnly(deps), limitBody(MAX_STAFF_BODY_BYTES));
  app.route('/', authApi(deps));
  app.route('/', teamApi(deps));
  app.route('/', inboxApi(deps));
  return app;
}
