// FIRST-LOAD BUNDLE: keep small. The page the server sent (src/shared/page-data.ts): the app's
// first render on the device must be exactly the server's HTML (hydration), so the screens start
// from the server's data, and whatever differs between the server and the device (the time,
// what the device remembers) waits until the page is on the screen.
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { PageData, ServedPage } from '../shared/page-data';
import { parseAddress } from '../shared/routes';
import { afterTakeOver, givesServerHtml } from './take-over';

export const ServedPageContext = createContext<ServedPage | undefined>(undefined);

/** The server's data for the page being shown, when the server sent this very page. */
export function useServed<K extends PageData['kind']>(kind: K): Extract<PageData, { kind: K }> | undefined {
  const served = useContext(ServedPageContext);
  const { url } = useLocation();
  // The page, not its query: the app takes `?kiosk=1` or `?practice=1` out of the address at start.
  if (!served || served.data.kind !== kind || parseAddress(url).path.split('?')[0] !== served.path) return undefined;
  return served.data as Extract<PageData, { kind: K }>;
}

/** A value only the device knows (the time, its storage, its speech): `fromServer` in the HTML the
 *  server sends and in the render that takes it over, the device's own once the whole page is
 *  taken over (its parts come in turns: take-over.tsx). */
export function useDeviceValue<T>(onDevice: () => T, fromServer: T): T {
  const [value, setValue] = useState(() => (givesServerHtml() ? fromServer : onDevice()));
  useEffect(() => {
    if (value === fromServer) afterTakeOver(() => setValue(onDevice));
  }, []);
  return value;
}

/** Whether the server's page is about safety, as its screen will say (useAboutSafety): the
 *  safety need, its services and rights cards, a search about danger. */
export function servedAboutSafety({ path, data }: ServedPage): boolean {
  switch (data.kind) {
    case 'need':
      return path === '/need/safety';
    case 'service':
      return data.service.needs.includes('safety');
    case 'rights':
      return data.card.needs.includes('safety');
    case 'search':
      return Boolean(data.query.trim()) && data.found.meaning.danger;
    default:
      return false;
  }
}
