// A job the page runs by itself (sending the outbox, asking what became of requests): at start,
// when the page becomes visible, when the job says it is next due, and at once ("forced": due or
// not) when the device comes back online or the person asks. One run at a time: a call made
// during a run asks for one more run after it (forced if any such call was), so nothing that
// changed meanwhile waits for the next trigger.
export interface PageJob {
  /** Does the work; returns when it is next due (epoch ms), or undefined for "when triggered". */
  run(force: boolean): Promise<number | undefined>;
  /** The longest wait for the timer (the job is looked at again at least this often when due later). */
  maxWaitMs: number;
  minWaitMs?: number;
  /** Logged with the error when a run fails (the next trigger tries again). */
  failure: string;
}

export function startPageJob(job: PageJob): (force?: boolean) => Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let forceAgain: boolean | undefined;

  const run = (force = false): Promise<void> => {
    if (running) {
      forceAgain = (forceAgain ?? false) || force;
      return running;
    }
    running = (async () => {
      try {
        let again: boolean | undefined = force;
        while (again !== undefined) {
          forceAgain = undefined;
          const nextAt = await job.run(again);
          clearTimeout(timer);
          if (nextAt !== undefined) {
            timer = setTimeout(() => void run(), Math.min(job.maxWaitMs, Math.max(job.minWaitMs ?? 0, nextAt - Date.now())));
          }
          again = forceAgain;
        }
      } catch (error) {
        console.warn(job.failure, error);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  void run();
  window.addEventListener('online', () => void run(true));
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void run());
  return run;
}
