// On every screen while practice mode is on: "Practice: nothing is sent", and the trainer's menu
// to choose what the pretend server answers (to show each state of a request) or to leave.
// Loaded after first paint, and only when practice mode is on.
import { useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { sendNow } from '../outbox-start';
import { leavePractice } from './practice-actions';
import { PRACTICE_ANSWERS, practiceAnswer, setPracticeAnswer, type PracticeAnswer } from './practice-server';

export function PracticeBanner() {
  const { t } = useT();
  const [answer, setAnswer] = useState(practiceAnswer);
  const menu = useRef<HTMLDetailsElement>(null);
  const choose = (next: PracticeAnswer) => {
    setPracticeAnswer(next);
    setAnswer(next);
    // Closed again, so the page is back in view; the line beside the banner says what was chosen.
    if (menu.current) menu.current.open = false;
    menu.current?.querySelector('summary')?.focus();
    // As when the connection or the server comes back: what waits leaves now, not at its next try.
    if (next === 'deliver') void sendNow();
  };
  const leave = async () => {
    await leavePractice();
    // The banner (and the button that had focus) is gone: the page's content takes focus.
    document.getElementById('main')?.focus();
  };
  return (
    <section class="practice-banner" aria-label={t('practice.label')} data-testid="practice-banner">
      <p class="practice-title">
        <strong>{t('practice.banner')}</strong>
        {answer !== 'deliver' && <span class="practice-now"> {t('practice.now', { answer: t(`practice.answers.${answer}`) })}</span>}
      </p>
      <details class="practice-menu" ref={menu}>
        <summary>{t('practice.menu')}</summary>
        <div class="practice-panel">
          <fieldset>
            <legend>{t('practice.nextSend')}</legend>
            {PRACTICE_ANSWERS.map((option) => (
              <label key={option} class="choice">
                <input type="radio" name="practice-answer" checked={answer === option} onChange={() => choose(option)} />
                <span>{t(`practice.answers.${option}`)}</span>
              </label>
            ))}
          </fieldset>
          <p>
            <button type="button" class="button secondary" onClick={() => void leave()}>
              {t('practice.leave')}
            </button>
          </p>
          <p class="hint">{t('practice.leaveHint')}</p>
        </div>
      </details>
    </section>
  );
}
