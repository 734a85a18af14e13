// When the page sends the outbox: at start (a request that waited for a connection at once:
// "online" may have come before the page listened), when the device comes back online, when the page
// becomes visible, when the next retry is due (backoff timer), and on "send now". The worker
// adds Background Sync (sw/outbox.ts). Every path goes through the same locked sender.
import { db } from '../data/db';
import { OUTBOX_SYNC_TAG, sendDueRequests, type SendOptions } from './outbox-sender';
import { startPageJob } from './page-job';

const MAX_TIMER_MS = 5 * 60_000;

export function startOutbox({ practice }: Pick<SendOptions, 'practice'> = {}) {
  let justStarted = true;
  const run = startPageJob({
    run: async (force) => {
      const summary = await sendDueRequests({ db: db(), force, justStarted, practice });
      justStarted = false;
      return summary.nextAttemptAt;
    },
    maxWaitMs: MAX_TIMER_MS,
    failure: 'Sending the outbox failed:',
  });
  return {
    /** "Send now", and right after a request is composed. */
    sendNow: () => run(true),
  };
}

/** Asks the browser to wake the worker when a connection returns, even if the page is closed. */
export async function requestBackgroundSend(): Promise<void> {
  try {
    const reg = (await navigator.serviceWorker?.ready) as (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined;
    await reg?.sync?.register(OUTBOX_SYNC_TAG);
  } catch {
    // No Background Sync here: the worker replays at start-up and the page sends when open.
  }
}
