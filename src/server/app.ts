// The Hono application: directory API under /api/v1, the built app for everything else.
import { Hono } from 'hono';
import { API_BASE, DEFAULT_DEVICE_SETTINGS, type DeviceSettings } from '../shared/api';
import { adminApi } from './admin-api';
import { apiError } from './api-errors';
import type { Sql } from './database';
import { directoryApi } from './directory-api';
import { kioskApi } from './kiosk-api';
import type { RateLimit } from './rate-limit';
import { requestsApi } from './requests-api';
import type { StaticFiles } from './static-files';

// Only our own code, styles and data: nothing inline, nothing from elsewhere (shared devices).
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Client-side routes: the server answers them with the app shell, the app shows the page. */
const APP_ROUTES = /^\/(|need\/[^/]+|service\/[^/]+(\/ask)?|rights\/[^/]+|search|near|favourites|requests|follow|clear)$/;

export interface AppOptions {
  sql: Sql;
  files?: StaticFiles;
  /** Enables /api/v1/admin for the server's own command-line tools. */
  adminToken?: string;
  /** New contact requests per client address. */
  requestRateLimit?: RateLimit;
  /** Kiosk and quick-exit settings published to devices (whether a kiosk code is set follows
   *  from `kioskExitCode`, which never leaves the server). */
  device?: Omit<DeviceSettings, 'kiosk_exit_code'>;
  kioskExitCode?: string;
}

const DEFAULT_REQUEST_RATE_LIMIT: RateLimit = { capacity: 60, perMinute: 10 };

export function createApp({ sql, files, adminToken, requestRateLimit = DEFAULT_REQUEST_RATE_LIMIT, kioskExitCode, device }: AppOptions) {
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('Referrer-Policy', 'no-referrer');
    c.res.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  });

  app.route(API_BASE, directoryApi(sql, { ...DEFAULT_DEVICE_SETTINGS, ...device, kiosk_exit_code: Boolean(kioskExitCode) }));
  app.route(API_BASE, kioskApi(kioskExitCode));
  app.route(API_BASE, requestsApi(sql, requestRateLimit));
  if (adminToken) app.route(`${API_BASE}/admin`, adminApi(sql, adminToken));
  app.all(`${API_BASE}/*`, (c) => apiError(c, 404, 'not_found', `There is no API route ${c.req.method} ${c.req.path}.`));
  app.onError((error, c) => {
    console.error(error);
    return apiError(c, 500, 'internal', 'Something went wrong on the server. Please try again later.');
  });

  app.get('*', (c) => {
    const path = c.req.path;
    if (files?.has(path) && path !== '/index.html') return files.respond(path, c.req.raw)!;
    // Unknown pages still get the app shell (with a 404 status) so the app can offer a way back.
    const status = APP_ROUTES.test(path) || path === '/index.html' ? 200 : 404;
    return files?.respond('/index.html', c.req.raw, status) ?? c.text('Not found. Build the app first: npm run build', 404);
  });
  return app;
}
