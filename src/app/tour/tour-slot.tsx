// FIRST-LOAD BUNDLE: keep small. Where the guided tour appears, and whether it should: on the
// home page until it is finished or skipped (`tourDone`, a personal setting: clearing the
// person's information or giving the phone away brings it back), and again from the settings.
// Its steps arrive after first paint (tour-panel.tsx, in the after-paint file).
// Not by itself on a kiosk: a library computer starts each session at home, in the language the
// staff set, for a visitor who came for one thing; after every idle reset the tour would stand
// in the next person's way. It can still be taken from the settings there.
// Only on home: a person who scanned a QR code for a service sees that service first; the tour
// waits until they reach home, and its steps point at what home offers.
import type { ComponentType } from 'preact';
import { useEffect, useReducer } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { getSetting, setSetting } from '../../data/settings';
import { parseAddress } from '../../shared/routes';
import { afterFirstPaint } from '../first-paint';
import { isKiosk, kioskRequested } from '../kiosk/kiosk-mode';
import { useDeviceValue } from '../served-page';
import { Later } from '../take-over';

export const TOUR_STEPS = 5;

const tour = {
  /** Asked for from the settings during this visit; otherwise decided by the stored setting. */
  requested: undefined as boolean | undefined,
  step: 0,
  /** Whether the panel takes focus when it next appears: when it opens, not each time home is
   *  visited again during an unfinished tour (the page's heading has focus then). */
  takeFocus: true,
};
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

export const tourOpen = () => tour.requested ?? (!getSetting('tourDone') && !isKiosk() && !kioskRequested());
export const tourStep = () => tour.step;
/** Asked for from the settings, rather than opened by itself on a first visit. */
export const tourAskedFor = () => tour.requested === true;
/** True once after the tour opens. */
export function tourTakesFocus(): boolean {
  const take = tour.takeFocus;
  tour.takeFocus = false;
  return take;
}

export function goToStep(step: number): void {
  tour.step = Math.min(Math.max(step, 0), TOUR_STEPS - 1);
  changed();
}

/** From the settings: the tour from its first step, on the home page. */
export function startTour(): void {
  Object.assign(tour, { requested: true, step: 0, takeFocus: true });
  changed();
}

/** Finished or skipped: not shown again by itself on this device, until the person's
 *  information is cleared. Only that it was seen is kept, not when. */
export function endTour(): void {
  setSetting('tourDone', 'yes');
  tour.requested = false;
  changed();
}

let loadedPanel: ComponentType | undefined;

/** The panel's code. The server has it from the start (provideTourPanel): the panel is in the
 *  page's first paint, so it never pushes home's content down after it. A device taking that
 *  page over takes the panel over once its code is here (<Later>), the rest of home before. */
export const loadTourPanel = () => import('./tour-panel').then((m) => (loadedPanel = m.TourPanel));
export const provideTourPanel = (panel: ComponentType) => void (loadedPanel = panel);
/** The panel once its code is here. */
function LoadedPanel() {
  const Panel = loadedPanel;
  return Panel ? <Panel /> : null;
}

export function TourSlot() {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const listener = () => rerender(undefined);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  const { path } = useLocation();
  // The server's home page has the tour (a first visit's): the render taking it over has it too,
  // and only then does the device's own setting (a tour finished earlier) take it away.
  const asServed = useDeviceValue(() => false, true);
  const show = (asServed || tourOpen()) && parseAddress(path).path === '/';
  useEffect(() => {
    // Its code not coming (offline before it was kept): no tour, nothing else amiss.
    if (show && !loadedPanel) void afterFirstPaint.then(loadTourPanel).then(() => rerender(undefined), () => undefined);
  }, [show]);
  // Taking the server's home over, its panel stays as it is until its code is here.
  return show ? (
    <Later until={loadTourPanel}>
      <LoadedPanel />
    </Later>
  ) : null;
}
