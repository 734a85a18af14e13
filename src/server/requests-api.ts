// POST /api/v1/requests: a sealed contact request, stored exactly once per Idempotency-Key.
// Same key and body → the first answer again; same key, other body → 409; a bad request is
// refused with a reason the person can act on, and nothing is stored.
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { ContactEnvelopeSchema, sealingContext, validateContactDetails } from '../shared/contact-request';
import { ServiceSchema } from '../shared/directory';
import { open } from '../shared/sealing';
import { apiError } from './api-errors';
import { findRequest, hashBody, storeRequest } from './contact-requests';
import type { Sql } from './database';
import { rateLimiter, type RateLimit } from './rate-limit';
import { privateKeys } from './request-keys';

export const MAX_REQUEST_BYTES = 16 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // not behind @hono/node-server (tests calling app.fetch)
  }
}

export function requestsApi(sql: Sql, limit: RateLimit) {
  const app = new Hono();
  const privateKeyOf = privateKeys(sql);
  const allow = rateLimiter(limit);

  app.post('/requests', async (c) => {
    if (Number(c.req.header('Content-Length') ?? 0) > MAX_REQUEST_BYTES) {
      return apiError(c, 413, 'too_large', `A request may be at most ${MAX_REQUEST_BYTES} bytes.`);
    }
    const raw = new Uint8Array(await c.req.arrayBuffer());
    if (raw.byteLength > MAX_REQUEST_BYTES) return apiError(c, 413, 'too_large', `A request may be at most ${MAX_REQUEST_BYTES} bytes.`);
    const id = c.req.header('Idempotency-Key') ?? '';
    if (!UUID.test(id)) return apiError(c, 400, 'idempotency_key', 'Send the request\'s UUID in the Idempotency-Key header.');

    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(raw));
    } catch {
      return apiError(c, 400, 'invalid_json', 'The request body is not valid JSON.');
    }
    const envelope = v.safeParse(ContactEnvelopeSchema, json);
    if (!envelope.success) {
      return apiError(c, 400, 'invalid_envelope', `The request is not in the expected form: ${v.getDotPath(envelope.issues[0]) ?? 'body'}: ${envelope.issues[0].message}`);
    }

    const bodyHash = hashBody(raw);
    const known = await findRequest(sql, id, bodyHash);
    if (known) return answer(c, known);

    const wait = allow(clientAddress(c));
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return apiError(c, 429, 'too_many', `Too many requests from this connection. Try again in ${wait} seconds.`);
    }

    const { service_id, sealed } = envelope.output;
    const [serviceRow] = await sql.query<{ doc: unknown }>(
      "SELECT doc FROM directory_item WHERE collection = 'services' AND id = $1 AND doc IS NOT NULL",
      [service_id],
    );
    const service = serviceRow && v.safeParse(ServiceSchema, serviceRow.doc);
    if (!service?.success) return apiError(c, 400, 'unknown_service', 'This service is no longer listed, so it cannot receive requests.');

    const privateKey = await privateKeyOf(sealed.key_id);
    if (!privateKey) return apiError(c, 400, 'unknown_key', 'The details were sealed for a key this server does not have.');
    let details: unknown;
    try {
      details = JSON.parse(await open(privateKey, sealed, sealingContext(id, service_id)));
    } catch {
      return apiError(c, 400, 'unreadable_seal', 'The sealed details could not be opened: they are damaged or were sealed for another request.');
    }
    const checked = validateContactDetails(details, { whatsapp: Boolean(service.output.whatsapp), languages: service.output.languages });
    if (!checked.ok) {
      return c.json({ error: { code: 'invalid_details', message: 'Some details need correcting.', fields: checked.problems } }, 400);
    }

    return answer(c, await storeRequest(sql, { id, bodyHash, envelope: envelope.output, promisedResponseHours: service.output.response_hours }));
  });
  return app;
}

function answer(c: Context, outcome: Awaited<ReturnType<typeof storeRequest>>) {
  if (outcome.kind === 'conflict') {
    return apiError(c, 409, 'conflict', 'A different request was already sent with this Idempotency-Key.');
  }
  return c.json(outcome.receipt, 201);
}
