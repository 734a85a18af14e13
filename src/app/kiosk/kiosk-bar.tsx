// On a kiosk, a discreet "Public computer" marker on every page, "I'm done" to clear at once,
// the idle reset, and a way for the library's staff to turn kiosk mode off with the server's code.
// Loaded after first paint, only on kiosks.
import { getMeta } from '../../data/directory';
import { setSetting } from '../../data/settings';
import { DEFAULT_DEVICE_SETTINGS } from '../../shared/api';
import { useT } from '../../i18n/use-t';
import { endSession } from '../session/end-session';
import { startNotice } from '../session/history-guard';
import { useLive } from '../use-live';
import { IdleReset } from './idle-reset';
import { StaffCodeForm } from './staff-code';

export function KioskBar() {
  const { t } = useT();
  const device = useLive(async () => (await getMeta())?.device ?? DEFAULT_DEVICE_SETTINGS, []);
  return (
    <div class="kiosk-bar">
      <span class="kiosk-marker">{t('kiosk.marker')}</span>
      <a class="button small" href="/clear">
        {t('kiosk.done')}
      </a>
      {device && <IdleReset idleSeconds={device.kiosk_idle_seconds} fresh={startNotice() === 'cleared' || startNotice() === 'reset'} />}
      {/* Without a code on the server, only clearing the browser's data leaves kiosk mode. */}
      {device?.kiosk_exit_code && <StaffExit />}
    </div>
  );
}

function StaffExit() {
  const { t } = useT();
  return (
    <details class="kiosk-staff">
      <summary>{t('kiosk.staff')}</summary>
      <StaffCodeForm
        submit={t('kiosk.turnOff')}
        onAccepted={() => {
          setSetting('kiosk', 'off');
          return endSession('send', 'kioskOff');
        }}
      />
    </details>
  );
}
