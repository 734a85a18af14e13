// Administrative actions for local command-line tools. The token lives only in the data folder
// (readable by the account that runs the server), so only that account's tools can call it.
import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { apiError } from './api-errors';
import type { Sql } from './database';
import { applyDemoChange } from './demo-change';
import { publishDirectory, readDirectory } from './directory-store';
import { limitBody } from './request-body';

export function adminApi(sql: Sql, token: string) {
  const app = new Hono();
  app.use('*', async (c, next) => {
    const given = Buffer.from(c.req.header('Authorization')?.replace(/^Bearer /, '') ?? '');
    const expected = Buffer.from(token);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return apiError(c, 401, 'unauthorized', 'This route is for the server\'s own command-line tools.');
    }
    await next();
  });
  // No admin route reads a body today; one that does is limited like every other route.
  app.use('*', limitBody(64 * 1024));
  app.post('/publish-demo-change', async (c) => c.json(await publishDemoChange(sql)));
  return app;
}

export async function publishDemoChange(sql: Sql) {
  return publishDirectory(sql, applyDemoChange(await readDirectory(sql)), 'demo change');
}
