// POST /api/v1/kiosk/staff-code: a library's staff turn kiosk mode on or off with the code set
// on the server (KIOSK_EXIT_CODE). The code never goes to devices: a short code published in the manifest,
// even hashed, would be guessed offline in seconds. Guesses are limited per address.
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { apiError } from './api-errors';
import { clientAddress, type TrustedProxies } from './client-address';
import { rateLimiter } from './rate-limit';
import { limitBody, requireJson } from './request-body';

const digest = (text: string) => createHash('sha256').update(text.trim()).digest();

export function kioskApi(exitCode: string | undefined, trustedProxies?: TrustedProxies) {
  const app = new Hono();
  // Five wrong tries an address, then one a minute: enough for a mistyped code, far too few to
  // guess one. Addresses are cheap to change (IPv6) and shared behind a proxy, so all of them
  // together get twenty, then twenty an hour.
  const limiter = rateLimiter({ capacity: 5, perMinute: 1 });
  const everyone = rateLimiter({ capacity: 20, perMinute: 20 / 60 });
  const expected = exitCode ? digest(exitCode) : undefined;

  // A code is at most 100 characters: 1 KB is plenty for {"code": "…"} in any script.
  app.post('/kiosk/staff-code', requireJson, limitBody(1024), async (c) => {
    if (!expected) {
      return apiError(c, 403, 'kiosk_exit_disabled', 'No kiosk code is set on this server: kiosk mode is turned on without one, and left only by clearing the browser\'s data.');
    }
    // A malformed body is no guess: it is refused before any try is counted.
    const body = (await c.req.json().catch(() => null)) as { code?: unknown } | null;
    if (typeof body?.code !== 'string' || body.code.length > 100) {
      return apiError(c, 400, 'invalid_code', 'Send the code as JSON: {"code": "…"}.');
    }
    const address = clientAddress(c, trustedProxies);
    // The shared allowance is touched only once the address's own allows the try: one address
    // alone can never spend everyone's tries.
    const own = limiter.take(address);
    const wait = own || everyone.take('*');
    if (wait > 0) {
      if (!own) limiter.refund(address);
      c.header('Retry-After', String(wait));
      return apiError(c, 429, 'too_many_attempts', `Too many wrong codes. Try again in ${wait} seconds.`);
    }
    if (!timingSafeEqual(digest(body.code), expected)) return apiError(c, 403, 'wrong_code', 'That is not the code. Check it and try again.');
    // Only wrong guesses count.
    limiter.refund(address);
    everyone.refund('*');
    return c.body(null, 204);
  });
  return app;
}
