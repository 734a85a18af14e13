// One gentle invitation to install Ponte, from the second visit on (device/visits.ts): a line
// under the status, never a dialog, never on a public computer, never on a screen made of a
// form (asking to be contacted, clearing, the settings, which have their own "Install Ponte"),
// nor while any form holds typed text or the guided tour is open. "No, thanks", or declining the browser's own dialog, is
// for good.
import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { getSetting, setSetting } from '../../data/settings';
import { useT } from '../../i18n/use-t';
import { isKiosk } from '../kiosk/kiosk-mode';
import { tourOpen } from '../tour/tour-slot';
import { promptInstall, useInstallState } from './install';
import { useFormHoldsTypedText } from './typed-text';
import { recordVisit, visitNumber } from './visits';

const DISMISSED = 'installInvitation';
/** What makes this a visit worth writing down: the person did something. */
const EVENTS = ['pointerdown', 'keydown'] as const;
/** Screens that are a form, or that explain installing themselves. */
const NOT_HERE = /^\/(service\/[^/]+\/ask|clear|settings)\/?$/;

export function InstallInvitation() {
  const { t } = useT();
  const { path } = useLocation();
  const install = useInstallState();
  const [visits] = useState(() => visitNumber());
  useEffect(() => {
    if (isKiosk()) return; // never invited there: nothing to count
    const record = () => {
      recordVisit();
      stop();
    };
    const stop = () => EVENTS.forEach((type) => removeEventListener(type, record, true));
    EVENTS.forEach((type) => addEventListener(type, record, true));
    return stop;
  }, []);
  const [dismissed, setDismissed] = useState(() => getSetting(DISMISSED) === 'dismissed');
  const wanted = visits >= 2 && !dismissed && !install.installed && !isKiosk() && !NOT_HERE.test(path) && !tourOpen();
  const formBusy = useFormHoldsTypedText(wanted);
  if (!wanted || formBusy) return null;

  const dismiss = () => {
    setSetting(DISMISSED, 'dismissed');
    setDismissed(true);
  };
  return (
    <aside class="install-invitation" aria-label={t('install.invitationLabel')}>
      <p>{t('install.invitation')}</p>
      <p class="actions">
        {install.canPrompt ? (
          <button type="button" class="button small" onClick={() => void promptInstall().then((outcome) => outcome === 'dismissed' && dismiss())}>
            {t('install.invitationInstall')}
          </button>
        ) : (
          <a class="button small" href="/settings#install">
            {t('install.invitationHow')}
          </a>
        )}
        <button type="button" class="button small secondary" onClick={dismiss}>
          {t('install.invitationDismiss')}
        </button>
      </p>
    </aside>
  );
}
