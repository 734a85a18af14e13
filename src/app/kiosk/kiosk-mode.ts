// FIRST-LOAD BUNDLE: keep small. Kiosk mode, for a library's public computers: asked for by
// opening any page with ?kiosk=1 (the kiosk browser's start page), confirmed once by staff with
// the server's code (a link must not turn a person's own phone into a kiosk), then kept until
// staff turn it off. `&lang=xx` sets the language each session starts in.
import { getSetting, setSetting } from '../../data/settings';

export const isKiosk = (): boolean => getSetting('kiosk') === 'on';

/** The language a kiosk returns to when a session ends. */
export const kioskLanguage = (): string | undefined => (isKiosk() ? getSetting('kioskLanguage') : undefined);

let requested: { lang?: string } | undefined;
/** Kiosk mode asked for by the address, on a browser not yet a kiosk: staff must confirm. */
export const kioskRequested = () => requested;

/** Reads the switch and takes it out of the address. */
export function kioskFromAddress(): void {
  const url = new URL(location.href);
  if (url.searchParams.get('kiosk') !== '1') return;
  const lang = url.searchParams.get('lang') ?? undefined;
  if (!isKiosk()) requested = { lang: lang && /^[a-z]{2,3}$/.test(lang) ? lang : undefined };
  url.searchParams.delete('kiosk');
  url.searchParams.delete('lang');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}

export function turnKioskOn(lang?: string): void {
  setSetting('kiosk', 'on');
  if (lang) setSetting('kioskLanguage', lang);
}
