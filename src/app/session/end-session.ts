// The end of a person's time on this device: "Clear my information", a kiosk's idle reset and
// "Leave this page". What they did goes (wipeDevice), the tab's history forgets their pages,
// and the app starts afresh (or the tab leaves for a neutral page).
import { getMeta } from '../../data/directory';
import { wipeDevice, type WaitingRequests } from '../../data/wipe';
import { DEFAULT_DEVICE_SETTINGS, NEUTRAL_PAGE } from '../../shared/api';
import { forgetHistory } from './history-guard';

/** Nothing of the person stays on the screen while the rest happens. */
function hideEverything(): void {
  document.title = '';
  document.body.hidden = true;
}

export async function endSession(waiting: WaitingRequests): Promise<void> {
  hideEverything();
  await wipeDevice({ waiting });
  await forgetHistory({ path: '/', title: 'Ponte', notice: 'cleared' });
}

/** Where "Leave this page" goes: the server's setting, or our own neutral page, which the
 *  worker keeps, when there is none or the device is offline. */
export async function quickExitTarget(): Promise<string> {
  const url = (await getMeta().catch(() => null))?.device?.quick_exit_url ?? DEFAULT_DEVICE_SETTINGS.quick_exit_url;
  return url.startsWith('/') || navigator.onLine ? url : NEUTRAL_PAGE.path;
}

/** GOV.UK's "Exit this page": at once, nothing to go back to; on a kiosk, the session ends too. */
export async function quickExit(target: Promise<string>, kiosk: boolean): Promise<void> {
  hideEverything();
  if (kiosk) await wipeDevice({ waiting: 'send' });
  // Ponte's entries become the neutral page too, so Back finds nothing of Ponte.
  await forgetHistory(NEUTRAL_PAGE, await target);
}
