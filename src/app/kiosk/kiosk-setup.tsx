// "Make this browser a public computer?": shown when an address asks for kiosk mode on a
// browser that is not a kiosk yet. Staff confirm with the server's code (when one is set);
// anyone else closes it and nothing changes.
import { useEffect, useRef, useState } from 'preact/hooks';
import { API_BASE, type Manifest } from '../../shared/api';
import { useT } from '../../i18n/use-t';
import { kioskRequested, turnKioskOn } from './kiosk-mode';
import { StaffCodeForm } from './staff-code';

/** Whether the server asks for a code: read from the server itself, this may be the first visit. */
async function codeRequired(): Promise<boolean | 'offline'> {
  try {
    const manifest = (await (await fetch(`${API_BASE}/directory/manifest`)).json()) as Manifest;
    return manifest.device?.kiosk_exit_code ?? false;
  } catch {
    return 'offline';
  }
}

export function KioskSetup() {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [code, setCode] = useState<boolean | 'offline'>();
  useEffect(() => {
    dialog.current?.showModal();
    void codeRequired().then(setCode);
  }, []);
  const turnOn = () => {
    turnKioskOn(kioskRequested()?.lang);
    location.reload();
  };
  return (
    <dialog ref={dialog} class="modal" aria-labelledby="kiosk-setup-title" aria-describedby="kiosk-setup-text">
      <h2 id="kiosk-setup-title">{t('kiosk.setupTitle')}</h2>
      <p id="kiosk-setup-text">{t('kiosk.setupText')}</p>
      {code === 'offline' && <p role="alert">{t('kiosk.exitProblems.offline')}</p>}
      {code === true && <StaffCodeForm submit={t('kiosk.turnOn')} onAccepted={turnOn} />}
      <p class="actions">
        {code === false && (
          <button type="button" class="button" onClick={turnOn}>
            {t('kiosk.turnOn')}
          </button>
        )}
        <button type="button" class="button secondary" onClick={() => dialog.current?.close()}>
          {t('kiosk.notNow')}
        </button>
      </p>
    </dialog>
  );
}
