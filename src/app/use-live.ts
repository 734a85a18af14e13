// Screens read the device's data through Dexie's liveQuery: when a sync (in this tab, another
// tab or the service worker) changes what a query reads, the screen re-renders by itself.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** undefined while loading; then the query's result (queries return null for "not found"). */
export function useLive<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    setValue(undefined);
    const subscription = liveQuery(query).subscribe({ next: setValue, error: (e) => console.error(e) });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}

/** The current time, refreshed every minute, so "open now" stays true while a page stays open. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
