// A kiosk's idle reset: after the server's idle time without input, "Are you still there?"
// with "I'm still here" focused, and a 60-second countdown; then everything of the person is
// cleared (requests still waiting leave by themselves, unseen) and the kiosk starts afresh.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { endSession } from '../session/end-session';

const WARNING_SECONDS = 60;
const INPUT = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;
/** Said to screen readers as the countdown passes these (every second would drown them). */
const ANNOUNCE_AT = [30, 10];

export function IdleReset({ idleSeconds, fresh }: { idleSeconds: number; fresh: boolean }) {
  const { t } = useT();
  // When the session ends if nobody answers: the countdown is read off the clock, so a window
  // whose timers the browser slows down (minimised) still clears on time.
  const [deadline, setDeadline] = useState<number | null>(null);
  const [left, setLeft] = useState(WARNING_SECONDS);
  const dialog = useRef<HTMLDialogElement>(null);
  const stay = useRef<HTMLButtonElement>(null);
  // A kiosk just cleared has nothing to clear until someone uses it.
  const used = useRef(!fresh);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const arm = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => (used.current ? setDeadline(Date.now() + WARNING_SECONDS * 1000) : arm()), idleSeconds * 1000);
  };

  useEffect(() => {
    const onInput = () => {
      used.current = true;
      if (!dialog.current?.open) arm();
    };
    for (const type of INPUT) addEventListener(type, onInput, { capture: true, passive: true });
    arm();
    return () => {
      clearTimeout(timer.current);
      for (const type of INPUT) removeEventListener(type, onInput, { capture: true });
    };
  }, [idleSeconds]);

  useEffect(() => {
    if (deadline === null) return;
    dialog.current?.showModal();
    // With very large text the dialog scrolls: its question must be in view, not only the button.
    dialog.current?.scrollTo(0, 0);
    stay.current?.focus({ preventScroll: true });
    const tick = () => {
      const seconds = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setLeft(seconds);
      if (seconds === 0) {
        clearInterval(ticking);
        void endSession('send', 'reset');
      }
    };
    const ticking = setInterval(tick, 1000);
    tick();
    return () => clearInterval(ticking);
  }, [deadline]);

  const stillHere = () => {
    dialog.current?.close();
    setDeadline(null);
    setLeft(WARNING_SECONDS);
    arm();
  };

  return (
    <dialog ref={dialog} class="modal" role="alertdialog" aria-labelledby="idle-title" aria-describedby="idle-text" onCancel={(e) => { e.preventDefault(); stillHere(); }}>
      <h2 id="idle-title">{t('kiosk.idleTitle')}</h2>
      <p id="idle-text">{t('kiosk.idleText', { count: WARNING_SECONDS })}</p>
      <p class="idle-countdown" aria-hidden="true">{left}</p>
      <p class="visually-hidden" aria-live="polite">
        {deadline !== null && ANNOUNCE_AT.includes(left) ? t('kiosk.secondsLeft', { count: left }) : ''}
      </p>
      <p class="actions">
        <button type="button" class="button" ref={stay} onClick={stillHere}>
          {t('kiosk.stillHere')}
        </button>
      </p>
    </dialog>
  );
}
