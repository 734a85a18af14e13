// FIRST-LOAD BUNDLE: keep small. Settles once the browser has shown the first screen (its first
// contentful paint). What that screen does not need (IndexedDB, the sync, the outbox, the
// service worker) waits for it, so it never competes with the first paint for the network or
// the processor. A frame's callback alone is not enough: it runs just before that frame is
// shown, and a slow device can start the downloads before anything is on the screen.
export const afterFirstPaint: Promise<void> = new Promise((resolve) => {
  if (typeof document === 'undefined') return; // the server's render of a page: never
  const next = () => setTimeout(resolve, 0);
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    requestAnimationFrame(next);
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    next();
  });
  observer.observe({ type: 'paint', buffered: true });
});

/** The next task of the event loop: work after it does not make one long task with the work
 *  before it (a phone stays responsive to a tap between the two). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

let turn: Promise<unknown> = Promise.resolve();
/** Runs pieces of start-up work one per task, in the order asked: the parts that arrive after
 *  first paint (the status bar, the badge, the sync, the outbox) would otherwise all run at once. */
export function inTurn<T>(work: () => T | Promise<T>): Promise<T> {
  const run = turn.then(nextTask).then(work);
  turn = run.catch(() => undefined);
  return run;
}
