// Installing Ponte on the phone's home screen. Browsers that can install it themselves say so with
// `beforeinstallprompt`: the event is kept (and the browser's own mini-bar held back) so the
// settings' "Install Ponte" button and the invitation can open the browser's dialog when the
// person asks. Loaded just after first paint with the status bar, which is soon enough: the
// browser offers installation only once the service worker (registered then too) is running.
// The page's <link rel="manifest"> follows the interface language (device/web-manifest.ts).
import { useEffect, useState } from 'preact/hooks';
import { getSetting, setSetting } from '../../data/settings';
import { i18next } from '../../i18n/i18n';
import { manifestPath } from './web-manifest';

/** Chromium's event (not in TypeScript's DOM library): https://developer.mozilla.org/docs/Web/API/BeforeInstallPromptEvent */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export interface InstallState {
  /** The browser will show its install dialog when asked. */
  canPrompt: boolean;
  /** Running as the installed app, or installed from this browser (remembered). */
  installed: boolean;
}

/** Remembered once the browser says the app was installed from here: the browser tab that
 *  installed it then says so rather than offering it again. The phone's, not the person's
 *  (DEVICE_SETTINGS): giving the phone away leaves the app installed. */
const INSTALLED = 'appInstalled';

let offer: BeforeInstallPromptEvent | undefined;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

const standalone = () =>
  matchMedia('(display-mode: standalone)').matches || (navigator as Navigator & { standalone?: boolean }).standalone === true;

export const installState = (): InstallState => ({ canPrompt: Boolean(offer), installed: standalone() || getSetting(INSTALLED) === 'yes' });

/** Opens the browser's install dialog; the event can be used once. */
export async function promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  const event = offer;
  if (!event) return 'unavailable';
  offer = undefined;
  await event.prompt();
  const { outcome } = await event.userChoice;
  if (outcome === 'accepted') setSetting(INSTALLED, 'yes');
  changed();
  return outcome;
}

export function useInstallState(): InstallState {
  const [state, setState] = useState(installState);
  useEffect(() => {
    const update = () => setState(installState());
    listeners.add(update);
    update();
    return () => void listeners.delete(update);
  }, []);
  return state;
}

/** The iPhone and iPad browsers, which install only through Share → Add to Home Screen
 *  (an iPad asks for the desktop site: it says Macintosh, with a touch screen). */
export const isAppleMobile = () => /iPhone|iPad|iPod/.test(navigator.userAgent) || (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1);

function pointManifestAtLanguage(): void {
  const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
  const lang = i18next.resolvedLanguage;
  if (link && lang && link.getAttribute('href') !== manifestPath(lang)) link.setAttribute('href', manifestPath(lang));
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    offer = event as BeforeInstallPromptEvent;
    // Offered again: whatever was remembered, it is not installed (any more).
    if (getSetting(INSTALLED)) setSetting(INSTALLED, '');
    changed();
  });
  window.addEventListener('appinstalled', () => {
    offer = undefined;
    setSetting(INSTALLED, 'yes');
    changed();
  });
  matchMedia('(display-mode: standalone)').addEventListener?.('change', changed);
  pointManifestAtLanguage();
  i18next.on('languageChanged', pointManifestAtLanguage);
}
