// Administrative actions for local command-line tools. The token lives only in the data folder
// (readable by the account that runs the server), so only that account's tools can call it.
import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { apiError } from './api-errors';
import type { Sql } from './database';
import { applyDemoChange } from './demo-change';
import { checkDirectory, ContentError, publishDirectory, readDirectory } from './directory-store';
import { loadDemoDirectory } from './hsds/demo-package';
import { applyDirectory } from './hsds/import-directory';
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
  // Bodies are limited like on every other route; a whole directory from `npm run import` is
  // bigger (5,000 services in six languages and easy read: about 40 MB of JSON).
  const small = limitBody(64 * 1024);
  const directory = limitBody(128 * 1024 * 1024);
  app.use('*', (c, next) => (c.req.path.endsWith('/import') ? directory(c, next) : small(c, next)));
  app.post('/publish-demo-change', async (c) => c.json(await publishDemoChange(sql)));
  // `npm run import` / `npm run export` while the server holds the database: the command has
  // read and checked the file; the comparison and the publishing happen here.
  app.post('/import', async (c) => {
    const body = (await c.req.json().catch(() => undefined)) as { directory?: unknown; publish?: unknown; note?: unknown } | undefined;
    if (!body?.directory) return apiError(c, 400, 'bad_request', 'Send { directory, publish, note }.');
    try {
      const directory = checkDirectory(body.directory);
      return c.json(await applyDirectory(sql, directory, body.publish === true, String(body.note ?? 'import')));
    } catch (error) {
      if (error instanceof ContentError) return apiError(c, 422, 'invalid_directory', error.message);
      throw error;
    }
  });
  app.get('/directory', async (c) => c.json(await readDirectory(sql)));
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
  return publishDirectory(sql, applyDemoChange(await readDirectory(sql), await loadDemoDirectory()), 'demo change');
}
