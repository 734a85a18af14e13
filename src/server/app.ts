// The Hono application: directory API under /api/v1, the built app for everything else.
import { Hono, type Context } from 'hono';
import { API_BASE, DEFAULT_DEVICE_SETTINGS, type DeviceSettings } from '../shared/api';
import { matchRoute, parseAddress } from '../shared/routes';
import { adminApi } from './admin-api';
import { allowedMethods } from './allowed-methods';
import { apiError } from './api-errors';
import { CONTENT_SECURITY_POLICY } from './content-security';
import type { Sql } from './database';
import { directoryApi } from './directory-api';
import { HSDS_API_PREFIX, hsdsApi } from './hsds/api';
import { kioskApi } from './kiosk-api';
import { isStaffPage, knownPages } from './known-pages';
import { memoryKeyStore, type PrivateKeyStore } from './private-key-store';
import type { TrustedProxies } from './client-address';
import type { RateLimit } from './rate-limit';
import { mistakeReportsApi } from './mistake-reports-api';
import type { AppRenderer } from './pages/app-renderer';
import { publicPages } from './pages/public-pages';
import { seoRoutes } from './pages/seo-routes';
import { privateKeys } from './request-keys';
import { requestStatusApi } from './request-status-api';
import { limitBody } from './request-body';
import { requestsApi } from './requests-api';
import { staffApi } from './staff/staff-api';
import { DEFAULT_STAFF_SETTINGS, type StaffDeps, type StaffSettings } from './staff/staff-context';
import type { StaticFiles } from './static-files';



// Powerful features nobody needs here are denied to every page (and to anything injected);
// "Near me" asks for the position from Ponte's own pages only. Only features Chromium knows:
// an unknown one is a console warning on every page.
const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=(self)',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'midi=()',
  'display-capture=()',
].join(', ');
const HSTS = 'max-age=31536000';
const PAGE_METHODS = 'GET, HEAD';
/** A search form's body: its words (the box takes SEARCH_MAX_CHARS) escaped, with room to spare. */
const SEARCH_FORM_BYTES = 4096;
const isSearchAddress = (path: string) => matchRoute(parseAddress(path).path)?.route.kind === 'search';

export interface AppOptions {
  sql: Sql;
  files?: StaticFiles;
  /** Enables /api/v1/admin for the server's own command-line tools. */
  adminToken?: string;
  /** New contact requests per client address. */
  requestRateLimit?: RateLimit;
  /** The private keys that open sealed contact requests (the key file); without it, every request
   *  is refused as sealed for an unknown key (apps for tests of other routes). */
  requestKeys?: PrivateKeyStore;
  /** Reverse proxies whose X-Forwarded-For names the client (per-client limits count by it). */
  trustedProxies?: TrustedProxies;
  /** Kiosk and quick-exit settings published to devices (whether a kiosk code is set follows
   *  from `kioskExitCode`, which never leaves the server). */
  device?: Omit<DeviceSettings, 'kiosk_exit_code'>;
  kioskExitCode?: string;
  /** People reach the site over https:// only: browsers are told to keep to it (HSTS). */
  https?: boolean;
  /** The staff side's settings (public address, session and retention times). */
  staff?: Partial<StaffSettings>;
  /** The clock of everything with a deadline (sessions, locks, due times, retention): tests move it. */
  now?: () => Date;
  /** The app's render of its pages (pages/app-renderer.ts): with `files`, the public pages are
   *  sent as HTML; without it, every page address gets the app's shell. */
  renderer?: Promise<AppRenderer>;
}

const DEFAULT_REQUEST_RATE_LIMIT: RateLimit = { capacity: 60, perMinute: 10 };

