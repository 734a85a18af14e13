// The settings' "Practice mode" section, for trainers: on and off, and how to turn it on from
// an address (?practice=1), for a QR code at the start of a workshop.
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { leavePractice, startPractice } from './practice-actions';
import { usePractice } from './practice-flag';

export function PracticeSettings() {
  const { t } = useT();
  const on = usePractice();
  const [said, setSaid] = useState('');
  const toggle = async () => {
    if (on) {
      await leavePractice();
      setSaid(t('practice.left'));
    } else {
      startPractice();
      setSaid(t('practice.started'));
    }
  };
  return (
    <section aria-labelledby="settings-practice">
      <h2 id="settings-practice">{t('practice.title')}</h2>
      <p>{t('practice.explain')}</p>
      <p>
        <button type="button" class="button secondary" onClick={() => void toggle()}>
          {on ? t('practice.leave') : t('practice.start')}
        </button>
      </p>
      {/* In the page before anything is said in it, so that it is announced. */}
      <div role="status">{said && <p class="notice success">{said}</p>}</div>
      <p class="hint">{t('practice.addressHint', { address: '?practice=1' })}</p>
    </section>
  );
}
