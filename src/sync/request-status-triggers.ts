// When the page asks what became of delivered requests: at start, when the page becomes
// visible and when the next question is due (each on the schedule of nextStatusCheckAt), and at
// once, whatever the schedule, when the device comes back online or the person opens My
// requests. The worker does not ask: the answers matter only when someone looks.
import { db } from '../data/db';
import { checkRequestStatuses } from './request-status';

// Looked at again at least this often, so a request delivered meanwhile gets its schedule.
const MAX_TIMER_MS = 15 * 60_000;

export function startRequestStatusChecks() {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let forceAgain: boolean | undefined;

  const run = (force = false): Promise<void> => {
    if (running) {
      forceAgain = (forceAgain ?? false) || force; // asked meanwhile: once more afterwards
      return running;
    }
    running = (async () => {
      try {
        let again: boolean | undefined = force;
        while (again !== undefined) {
          forceAgain = undefined;
          const { nextCheckAt } = await checkRequestStatuses({ db: db(), force: again });
          clearTimeout(timer);
          timer = setTimeout(() => void run(), Math.min(MAX_TIMER_MS, Math.max(1_000, (nextCheckAt ?? Infinity) - Date.now())));
          again = forceAgain;
        }
      } catch (error) {
        console.warn('Asking what became of the requests failed:', error);
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
    /** The person is looking (My requests): ask about every followable request now. */
    checkNow: () => run(true),
  };
}
