import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError } from '../shared/api';

/** For answers that concern one request only: no cache, shared or the browser's, may keep them. */
export const NO_STORE = { 'Cache-Control': 'no-store' } as const;

/** Every API error has the same JSON shape: a stable code and a sentence that says what to fix. */
export function apiError(c: Context, status: ContentfulStatusCode, code: string, message: string, extra?: Record<string, unknown>) {
  return c.json<ApiError>({ error: { code, message, ...extra } }, status, NO_STORE);
}
