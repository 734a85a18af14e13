// Administrative actions for local command-line tools. The token lives only in the data folder
// (readable by the account that runs the server), so only that account's tools can call it.
import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { apiError } from './api-errors';
import type { Sql } from './database';
import { applyDemoChange } from './demo-change';
import { publishDirectory, readDirectory } from './directory-store';
import { limitBody } from './request-body';
import { createInvitation } from './staff/invitations';
import { publishedOrganizations } from './staff/organizations';

export function adminApi(sql: Sql, token: string, now: () => Date = () => new Date()) {
  const app = new Hono();
  app.use('*', async (c, next) => {
    const given = Buffer.from(c.req.header('Authorization')?.replace(/^Bearer /, '') ?? '');
    const expected = Buffer.from(token);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return apiError(c, 401, 'unauthorized', 'This route is for the server\'s own command-line tools.');
    }
    await next();
  });
  // Bodies are limited like on every other route.
  app.use('*', limitBody(64 * 1024));
  app.post('/publish-demo-change', async (c) => c.json(await publishDemoChange(sql)));
  // `npm run staff -- invite / add-admin` while the server holds the database: the token comes
  // back to the command line (the only place it is shown), which builds the link.
  app.post('/staff-invitation', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { email?: unknown; role?: unknown; organization_id?: unknown };
    const role = body.role === 'admin' ? 'admin' : 'staff';
    const organization_id = typeof body.organization_id === 'string' ? body.organization_id : null;
    const created = await createInvitation(sql, now(), { email: String(body.email ?? ''), role, organization_id }, 'command line');
    if (!created.ok) return apiError(c, created.problem.status, created.problem.code, created.problem.message, { known_organizations: created.problem.known_organizations });
    return c.json({ token: created.token, expires_at: created.expires_at.toISOString() }, 201);
  });
  app.get('/staff-organizations', async (c) => c.json({ organizations: await publishedOrganizations(sql) }));
  return app;
}

export async function publishDemoChange(sql: Sql) {
  return publishDirectory(sql, applyDemoChange(await readDirectory(sql)), 'demo change');
}
