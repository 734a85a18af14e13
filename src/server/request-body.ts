// The one place that guards what a request body may be, before a route reads it.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { apiError } from './api-errors';

/**
 * Refuses a body larger than `maxBytes` with 413 as soon as it is known: at once from
 * Content-Length, or while a chunked body is streamed in (Hono's body-limit counts the chunks
 * and keeps at most `maxBytes` in memory). The connection is then closed: a client that keeps
 * sending would otherwise be read on (and discarded) after the answer.
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      c.header('Connection', 'close');
      return apiError(c, 413, 'too_large', `A request may be at most ${maxBytes} bytes.`);
    },
  });
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/** Refuses a body that does not say it is JSON (415), without reading it. */
export const requireJson: MiddlewareHandler = async (c, next) => {
  const type = c.req.header('Content-Type');
  if (!type || !JSON_TYPE.test(type.trim())) {
    c.header('Connection', 'close');
    return apiError(c, 415, 'unsupported_media_type', `Send the body as JSON, with the header Content-Type: application/json${type ? ` (not "${type.slice(0, 60)}")` : ''}.`);
  }
  await next();
};
