// "Remove from the list" under a delivered request in My requests. Removing it loses the
// reference and the status token for good (the request can no longer be followed or withdrawn
// from this device, while the service still has it), so it is asked in words first, like
// "Withdraw this request" (request-progress.tsx): the question takes focus; "No" or Escape puts
// focus back on the button that asked; "Yes" removes it and the screen says where focus goes
// (the item and its buttons are gone).
import { useRef, useState } from 'preact/hooks';
import type { OutboxEntry } from '../../data/db';
import { dismissRequest } from '../../data/outbox';
import { useT } from '../../i18n/use-t';
import { canWithdraw } from './request-progress';
import './request-follow.css';

export function RemoveRequest({ entry, onRemoved }: { entry: OutboxEntry; onRemoved: () => void }) {
  const { t } = useT();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const questionRef = useRef<HTMLDivElement>(null);
  const ask = () => {
    setAsking(true);
    requestAnimationFrame(() => questionRef.current?.focus());
  };
  const keep = () => {
    setAsking(false);
    requestAnimationFrame(() => buttonRef.current?.focus());
  };
  const remove = async () => {
    setBusy(true);
    await dismissRequest(entry.id);
    onRemoved();
  };
  if (!asking) {
    return (
      <p class="actions">
        <button type="button" class="button small secondary" onClick={ask} ref={buttonRef}>
          {t('requests.remove')}
        </button>
      </p>
    );
  }
  // Still followable: say what is lost. Once closed (withdrawn too) or gone from the server,
  // only the reference and what happened are lost.
  const explain = canWithdraw(entry) ? 'followCare.removeExplain' : 'followCare.removeExplainDone';
  return (
    <div
      class="withdraw-confirm"
      role="group"
      aria-labelledby={`remove-${entry.id}`}
      tabIndex={-1}
      ref={questionRef}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        keep();
      }}
    >
      <p id={`remove-${entry.id}`} class="withdraw-question">
        {t('followCare.removeQuestion')}
      </p>
      <p>{t(explain)}</p>
      <p class="actions">
        <button type="button" class="button small" disabled={busy} onClick={() => void remove()}>
          {t('followCare.removeYes')}
        </button>
        <button type="button" class="button small secondary" disabled={busy} onClick={keep}>
          {t('followCare.removeNo')}
        </button>
      </p>
    </div>
  );
}
