// Screens read the device's data through Dexie's liveQuery: when a sync (in this tab, another
// tab or the service worker) changes what a query reads, the screen re-renders by itself.
import { liveQuery } from 'dexie';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { getMeta } from '../data/directory';
import { ServedPageContext, useDeviceValue } from './served-page';

/** undefined while loading; then the query's result (queries return null for "not found").
 *  `initial` is shown from the first render (the page the server sent). */
export function useLive<T>(query: () => Promise<T>, deps: unknown[], initial?: T): T | undefined {
  const [value, setValue] = useState<T | undefined>(initial);
  const first = useRef(true);
  useEffect(() => {
    if (!first.current) setValue(undefined);
    first.current = false;
    const subscription = liveQuery(query).subscribe({ next: setValue, error: (e) => console.error(e) });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}

/** A query of the directory on the device, starting from the server's data for this page: until
 *  the device holds that version of the directory or a later one (a first visit, or a device that
 *  has not synced since), the server's data stays. */
export function useDirectory<T>(query: () => Promise<T>, deps: unknown[], served: T | undefined): T | undefined {
  const version = useContext(ServedPageContext)?.version ?? 0;
  return useLive(async () => (served !== undefined && ((await getMeta())?.version ?? -1) < version ? served : query()), deps, served);
}

/** The current time, refreshed every minute, so "open now" stays true while a page stays open.
 *  undefined in the server's HTML (made once for many visits) and the render that takes it over. */
export function useNow(): Date | undefined {
  const first = useDeviceValue<Date | undefined>(() => new Date(), undefined);
  const [now, setNow] = useState(first);
  useEffect(() => {
    setNow(first);
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, [first]);
  return now;
}
