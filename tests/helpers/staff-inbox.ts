// Server tests of the staff inbox: a test server with a fake clock that the test moves, and
// requests delivered as a device delivers them (sealed, through POST /api/v1/requests).
import { currentRequestKey } from '../../src/server/request-keys';
import type { ContactDetails } from '../../src/shared/contact-request';
import { post, sealedRequest } from './contact-requests';
import { testServer } from './server';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export async function inboxServer(options: Parameters<typeof testServer>[0] = {}) {
  // Starts at the real time: the server stamps received_at with the database's own clock.
  const clock = { at: new Date() };
  const server = await testServer({ now: () => clock.at, requestRateLimit: { capacity: 100_000, perMinute: 100_000 }, ...options });
  return {
    ...server,
    clock: {
      now: () => clock.at,
      set: (at: Date) => void (clock.at = at),
      advance: (ms: number) => void (clock.at = new Date(clock.at.getTime() + ms)),
    },
  };
}
export type InboxServer = Awaited<ReturnType<typeof inboxServer>>;

/** A request sealed for the current key and delivered; `receivedAt` then sets its receipt time. */
export async function deliver(server: InboxServer, options: { serviceId?: string; details?: Partial<ContactDetails>; receivedAt?: Date } = {}) {
  const request = await sealedRequest(await currentRequestKey(server.sql), { serviceId: options.serviceId, details: options.details });
  const response = await post(server.fetch, request);
  if (response.status !== 201) throw new Error(`The request was refused (${response.status}): ${await response.text()}`);
  const { reference } = (await response.json()) as { reference: string };
  if (options.receivedAt) await server.sql.query('UPDATE contact_request SET received_at = $2 WHERE id = $1', [request.id, options.receivedAt]);
  return { id: request.id, reference, serviceId: request.serviceId };
}

/** POST with a JSON body through a signed-in person's fetch. */
export const postJson = (fetch: (path: string, init?: RequestInit) => Promise<Response>, path: string, body?: unknown) =>
  fetch(path, { method: 'POST', ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }) });

/** Each test of a file starts from no requests, reports or audit rows (the file shares one database). */
export async function emptyInbox(server: InboxServer) {
  await server.sql.query('DELETE FROM contact_request');
  await server.sql.query('DELETE FROM mistake_report');
  await server.sql.query('DELETE FROM audit_log');
}
