// A button that asks first (removing an account, cancelling an invitation): pressed, it gives way
// to the question, which takes focus, with the action and a way back (focus returns to the
// button); a failed action says why under them. Busy, the action ignores presses but keeps focus.
import { useRef, useState } from 'preact/hooks';
import { StaffApiError } from '../api';
import { useStaffT } from '../i18n';

export function ConfirmStep(props: {
  /** The button, and words only a screen reader hears after it (whose account, whose invitation). */
  label: string;
  labelFor: string;
  question: string;
  confirm: string;
  keep: string;
  act: () => Promise<void>;
}) {
  const { t } = useStaffT();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const act = async () => {
    if (busy) return;
    setProblem(undefined);
    setBusy(true);
    try {
      await props.act();
    } catch (error) {
      setProblem(error instanceof StaffApiError ? error.message : t('common.failed'));
    } finally {
      setBusy(false);
    }
  };

  if (!asking) {
    return (
      <button
        ref={button}
        type="button"
        class="staff-button staff-button-secondary"
        onClick={() => {
          setAsking(true);
          requestAnimationFrame(() => question.current?.focus());
        }}
      >
        {props.label}
        <span class="visually-hidden"> {props.labelFor}</span>
      </button>
    );
  }
  return (
    <div class="remove-confirm">
      <p ref={question} tabIndex={-1}>
        {props.question}
      </p>
      <div class="staff-actions">
        <button type="button" class="staff-button staff-button-warning" aria-disabled={busy} onClick={() => void act()}>
          {props.confirm}
        </button>
        <button
          type="button"
          class="staff-button staff-button-secondary"
          onClick={() => {
            setAsking(false);
            requestAnimationFrame(() => button.current?.focus());
          }}
        >
          {props.keep}
        </button>
      </div>
      {problem && (
        <p class="staff-error-text" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
