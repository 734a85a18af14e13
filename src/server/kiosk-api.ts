// POST /api/v1/kiosk/exit: a library's staff turn kiosk mode off with the code set on the server
// (KIOSK_EXIT_CODE). The code never goes to devices: a short code published in the manifest,
// even hashed, would be guessed offline in seconds. Guesses are limited per address.
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { apiError } from './api-errors';
import { clientAddress } from './client-address';
import { rateLimiter } from './rate-limit';

const digest = (text: string) => createHash('sha256').update(text.trim()).digest();

export function kioskApi(exitCode: string | undefined) {
  const app = new Hono();
  // Five wrong tries, then one a minute: enough for a mistyped code, far too few to guess one.
  const limiter = rateLimiter({ capacity: 5, perMinute: 1 });
  const expected = exitCode ? digest(exitCode) : undefined;

  app.post('/kiosk/exit', async (c) => {
    if (!expected) {
      return apiError(c, 403, 'kiosk_exit_disabled', 'No kiosk code is set on this server: kiosk mode can only be left by clearing the browser\'s data.');
    }
    const address = clientAddress(c);
    const wait = limiter.take(address);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return apiError(c, 429, 'too_many_attempts', `Too many wrong codes. Try again in ${wait} seconds.`);
    }
    const body = (await c.req.json().catch(() => null)) as { code?: unknown } | null;
    if (typeof body?.code !== 'string' || body.code.length > 100) {
      return apiError(c, 400, 'invalid_code', 'Send the code as JSON: {"code": "…"}.');
    }
    if (!timingSafeEqual(digest(body.code), expected)) return apiError(c, 403, 'wrong_code', 'That is not the code. Check it and try again.');
    limiter.refund(address); // only wrong guesses count
    return c.body(null, 204);
  });
  return app;
}
