// GOV.UK's timeout warning: two minutes before the session ends, a modal dialog says so, with a
// countdown, "Stay signed in" and "Sign out". When the time runs out the person is signed out
// and the sign-in page says why. Timers follow the clock (Date.now() against the deadline,
// checked when a timer fires), so a sleeping laptop or a test's fast-forwarded clock land on
// the right state. The countdown is shown every second but announced sparingly: at each whole
// minute, at 30 and at 10 seconds, never every second.
import { useEffect, useRef, useState } from 'preact/hooks';
import { forgetSession, signOut, staffFetch, type Session, type SessionInfo } from '../api';
import { useStaffT } from '../i18n';

const WARNING_MS = 2 * 60_000;
const ANNOUNCED_AT = new Set([120, 60, 30, 10]);

/** "1 minute and 30 seconds" in the reader's language. */
function duration(seconds: number, lang: string): string {
  const unit = (value: number, name: 'minute' | 'second') => new Intl.NumberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const [minutes, rest] = [Math.floor(seconds / 60), seconds % 60];
  const parts = [minutes > 0 && unit(minutes, 'minute'), (rest > 0 || minutes === 0) && unit(rest, 'second')].filter((p): p is string => Boolean(p));
  return new Intl.ListFormat(lang, { type: 'unit', style: 'long' }).format(parts);
}

export function SessionTimeout({ session }: { session: Session }) {
  const { t, lang } = useStaffT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [secondsLeft, setSecondsLeft] = useState<number>();
  const [announced, setAnnounced] = useState<number>();
  const [problem, setProblem] = useState<string>();
  // The 12-hour limit cannot be pushed back: the warning then only says so.
  const atMost = session.hardDeadline <= session.idleDeadline;
  const deadline = Math.min(session.idleDeadline, session.hardDeadline);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      const left = deadline - Date.now();
      if (left <= 0) {
        setSecondsLeft(undefined);
        const reason = atMost ? 'max' : 'idle';
        void signOut({ reason }).catch(() => forgetSession(reason));
        return;
      }
      if (left > WARNING_MS) {
        setSecondsLeft(undefined);
        timer = setTimeout(check, left - WARNING_MS);
        return;
      }
      const seconds = Math.ceil(left / 1000);
      setSecondsLeft(seconds);
      // The first announcement says how long is left, whatever that is; then only at set moments.
      setAnnounced((before) => (before === undefined || ANNOUNCED_AT.has(seconds) ? seconds : before));
      timer = setTimeout(check, left - (seconds - 1) * 1000);
    };
    check();
    return () => clearTimeout(timer);
  }, [deadline, atMost]);

  const warning = secondsLeft !== undefined;
  // Read by onClose: a close while the warning still stands was not ours.
  const warningShown = useRef(false);
  warningShown.current = warning;
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (warning && !element.open) {
      setProblem(undefined);
      element.showModal();
    }
    if (!warning && element.open) element.close();
    if (!warning) setAnnounced(undefined);
  }, [warning]);

  const stay = async () => {
    if (atMost) return dialog.current?.close();
    setProblem(undefined);
    try {
      await staffFetch<SessionInfo>('/session/extend', { method: 'POST' });
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  return (
    <dialog
      ref={dialog}
      class="timeout-dialog"
      aria-labelledby="timeout-title"
      aria-describedby="timeout-text"
      // Escape is "Stay signed in", as GOV.UK's pattern has it: the person is obviously there.
      // Handled on keydown: Chromium skips the cancel event for a dialog that opened without a
      // click or tap (a timer opened this one) and just closes it, which would stay nothing.
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        void stay();
      }}
      // Other ways to close it (a phone's back gesture) mean the same.
      onCancel={(event) => {
        event.preventDefault();
        void stay();
      }}
      onClose={() => {
        if (warningShown.current) void stay();
      }}
    >
      <h2 id="timeout-title">{t(atMost ? 'session.warning.titleMax' : 'session.warning.title')}</h2>
      <p id="timeout-text">
        <span class="timeout-countdown" aria-hidden="true">{warning && t(atMost ? 'session.warning.textMax' : 'session.warning.text', { time: duration(secondsLeft, lang) })}</span>
        <span class="visually-hidden" aria-live="polite" aria-atomic="true">
          {announced !== undefined && t(atMost ? 'session.warning.textMax' : 'session.warning.text', { time: duration(announced, lang) })}
        </span>
      </p>
      {problem && (
        <p class="staff-error-text" role="alert">
          {problem}
        </p>
      )}
      <div class="staff-actions">
        <button type="button" class="staff-button" autofocus onClick={() => void stay()}>
          {t(atMost ? 'session.warning.continue' : 'session.warning.stay')}
        </button>
        <button type="button" class="staff-button staff-button-secondary" onClick={() => void signOut().catch(() => forgetSession())}>
          {t('session.warning.signOut')}
        </button>
      </div>
    </dialog>
  );
}
