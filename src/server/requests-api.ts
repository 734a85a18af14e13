// POST /api/v1/requests: a sealed contact request, stored exactly once per Idempotency-Key.
// Same key and body → the first answer again; same key, other body → 409; a bad request is
// refused with a reason the person can act on, and nothing is stored.
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { ContactEnvelopeSchema, sealingContext, validateContactDetails, type ContactEnvelope, type FieldProblems, type ServiceOffer } from '../shared/contact-request';
import { ServiceSchema } from '../shared/directory';
import { open } from '../shared/sealing';
import { apiError, NO_STORE } from './api-errors';
import { clientAddress, type TrustedProxies } from './client-address';
import { findRequest, hashBody, implausibleCreatedAt, storeRequest } from './contact-requests';
import type { Sql } from './database';
import { requestAllowance, type RateLimit } from './rate-limit';
import { limitBody, requireJson } from './request-body';
import type { PrivateKeyStore } from './private-key-store';
import { privateKeys } from './request-keys';

export const MAX_REQUEST_BYTES = 16 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function requestsApi(sql: Sql, limit: RateLimit, trustedProxies: TrustedProxies | undefined, keys: PrivateKeyStore) {
  const app = new Hono();
  const privateKeyOf = privateKeys(keys);
  const limiter = requestAllowance(limit);
  const offerOf = serviceOffers(sql);

  app.post('/requests', requireJson, limitBody(MAX_REQUEST_BYTES), async (c) => {
    const raw = new Uint8Array(await c.req.arrayBuffer());
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
    const address = clientAddress(c, trustedProxies);
    const wait = limiter.take(address);
    if (wait > 0) {
      // A replay of a stored request is always answered; only new requests are limited.
      const known = await findRequest(sql, id, bodyHash);
      if (known) return answer(c, known);
      c.header('Retry-After', String(wait));
      return apiError(c, 429, 'too_many', `Too many requests from this connection. Try again in ${wait} seconds.`);
    }
    // Looking the key up and opening the seal run together: opening is most of the work, and
    // waits on crypto; a replay then gets the first answer whatever the opening says now.
    const [known, checked] = await Promise.all([findRequest(sql, id, bodyHash), checkNewRequest(id, envelope.output)]);
    if (known) {
      // A replay cost a lookup. Another body under a stored key cost a seal opening like any
      // new request: it counts as refused, or reusing one key would bypass the limit.
      if (known.kind === 'conflict') limiter.refused(address);
      else limiter.replayed(address);
      return answer(c, known);
    }
    if (!checked.ok) {
      limiter.refused(address);
      return c.json({ error: checked.error }, 400, NO_STORE);
    }
    return answer(c, await storeRequest(sql, { id, bodyHash, envelope: envelope.output, promisedResponseHours: checked.response_hours, organizationId: checked.organization_id }));
  });

  type Checked = { ok: true; response_hours: number; organization_id: string } | { ok: false; error: { code: string; message: string; fields?: FieldProblems } };
  /** Opens the sealed details and checks them as the form does, for the service they are for. */
  async function checkNewRequest(id: string, { service_id, created_at, sealed }: ContactEnvelope): Promise<Checked> {
    const refuse = (code: string, message: string, fields?: FieldProblems): Checked => ({ ok: false, error: { code, message, ...(fields ? { fields } : {}) } });
    // Only new requests: a replay gets its first answer, however long it waited since.
    const badTime = implausibleCreatedAt(created_at, Date.now());
    if (badTime) return refuse('invalid_created_at', badTime);
    const service = await offerOf(service_id);
    if (!service) return refuse('unknown_service', 'This service is no longer listed, so it cannot receive requests.');
    const privateKey = await privateKeyOf(sealed.key_id);
    if (!privateKey) return refuse('unknown_key', 'The details were sealed for a key this server does not have.');
    let details: unknown;
    try {
      details = JSON.parse(await open(privateKey, sealed, sealingContext(id, service_id)));
    } catch {
      return refuse('unreadable_seal', 'The sealed details could not be opened: they are damaged or were sealed for another request.');
    }
    const checked = validateContactDetails(details, service.offer);
    if (!checked.ok) return refuse('invalid_details', 'Some details need correcting.', checked.problems);
    return { ok: true, response_hours: service.response_hours, organization_id: service.organization_id };
  }
  return app;
}

function answer(c: Context, outcome: Awaited<ReturnType<typeof storeRequest>>) {
  if (outcome.kind === 'conflict') {
    return apiError(c, 409, 'conflict', 'A different request was already sent with this Idempotency-Key.');
  }
  return c.json(outcome.receipt, 201, NO_STORE);
}

const OFFER_TTL_MS = 5_000;

/**
 * What each listed service offers (WhatsApp, languages) and promises (response time), read
 * from the published directory and remembered for a few seconds: a removed service stops
 * taking requests within that time, and busy moments cost no directory reads.
 */
function serviceOffers(sql: Sql) {
  type Offer = { offer: ServiceOffer; response_hours: number; organization_id: string };
  let cache: { at: number; offers: Map<string, Offer> } | undefined;
  return async (serviceId: string) => {
    if (!cache || Date.now() - cache.at > OFFER_TTL_MS) {
      const rows = await sql.query<{ doc: unknown }>("SELECT doc FROM directory_item WHERE collection = 'services' AND doc IS NOT NULL");
      const offers = new Map<string, Offer>();
      for (const { doc } of rows) {
        const service = v.safeParse(ServiceSchema, doc);
        if (!service.success) continue;
        const s = service.output;
        offers.set(s.id, { offer: { whatsapp: Boolean(s.whatsapp), languages: s.languages }, response_hours: s.response_hours, organization_id: s.organization_id });
      }
      cache = { at: Date.now(), offers };
    }
    return cache.offers.get(serviceId);
  };
}
