// On a kiosk, a discreet "Public computer" marker on every page, "I'm done" to clear at once,
// the idle reset, and a way for the library's staff to turn kiosk mode off with the server's code.
// Loaded after first paint, only on kiosks.
import { useState } from 'preact/hooks';
import { getMeta } from '../../data/directory';
import { setSetting } from '../../data/settings';
import { API_BASE, DEFAULT_DEVICE_SETTINGS } from '../../shared/api';
import { useT } from '../../i18n/use-t';
import { endSession } from '../session/end-session';
import { startNotice } from '../session/history-guard';
import { useLive } from '../use-live';
import { IdleReset } from './idle-reset';

export function KioskBar() {
  const { t } = useT();
  const device = useLive(async () => (await getMeta())?.device ?? DEFAULT_DEVICE_SETTINGS, []);
  return (
    <div class="kiosk-bar">
      <span class="kiosk-marker">{t('kiosk.marker')}</span>
      <a class="button small" href="/clear">
        {t('kiosk.done')}
      </a>
      {device && <IdleReset idleSeconds={device.kiosk_idle_seconds} fresh={startNotice() === 'cleared'} />}
      <StaffExit />
    </div>
  );
}

type ExitProblem = 'wrong_code' | 'kiosk_exit_disabled' | 'too_many_attempts' | 'offline';

function StaffExit() {
  const { t } = useT();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<ExitProblem>();

  const submit = async (event: Event) => {
    event.preventDefault();
    let res: Response;
    try {
      res = await fetch(`${API_BASE}/kiosk/exit`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) });
    } catch {
      return setProblem('offline');
    }
    if (!res.ok) {
      const known: ExitProblem[] = ['wrong_code', 'kiosk_exit_disabled', 'too_many_attempts'];
      const error = ((await res.json().catch(() => null)) as { error?: { code?: ExitProblem } } | null)?.error?.code;
      return setProblem(error && known.includes(error) ? error : 'wrong_code');
    }
    setSetting('kiosk', 'off');
    await endSession('send');
  };

  return (
    <details class="kiosk-staff">
      <summary>{t('kiosk.staff')}</summary>
      <form onSubmit={submit} class="kiosk-staff-form">
        <label for="kiosk-code">{t('kiosk.code')}</label>
        <input id="kiosk-code" type="password" autoComplete="off" value={code} aria-describedby={problem ? 'kiosk-code-problem' : undefined} onInput={(e) => setCode(e.currentTarget.value)} />
        {problem && (
          <p id="kiosk-code-problem" class="field-error" role="alert">
            {t(`kiosk.exitProblems.${problem}`)}
          </p>
        )}
        <button type="submit" class="button small">
          {t('kiosk.turnOff')}
        </button>
      </form>
    </details>
  );
}
