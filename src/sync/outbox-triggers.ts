// When the page sends the outbox: at start, when the device comes back online, when the page
// becomes visible, when the next retry is due (backoff timer), and on "send now". The worker
// adds Background Sync (sw/outbox.ts). Every path goes through the same locked sender.
import { db } from '../data/db';
import { OUTBOX_SYNC_TAG, sendDueRequests, type SendOptions } from './outbox-sender';

const MAX_TIMER_MS = 5 * 60_000;

export function startOutbox({ practice }: Pick<SendOptions, 'practice'> = {}) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  const run = (force = false): Promise<void> => {
    if (running) {
      again = true; // something changed while sending: look once more afterwards
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          const { nextAttemptAt } = await sendDueRequests({ db: db(), force, practice });
          clearTimeout(timer);
          if (nextAttemptAt !== undefined) {
            timer = setTimeout(() => void run(), Math.min(MAX_TIMER_MS, Math.max(0, nextAttemptAt - Date.now())));
          }
        } while (again);
      } catch (error) {
        console.warn('Sending the outbox failed:', error);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  void run();
  window.addEventListener('online', () => void run(true));
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void run());
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
