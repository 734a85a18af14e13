// The end of a person's time on this device: "Clear my information", a kiosk's idle reset and
// "Leave this page". What they did goes (wipeDevice), the tab's history forgets their pages,
// and the app starts afresh (or the tab leaves for a neutral page).
import { getMeta } from '../../data/directory';
import { getSetting, setSetting } from '../../data/settings';
import { wipeDevice, type WaitingRequests } from '../../data/wipe';
import { DEFAULT_DEVICE_SETTINGS, NEUTRAL_PAGE } from '../../shared/api';
import { forgetHistory } from './history-guard';

const PENDING_WIPE = 'pendingWipe';

/** A kiosk left by "Leave this page" before its wipe was done: done now, before anything shows. */
export async function finishPendingWipe(): Promise<void> {
  if (getSetting(PENDING_WIPE) !== 'send') return;
  await wipeDevice({ waiting: 'send' });
  setSetting(PENDING_WIPE, '');
}

/** Nothing of the person stays on the screen while the rest happens. */
function hideEverything(): void {
  document.title = '';
  document.body.hidden = true;
}

/** What the next page says: "cleared" to the person who asked; nothing after a kiosk's idle
 *  reset (the next person did nothing, and need not learn someone was here); "kioskOff". */
export type EndNotice = 'cleared' | 'reset' | 'kioskOff';

export async function endSession(waiting: WaitingRequests, notice: EndNotice): Promise<void> {
  hideEverything();
  // Whatever happens to the wipe, the page must not stay blank: it starts again at home, and
  // says it was cleared only when it was.
  const cleared = await wipeDevice({ waiting }).then(
    () => true,
    (error) => (console.error('Clearing this device failed:', error), false),
  );
  await forgetHistory({ path: '/', title: 'Ponte', notice: cleared ? notice : undefined });
}

/** Where "Leave this page" goes: the server's setting, or our own neutral page, which the
 *  worker keeps, when there is none or the device is offline. */
export async function quickExitTarget(): Promise<string> {
  const url = (await getMeta().catch(() => null))?.device?.quick_exit_url ?? DEFAULT_DEVICE_SETTINGS.quick_exit_url;
  return url.startsWith('/') || navigator.onLine ? url : NEUTRAL_PAGE.path;
}

/** GOV.UK's "Exit this page": at once, nothing to go back to; on a kiosk, the session ends too.
 *  Leaving may not wait for a wipe held up behind a directory update: the wipe gets a moment,
 *  and whatever is left of it is done before Ponte next shows anything (finishPendingWipe). */
export async function quickExit(target: Promise<string>, kiosk: boolean): Promise<void> {
  hideEverything();
  if (kiosk) {
    setSetting(PENDING_WIPE, 'send');
    const wiped = wipeDevice({ waiting: 'send' }).then(() => setSetting(PENDING_WIPE, ''));
    await Promise.race([wiped, new Promise((resolve) => setTimeout(resolve, 1000))]);
  }
  // Ponte's entries become the neutral page too, so Back finds nothing of Ponte.
  await forgetHistory(NEUTRAL_PAGE, await target);
}
