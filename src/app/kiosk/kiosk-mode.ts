// FIRST-LOAD BUNDLE: keep small. Kiosk mode, for a library's public computers: set once on the
// device by opening any page with ?kiosk=1 (the kiosk browser's start page), kept until staff
// turn it off with the server's code. `&lang=xx` sets the language each session starts in.
import { getSetting, setSetting } from '../../data/settings';

export const isKiosk = (): boolean => getSetting('kiosk') === 'on';

/** The language a kiosk returns to when a session ends. */
export const kioskLanguage = (): string | undefined => (isKiosk() ? getSetting('kioskLanguage') : undefined);

/** Turns kiosk mode on from the address, and takes the switch out of the address. */
export function kioskFromAddress(): void {
  const url = new URL(location.href);
  if (url.searchParams.get('kiosk') !== '1') return;
  setSetting('kiosk', 'on');
  const lang = url.searchParams.get('lang');
  if (lang && /^[a-z]{2,3}$/.test(lang)) setSetting('kioskLanguage', lang);
  url.searchParams.delete('kiosk');
  url.searchParams.delete('lang');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}
