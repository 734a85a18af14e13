// /api/v1/staff: the organisations' side. Every route is JSON, same-origin only for changes,
// and (but for signing in and invitations) behind requireStaff, whose account decides what a
// query may read: an organisation's staff only their organisation's rows, administrators the
// accounts, the audit log, figures and reports of all, and no one's personal details.
import { Hono, type MiddlewareHandler } from 'hono';
import { limitBody, requireJson } from '../request-body';
import { authApi } from './auth-api';
import { inboxApi } from './inbox-api';
import { sameOriginOnly } from './sessions';
import type { StaffDeps, StaffEnv } from './staff-context';
import { teamApi } from './team-api';

/** Staff bodies are small JSON (a note, a passkey's answer). */
export const MAX_STAFF_BODY_BYTES = 32 * 1024;

/**
 * A change that sends a body must say it is JSON (415 otherwise, before anything reads it): an
 * HTML form or a text/plain post from another site is refused by its type too, not only by the
 * Origin and CSRF checks. Changes without a body (open, contacted, export, sign-out) need no type.
 */
const jsonBodiesOnly: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
  const length = c.req.header('Content-Length');
  const sendsBody = c.req.header('Content-Type') !== undefined || (length !== undefined && length.trim() !== '0') || c.req.header('Transfer-Encoding') !== undefined;
  return sendsBody ? requireJson(c, next) : next();
};

export function staffApi(deps: StaffDeps) {
  const app = new Hono<StaffEnv>();
  app.use('*', sameOriginOnly(deps), jsonBodiesOnly, limitBody(MAX_STAFF_BODY_BYTES));
  app.route('/', authApi(deps));
  app.route('/', teamApi(deps));
  app.route('/', inboxApi(deps));
  return app;
}
