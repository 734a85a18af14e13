// The outbox of contact requests on this device. Composing seals the personal details at once:
// what is stored is the service, the time, the state and the sealed bytes, never the details.
import { sealingContext, type ContactDetails } from '../shared/contact-request';
import { seal } from '../shared/sealing';
import { db, type OutboxEntry } from './db';

export class NoServerKeyError extends Error {
  constructor() {
    super('The server\'s key is not on this device yet: connect to the internet once.');
  }
}

/** Seals the details and puts the request in the outbox, due now. Returns its id. */
export async function composeRequest(serviceId: string, details: ContactDetails, now = new Date()): Promise<string> {
  const key = (await db().meta.get('directory'))?.request_key;
  if (!key) throw new NoServerKeyError();
  const id = crypto.randomUUID();
  const sealed = await seal(key.public_key, key.id, JSON.stringify(details), sealingContext(id, serviceId));
  const created_at = now.toISOString();
  await db().outbox.add({
    id,
    service_id: serviceId,
    created_at,
    status: 'waiting',
    attempts: 0,
    next_attempt_at: now.getTime(),
    body: JSON.stringify({ service_id: serviceId, created_at, sealed }),
  });
  return id;
}

/** Newest first. */
export const listOutbox = (): Promise<OutboxEntry[]> => db().outbox.orderBy('created_at').reverse().toArray();
export const countWaiting = (): Promise<number> => db().outbox.where('status').anyOf('waiting', 'sending').count();

/** Only a request not yet being sent can be cancelled. */
export async function cancelRequest(id: string): Promise<boolean> {
  return db().transaction('rw', db().outbox, async () => {
    const entry = await db().outbox.get(id);
    if (entry?.status !== 'waiting') return false;
    await db().outbox.delete(id);
    return true;
  });
}

/** Removes a delivered or refused request from the list. */
export async function dismissRequest(id: string): Promise<void> {
  await db().transaction('rw', db().outbox, async () => {
    const entry = await db().outbox.get(id);
    if (entry && (entry.status === 'delivered' || entry.status === 'refused')) await db().outbox.delete(id);
  });
}
