// When the page asks what became of delivered requests: at start, when the page becomes
// visible and when the next question is due (each on the schedule of nextStatusCheckAt), and at
// once, whatever the schedule, when the device comes back online or the person opens My
// requests. The worker does not ask: the answers matter only when someone looks.
import { db } from '../data/db';
import { startPageJob } from './page-job';
import { checkRequestStatuses } from './request-status';

const MAX_TIMER_MS = 15 * 60_000;

export function startRequestStatusChecks() {
  const run = startPageJob({
    // Looked at again every 15 minutes even with nothing due: a request delivered meanwhile gets its schedule.
    run: async (force) => (await checkRequestStatuses({ db: db(), force })).nextCheckAt ?? Date.now() + MAX_TIMER_MS,
    maxWaitMs: MAX_TIMER_MS,
    minWaitMs: 1_000,
    failure: 'Asking what became of the requests failed:',
  });
  return {
    /** The person is looking (My requests): ask about every followable request now. */
    checkNow: () => run(true),
  };
}
