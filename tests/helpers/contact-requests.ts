// Building sealed contact requests as a device does, for server tests and benchmarks.
import { randomUUID } from 'node:crypto';
import { sealingContext, type ContactDetails } from '../../src/shared/contact-request';
import { seal } from '../../src/shared/sealing';

export const sampleDetails: ContactDetails = {
  method: 'call',
  name: 'Amina Haddad',
  phone: '+34 611 22 33 44',
  email: '',
  reach_times: ['morning', 'evening'],
  language: 'es',
  message: 'Tengo una carta del juzgado y no la entiendo.',
  consent: true,
};

export async function sealedRequest(
  key: { id: string; public_key: string },
  options: { serviceId?: string; id?: string; details?: Partial<ContactDetails> | unknown; statusTokenHash?: string } = {},
) {
  const id = options.id ?? randomUUID();
  const serviceId = options.serviceId ?? 'eviction-support';
  const details = typeof options.details === 'object' && options.details !== null ? { ...sampleDetails, ...options.details } : (options.details ?? sampleDetails);
  const sealed = await seal(key.public_key, key.id, JSON.stringify(details), sealingContext(id, serviceId));
  const body = JSON.stringify({ service_id: serviceId, created_at: new Date().toISOString(), sealed, ...(options.statusTokenHash ? { status_token_hash: options.statusTokenHash } : {}) });
  return { id, serviceId, body };
}

export function post(fetch: typeof globalThis.fetch, request: { id: string; body: string }, headers: Record<string, string> = {}) {
  return fetch('/api/v1/requests', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': request.id, ...headers },
    body: request.body,
  });
}
