// Settings, "Install Ponte": the browser's own dialog where the browser offers one, otherwise
// the steps for this browser (iPhone and iPad: Safari's Share menu; others: the browser's menu);
// once installed, where to find it. Not on a library's public computer (kiosk): Ponte is not
// installed there for one visitor, and the next one would find it.
import { useT } from '../../i18n/use-t';
import { isKiosk } from '../kiosk/kiosk-mode';
import { isAppleMobile, promptInstall, useInstallState } from './install';

export function InstallSection() {
  const { t } = useT();
  const { canPrompt, installed } = useInstallState();
  const steps = isAppleMobile() ? ['install.iosShare', 'install.iosAdd'] : ['install.menuOpen', 'install.menuAdd'];
  if (isKiosk()) return null;
  return (
    <section id="install" aria-labelledby="settings-install">
      <h2 id="settings-install">{t('install.title')}</h2>
      {installed ? (
        <p>{t('install.installed')}</p>
      ) : (
        <>
          <p>{t('install.why')}</p>
          {canPrompt ? (
            <p>
              <button type="button" class="button" onClick={() => void promptInstall()}>
                {t('install.button')}
              </button>
            </p>
          ) : (
            <>
              <p>{t('install.stepsIntro')}</p>
              <ol class="install-steps">
                {steps.map((key) => (
                  <li key={key}>{t(key)}</li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  );
}
