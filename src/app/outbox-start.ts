// The page's outbox sender, started after first paint; screens call sendNow(). Practice
// requests are answered here by the pretend server (never by the worker, never on the network).
// It also watches for requests that get delivered while the person is in the app, wherever
// they are, for the delivered notice (components/delivered-notice.tsx).
import { liveQuery } from 'dexie';
import { db, type OutboxEntry } from '../data/db';
import { getService, servicesByIds } from '../data/directory';
import type { Service } from '../shared/directory';
import { removePracticeRequests } from '../data/outbox';
import { requestBackgroundSend, startOutbox } from '../sync/outbox-triggers';
import { startRequestStatusChecks } from '../sync/request-status-triggers';
import { isPractice } from './practice/practice-flag';
import { answerPractice } from './practice/practice-server';

export interface DeliveredNotice {
  id: string;
  service_id: string;
  reference: string;
  practice: boolean;
  /** For its name in the language of the moment; absent if no longer in the directory. */
  service?: Service;
}

let outbox: Promise<ReturnType<typeof startOutbox>> | undefined;
let statusChecks: ReturnType<typeof startRequestStatusChecks> | undefined;
let notices: DeliveredNotice[] = [];
const listeners = new Set<(notices: DeliveredNotice[]) => void>();

const answerLocally = async (entry: OutboxEntry) => answerPractice({ responseHours: (await getService(entry.service_id))?.response_hours, kind: entry.kind });

export function startOutboxSending(): Promise<ReturnType<typeof startOutbox>> {
  outbox ??= (async () => {
    // Practice ended some other way (cleared information, another tab): its requests go too.
    if (!isPractice()) await removePracticeRequests();
    await watchDeliveries();
    statusChecks ??= startRequestStatusChecks();
    return startOutbox({ practice: answerLocally });
  })();
  return outbox;
}

/** My requests is open: ask now what became of the delivered requests (what the person sees). */
export async function checkStatusesNow(): Promise<void> {
  await startOutboxSending();
  await statusChecks?.checkNow();
}

export async function sendNow(): Promise<void> {
  const sender = await startOutboxSending();
  await requestBackgroundSend();
  await sender.sendNow();
}

/** Requests delivered since this page started (by the page or by the worker), not yet dismissed. */
export function subscribeToDelivered(listener: (notices: DeliveredNotice[]) => void): () => void {
  listeners.add(listener);
  listener(notices);
  return () => void listeners.delete(listener);
}

export function dismissDelivered(): void {
  if (!notices.length) return;
  notices = [];
  for (const listener of listeners) listener(notices);
}

/** Takes note of what is already delivered before the first send, so that only what arrives
 *  from now on is announced. Requests followed from a library computer (never sent from here)
 *  and a previous person's (hidden) are not news for this person. */
function watchDeliveries(): Promise<void> {
  const known = new Set<string>();
  return new Promise((ready) => {
    let first = true;
    liveQuery(() => db().outbox.where('status').equals('delivered').toArray()).subscribe({
      next: (delivered) => {
        const fresh = delivered.filter((e) => !known.has(e.id) && e.attempts > 0 && !e.hidden && e.receipt);
        for (const entry of delivered) known.add(entry.id);
        if (!first && fresh.length) void announce(fresh);
        first = false;
        ready();
      },
      error: (error) => {
        console.warn('Watching for delivered requests failed:', error);
        ready();
      },
    });
  });
}

async function announce(delivered: OutboxEntry[]): Promise<void> {
  const services = new Map((await servicesByIds(delivered.map((e) => e.service_id))).map((s) => [s.id, s]));
  const fresh = delivered.map((e) => ({ id: e.id, service_id: e.service_id, reference: e.receipt!.reference, practice: e.practice === true, service: services.get(e.service_id) }));
  notices = [...notices, ...fresh];
  for (const listener of listeners) listener(notices);
}
