// The outbox of contact requests on this device. Composing seals the personal details at once:
// what is stored is the service, the time, the state and the sealed bytes, never the details.
import { sealingContext, type ContactDetails, type ContactReceipt } from '../shared/contact-request';
import { tidyReportDetails, type ReportReason } from '../shared/mistake-report';
import { newStatusToken, statusTokenHash } from '../shared/request-status';
import { db, type OutboxEntry } from './db';

export class NoServerKeyError extends Error {
  constructor() {
    super('The server\'s key is not on this device yet: connect to the internet once.');
  }
}

/** Seals the details and puts the request in the outbox, due now. Returns its id.
 *  A practice request (a workshop) keeps nothing of the details, not even sealed: it is never
 *  sent, only answered on the device, so it needs no server key either. */
export async function composeRequest(serviceId: string, details: ContactDetails, now = new Date(), { practice = false } = {}): Promise<string> {
  const id = crypto.randomUUID();
  const created_at = now.toISOString();
  const entry = { id, service_id: serviceId, created_at, status: 'waiting' as const, attempts: 0, next_attempt_at: now.getTime() };
  if (practice) {
    await db().outbox.add({ ...entry, body: '', practice: true });
    return id;
  }
  const key = (await db().meta.get('directory'))?.request_key;
  if (!key) throw new NoServerKeyError();
  // The sealing code (HPKE) loads only here: the badge and the lists read this module at every start.
  const { seal } = await import('../shared/sealing');
  const sealed = await seal(key.public_key, key.id, JSON.stringify(details), sealingContext(id, serviceId));
  // The token stays here; only its hash travels, so the server can recognise it but never make it.
  const status_token = newStatusToken();
  const status_token_hash = await statusTokenHash(status_token);
  await db().outbox.add({ ...entry, status_token, body: JSON.stringify({ service_id: serviceId, created_at, sealed, status_token_hash }) });
  return id;
}

/** "Report a mistake" about a service, through the same outbox: nothing personal, so nothing to
 *  seal; the body is the report as posted. In practice mode it is answered on the device. */
export async function composeReport(serviceId: string, report: { reason: ReportReason; details: string }, now = new Date(), { practice = false } = {}): Promise<string> {
  const id = crypto.randomUUID();
  const created_at = now.toISOString();
  const body = JSON.stringify({ service_id: serviceId, reason: report.reason, details: tidyReportDetails(report.details), created_at });
  await db().outbox.add({ id, kind: 'report', service_id: serviceId, created_at, status: 'waiting', attempts: 0, next_attempt_at: now.getTime(), body: practice ? '' : body, ...(practice ? { practice: true } : {}) });
  return id;
}

/** Practice is over: every practice request goes, whatever its state (one being "sent" this
 *  instant too: its answer then finds nothing to update). Real requests are not touched. */
export async function removePracticeRequests(): Promise<number> {
  return db().outbox.filter((e) => e.practice === true).delete();
}

/** This person's requests, newest first (not those left by a previous person, still on their way). */
export const listOutbox = (): Promise<OutboxEntry[]> =>
  db().outbox.orderBy('created_at').reverse().filter((e) => !e.hidden).toArray();
export const countWaiting = (): Promise<number> =>
  db().outbox.where('status').anyOf('waiting', 'sending').filter((e) => !e.hidden).count();

/** A request delivered elsewhere (a library computer) that this person follows here: only its
 *  id, service and reference, handed over by a QR code, and its status token when the QR code
 *  had it (then this phone can ask what became of it). Nothing personal, nothing to send. */
export async function followRequest(handed: { id: string; service_id: string; created_at: string; receipt: ContactReceipt; status_token?: string }): Promise<void> {
  await db().transaction('rw', db().outbox, async () => {
    if (await db().outbox.get(handed.id)) return;
    await db().outbox.add({ ...handed, status: 'delivered', attempts: 0, next_attempt_at: 0, body: '' });
  });
}

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
