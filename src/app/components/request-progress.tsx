// Under a delivered request in "My requests": what the service did, in plain words ("Opened by
// the service on 3 December", one line per attempt to reach the person, "Closed: …"), as last
// heard with the request's status token (src/sync/request-status.ts), and "Withdraw this
// request", confirmed in words first, online only.
import type { TFunction } from 'i18next';
import { useRef, useState } from 'preact/hooks';
import { db, type OutboxEntry } from '../../data/db';
import { formatDay, formatMoment, formatTimeOf } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import type { RequestStatus } from '../../shared/request-status';
import { withdrawRequest, type WithdrawResult } from '../../sync/request-status';
import './request-follow.css';

/** The lines to show, oldest first: opened, each attempt (its way named), reached, closed. */
export function progressLines(progress: RequestStatus, t: TFunction, lang: string, timeZone?: string): string[] {
  const day = (iso: string) => formatDay(iso, lang, timeZone);
  const lines: { at: string; text: string }[] = [];
  if (progress.opened_at) lines.push({ at: progress.opened_at, text: t('requestProgress.opened', { date: day(progress.opened_at) }) });
  for (const attempt of progress.attempts) {
    lines.push({ at: attempt.at, text: t(`requestProgress.attempt.${attempt.method}`, { date: day(attempt.at), time: formatTimeOf(attempt.at, lang, timeZone) }) });
  }
  if (progress.contacted_at) lines.push({ at: progress.contacted_at, text: t('requestProgress.reached', { date: day(progress.contacted_at) }) });
  // Stable: what happened on the same instant keeps the order above.
  const ordered = lines.map((line, i) => ({ ...line, i })).sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.i - b.i).map((l) => l.text);
  if (progress.state === 'new') ordered.push(t('requestProgress.notOpened'));
  if (progress.state === 'closed' && progress.outcome) ordered.push(t(`requestProgress.closed.${progress.outcome}`, { date: progress.closed_at ? day(progress.closed_at) : '' }));
  // Kept long enough and erased (not withdrawn: that line says so already).
  if (progress.details_erased && progress.outcome !== 'withdrawn') ordered.push(t('requestProgress.erased'));
  return ordered;
}

/** Whether the person can still withdraw it from here. */
export const canWithdraw = (entry: OutboxEntry) =>
  entry.status === 'delivered' && Boolean(entry.status_token) && !entry.practice && !entry.progress_gone && entry.progress?.state !== 'closed';

export function RequestProgress({ entry }: { entry: OutboxEntry }) {
  const { t, lang } = useT();
  const { progress } = entry;
  // Once withdrawn, the button is gone: the keyboard lands on what happened instead of the page's start.
  const progressRef = useRef<HTMLDivElement>(null);
  // A request of an older version (no token) is not followed: nothing to say about it.
  if (!entry.status_token || entry.practice) return null;
  return (
    <div class="request-progress" data-testid="request-progress" tabIndex={-1} ref={progressRef}>
      {progress && (
        <>
          <p class="progress-title">{t('requestProgress.title')}</p>
          <ul class="progress-lines">
            {progressLines(progress, t, lang).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {entry.progress_gone && <p class="hint">{t('requestProgress.gone')}</p>}
      {entry.progress_checked_at !== undefined && (
        <p class="hint">{t('requestProgress.checked', { moment: formatMoment(new Date(entry.progress_checked_at).toISOString(), lang) })}</p>
      )}
      {canWithdraw(entry) && <Withdraw entry={entry} onWithdrawn={() => requestAnimationFrame(() => progressRef.current?.focus())} />}
    </div>
  );
}

function Withdraw({ entry, onWithdrawn }: { entry: OutboxEntry; onWithdrawn: () => void }) {
  const { t } = useT();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<WithdrawResult | 'offline-before' | undefined>();
  const confirmRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const open = () => {
    setResult(undefined);
    setAsking(true);
    // The question takes focus, so a screen reader reads it and the keyboard is at its buttons.
    requestAnimationFrame(() => confirmRef.current?.focus());
  };
  const confirm = async () => {
    if (navigator.onLine === false) return setResult('offline-before');
    setBusy(true);
    const outcome = await withdrawRequest(entry.id, { db: db() });
    setBusy(false);
    setResult(outcome);
    if (outcome === 'withdrawn' || outcome === 'gone') {
      setAsking(false);
      onWithdrawn();
    }
  };
  const keep = () => {
    setAsking(false);
    // Back to the button that asked, not to the page's start.
    requestAnimationFrame(() => buttonRef.current?.focus());
  };
  const problem = result === 'offline' || result === 'offline-before' ? t('requestProgress.withdrawOffline') : result === 'failed' ? t('requestProgress.withdrawFailed') : '';
  return (
    <div class="withdraw">
      {!asking ? (
        <p class="actions">
          <button type="button" class="button small secondary" onClick={open} ref={buttonRef}>
            {t('requestProgress.withdraw')}
          </button>
        </p>
      ) : (
        <div
          class="withdraw-confirm"
          role="group"
          aria-labelledby={`withdraw-${entry.id}`}
          tabIndex={-1}
          ref={confirmRef}
          // Escape answers "No", as in a dialog (not while the answer is on its way).
          onKeyDown={(event) => {
            if (event.key !== 'Escape' || busy) return;
            event.preventDefault();
            keep();
          }}
        >
          <p id={`withdraw-${entry.id}`} class="withdraw-question">
            {t('requestProgress.withdrawQuestion')}
          </p>
          <p>{t('requestProgress.withdrawExplain')}</p>
          <p class="actions">
            <button type="button" class="button small" disabled={busy} onClick={() => void confirm()}>
              {t('requestProgress.withdrawYes')}
            </button>
            <button type="button" class="button small secondary" disabled={busy} onClick={keep}>
              {t('requestProgress.withdrawNo')}
            </button>
          </p>
        </div>
      )}
      {/* In the page before anything is said in it, so that screen readers announce it. */}
      <div role="status">{problem && <p class="notice">{problem}</p>}</div>
    </div>
  );
}