export function createApp({ sql, files, adminToken, requestRateLimit = DEFAULT_REQUEST_RATE_LIMIT, trustedProxies, requestKeys = memoryKeyStore(), kioskExitCode, device, https = false, staff, now = () => new Date(), renderer }: AppOptions) {
  const app = new Hono();
  const staffDeps: StaffDeps = { sql, now, keys: requestKeys, privateKeyOf: privateKeys(requestKeys), settings: { ...DEFAULT_STAFF_SETTINGS, https, ...staff }, trustedProxies };
  const pageExists = knownPages(sql);

  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('Referrer-Policy', 'no-referrer');
    // A page with its styles inline says their hashes itself (pages/public-pages.ts).
    if (!c.res.headers.has('Content-Security-Policy')) c.res.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.res.headers.set('Permissions-Policy', PERMISSIONS_POLICY);
    // No other site's window keeps a handle on Ponte's, and no other site may embed its files.
    c.res.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    c.res.headers.set('Cross-Origin-Resource-Policy', 'same-origin');
    if (https) c.res.headers.set('Strict-Transport-Security', HSTS);
  });

  // The retention job's days go to devices too: the privacy page states the numbers in force.
  const retention = { retention_closed_days: staffDeps.settings.retentionClosedDays, retention_max_days: staffDeps.settings.retentionMaxDays };
  app.route(API_BASE, directoryApi(sql, { ...DEFAULT_DEVICE_SETTINGS, ...device, kiosk_exit_code: Boolean(kioskExitCode), ...retention }));
  app.route(API_BASE, kioskApi(kioskExitCode, trustedProxies));
  app.route(API_BASE, requestsApi(sql, requestRateLimit, trustedProxies, requestKeys));
  app.route(API_BASE, requestStatusApi(staffDeps));
  app.route(API_BASE, mistakeReportsApi(staffDeps));
  app.route(`${API_BASE}/staff`, staffApi(staffDeps));
  if (adminToken) app.route(`${API_BASE}/admin`, adminApi(sql, adminToken, now));
  // The directory for other tools, as the HSDS 3.0 standard's API has it (read-only, any origin).
  app.route(HSDS_API_PREFIX, hsdsApi({ sql, trustedProxies }));
  const apiMethods = allowedMethods(app, API_BASE);
  app.all(`${API_BASE}/*`, (c) => {
    const allowed = apiMethods(c.req.path);
    if (allowed.length === 0) return apiError(c, 404, 'not_found', `There is no API route ${c.req.method} ${c.req.path}.`);
    c.header('Allow', allowed.join(', '));
    return apiError(c, 405, 'method_not_allowed', `${c.req.path} answers ${allowed.join(', ')}, not ${c.req.method}.`);
  });
  app.onError((error, c) => {
    console.error(error);
    return apiError(c, 500, 'internal', 'Something went wrong on the server. Please try again later.');
  });

  // The staff pages (src/staff.html): their own page for every address under /staff, never the
  // public app's shell; never kept by a browser or a proxy (what a signed-in page showed must not
  // come back from a cache). An address that is no staff page still gets it, with a 404 status.
  const staffPage = async (c: Context) => {
    const headers = new Headers(c.req.raw.headers);
    headers.delete('If-None-Match'); // nothing kept, so nothing to revalidate
    const page = await files?.respond('/staff.html', new Request(c.req.url, { headers }), isStaffPage(c.req.path) ? 200 : 404);
    if (!page) return c.text('Not found. Build the app first: npm run build', 404);
    const answer = new Response(page.body, page);
    answer.headers.set('Cache-Control', 'no-store');
    answer.headers.delete('ETag');
    return answer;
  };
  app.get('/staff', staffPage);
  app.get('/staff/*', staffPage);
  app.get('/staff.html', staffPage);

  // For search engines: every public page in every language, and what not to crawl.
  app.route('/', seoRoutes(sql, { publicUrl: staffDeps.settings.publicUrl }));

  const pages = files && renderer && publicPages({ sql, files, renderer, retention: { closed_days: retention.retention_closed_days, max_days: retention.retention_max_days }, publicUrl: staffDeps.settings.publicUrl, exists: pageExists });
  app.get('*', async (c) => {
    const path = c.req.path;
    if (files?.has(path) && path !== '/index.html') return files.respond(path, c.req.raw)!;
    // index.html stays the bare shell: the service worker keeps it to answer every page offline.
    if (pages && path !== '/index.html') return pages(c.req.raw);
    // Unknown pages (a service or rights card not listed, a need that is not one) still get the
    // app shell, with a 404 status, so the app can offer a way back.
    const status = (await pageExists(path)) ? 200 : 404;
    return files?.respond('/index.html', c.req.raw, status) ?? c.text('Not found. Build the app first: npm run build', 404);
  });
  // Pages and files are only ever read, except the search page: a search made without JavaScript
  // is posted (views/search-view.tsx), so that its words stay out of the address and the browser's
  // list of visited pages.
  const takesPost = (path: string) => Boolean(pages) && isSearchAddress(path);
  const notAllowed = (c: Context) => {
    const allow = takesPost(c.req.path) ? `${PAGE_METHODS}, POST` : PAGE_METHODS;
    return c.text(`${c.req.path} answers ${allow}, not ${c.req.method}.`, 405, { Allow: allow });
  };
  app.post('*', async (c, next) => (takesPost(c.req.path) ? next() : notAllowed(c)), limitBody(SEARCH_FORM_BYTES), (c) => pages!(c.req.raw));
  app.all('*', notAllowed);
  return app;
}
