// "Leave this page" (GOV.UK's "Exit this page" pattern) wherever a screen shows something about
// safety (session/about-safety.ts) and on every page of a kiosk: one press, or Shift pressed
// alone three times, replaces the page with a neutral one and leaves nothing of Ponte behind in
// the tab's history. FIRST-LOAD BUNDLE: keep small. In the first paint, so that a page about
// safety has its way out at once (the server's page too); what leaving does (session/end-session.ts,
// with the device's storage) loads after first paint, and at the latest when pressed.
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { isKiosk } from '../kiosk/kiosk-mode';
import { useShowingSafety } from '../session/about-safety';
import { afterFirstPaint } from '../first-paint';

/** What leaving does: loaded once a page about safety is on the screen, so a press is at once. */
const leaving_ = () => import('../session/end-session');

let leftAlready = false;
/** Leaves: nothing of the page stays in view while what leaving does loads (if it has not yet). */
function leaveNow(kiosk: boolean): void {
  if (leftAlready) return;
  leftAlready = true;
  document.title = '';
  document.body.hidden = true;
  void leaving_().then(({ quickExit, quickExitTarget }) => quickExit(quickExitTarget(), kiosk));
}

/** The server's "Leave this page" works from the moment this file runs: until the app has taken
 *  the page over (seconds on a slow phone, for a screen whose code must come first), its button
 *  is HTML only, and a person in danger cannot wait for it. From then on the button's own. */
export function leaveOnEarlyPress(): void {
  const early = (event: MouseEvent) => {
    if (document.documentElement.dataset.app === 'ready') document.removeEventListener('click', early, { capture: true });
    else if (event.target instanceof Element && event.target.closest('.quick-exit-button')) leaveNow(isKiosk());
  };
  document.addEventListener('click', early, { capture: true });
}

const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 5000;

export function QuickExit() {
  const { t } = useT();
  const kiosk = isKiosk();
  const shown = useShowingSafety() || kiosk;
  const leave = () => leaveNow(kiosk);
  useEffect(() => {
    if (shown) void afterFirstPaint.then(leaving_);
  }, [shown]);

  useEffect(() => {
    if (!shown) return;
    // GOV.UK's rule: Shift pressed and released on its own, three times in a row within 5 s.
    // Shift held for a capital letter is typing, and any other key starts the count again.
    let presses: number[] = [];
    let alone = false;
    const onDown = (event: KeyboardEvent) => {
      if (event.key === 'Shift') alone = !event.repeat || alone;
      else {
        alone = false;
        presses = [];
      }
    };
    const onUp = (event: KeyboardEvent) => {
      if (event.key !== 'Shift' || !alone) return;
      const now = performance.now();
      presses = [...presses.filter((at) => now - at < SHIFT_WINDOW_MS), now];
      if (presses.length >= SHIFT_PRESSES) leave();
    };
    document.addEventListener('keydown', onDown);
    document.addEventListener('keyup', onUp);
    return () => {
      document.removeEventListener('keydown', onDown);
      document.removeEventListener('keyup', onUp);
    };
  }, [shown]);

  // The bar sticks to the top: scrolling to what gets focus (or to an anchor) keeps it below.
  const bar = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = bar.current;
    if (!shown || !element) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => (root.style.scrollPaddingBlockStart = `${element.offsetHeight + 8}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingBlockStart = '';
    };
  }, [shown]);

  if (!shown) return null;
  return (
    <div class="quick-exit" ref={bar}>
      <button type="button" class="quick-exit-button" aria-describedby="quick-exit-hint" onClick={leave}>
        {t('quickExit.button')}
      </button>
      <span id="quick-exit-hint" class="quick-exit-hint">
        {t('quickExit.hint')}
      </span>
    </div>
  );
}
