// What staff do with an open request: record a try that did not reach the person (with how),
// say they reached them, or close it with an outcome after a confirmation (a closed request
// cannot change again). Each result is said in a live region; the page shows the new state.
import { useRef, useState } from 'preact/hooks';
import { useStaffT } from '../i18n';
import { closeRequest, markContacted, recordAttempt } from './inbox-client';
import { problemWords } from './load-problem';
import { OUTCOMES, type AttemptMethod, type CloseOutcome, type OpenedRequest } from './types';

/** The server answers a change with the request (same shape as opening); should it answer
 *  without it, the change is applied to what the page shows. */
const merged = (before: OpenedRequest, answer: unknown, change: Partial<OpenedRequest>): OpenedRequest =>
  answer && typeof answer === 'object' && 'state' in answer && 'attempts' in answer ? { ...before, ...(answer as OpenedRequest) } : { ...before, ...change };

interface Props {
  request: OpenedRequest;
  methods: AttemptMethod[];
  onChange: (request: OpenedRequest) => void;
  /** Says a result in the page's live region (which stays when these actions go). */
  say: (words: string) => void;
}

export function RequestActions({ request, methods, onChange, say }: Props) {
  const { t } = useStaffT();
  const [busy, setBusy] = useState(false);
  const [method, setMethod] = useState<AttemptMethod>(methods[0] ?? 'call');
  const [outcome, setOutcome] = useState<CloseOutcome>();
  const [outcomeMissing, setOutcomeMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  async function act(run: () => Promise<unknown>, change: Partial<OpenedRequest>, done: string) {
    setBusy(true);
    say('');
    try {
      onChange(merged(request, await run(), change));
      say(done);
      // The button pressed may be gone now ("I reached them", a closed request): focus goes to
      // the actions' heading, or to the page's heading once there are no actions.
      setTimeout(() => (document.getElementById('request-actions') ?? document.querySelector<HTMLElement>('main h1'))?.focus());
    } catch (error) {
      say(problemWords(error, t));
    } finally {
      setBusy(false);
    }
  }

  const now = () => new Date().toISOString();
  return (
    <section aria-labelledby="request-actions" class="request-actions">
      <h2 id="request-actions" tabIndex={-1}>
        {t('request.actions.heading')}
      </h2>
      <form
        class="action-box"
        onSubmit={(event) => {
          event.preventDefault();
          void act(() => recordAttempt(request.id, method), { attempts: [...request.attempts, { at: now(), method }] }, t('request.actions.attemptRecorded'));
        }}
      >
        <fieldset>
          <legend>{t('request.actions.attemptLegend')}</legend>
          {methods.map((m) => (
            <label key={m} class="staff-radio">
              <input type="radio" name="attempt-method" value={m} checked={method === m} onChange={() => setMethod(m)} />
              {t(`request.method.${m}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" class="staff-button staff-button-secondary" disabled={busy}>
          {t('request.actions.attempt')}
        </button>
      </form>

      {request.state !== 'contacted' && (
        <div class="action-box">
          <button
            type="button"
            class="staff-button"
            disabled={busy}
            onClick={() => void act(() => markContacted(request.id), { state: 'contacted', contacted_at: now() }, t('request.actions.contactedDone'))}
          >
            {t('request.actions.contacted')}
          </button>
        </div>
      )}

      <form
        class="action-box"
        onSubmit={(event) => {
          event.preventDefault();
          if (!outcome) return setOutcomeMissing(true);
          setConfirming(true);
          // The question replaces nothing: focus goes to it, so it is read at once.
          setTimeout(() => confirmHeading.current?.focus());
        }}
      >
        <fieldset aria-describedby={outcomeMissing ? 'outcome-missing' : undefined}>
          <legend>{t('request.actions.closeLegend')}</legend>
          {outcomeMissing && (
            <p id="outcome-missing" class="staff-error-text">
              {t('request.actions.chooseOutcome')}
            </p>
          )}
          {OUTCOMES.map((o) => (
            <label key={o} class="staff-radio">
              <input
                type="radio"
                name="close-outcome"
                value={o}
                checked={outcome === o}
                onChange={() => {
                  setOutcome(o);
                  setOutcomeMissing(false);
                }}
              />
              {t(`request.outcome.${o}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" class="staff-button staff-button-secondary" ref={closeButton} disabled={busy || confirming}>
          {t('request.actions.close')}
        </button>
      </form>
      {confirming && outcome && (
        <div class="confirm-box" role="group" aria-labelledby="confirm-close">
          <h3 id="confirm-close" ref={confirmHeading} tabIndex={-1}>
            {t('request.actions.confirmQuestion', { outcome: t(`request.outcome.${outcome}`) })}
          </h3>
          <p>{t('request.actions.confirmWarning', { days: request.retention_closed_days ?? 30 })}</p>
          <p class="staff-actions">
            <button
              type="button"
              class="staff-button"
              disabled={busy}
              onClick={() => void act(() => closeRequest(request.id, outcome), { state: 'closed', outcome, closed_at: now() }, t('request.actions.closedDone'))}
            >
              {t('request.actions.confirmYes')}
            </button>
            <button
              type="button"
              class="staff-button staff-button-secondary"
              onClick={() => {
                setConfirming(false);
                setTimeout(() => closeButton.current?.focus());
              }}
            >
              {t('request.actions.confirmNo')}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
