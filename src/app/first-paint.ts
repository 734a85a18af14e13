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
