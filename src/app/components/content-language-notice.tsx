// Loaded just after first paint. After switching to another language offline, the services'
// texts in it are not on the phone yet: this says so plainly, on every page, rather than show
// them in another language unexplained; online, a button gets them now (the sync also fetches
// them by itself when the connection returns), and the notice goes once they are on the device.
import { useT } from '../../i18n/use-t';
import { useAppStatus } from '../app-status';
import { useContentNotOnDevice } from '../content-on-device';
import { syncAgain } from '../directory-sync-start';
import { NamingLanguage } from './language-picker';

export function ContentLanguageNotice() {
  const { t, lang } = useT();
  const missing = useContentNotOnDevice();
  const { online, sync } = useAppStatus();
  // The live region stays in the page, so that the notice is announced when it appears.
  return (
    <div class={missing ? 'notice content-language-notice' : 'content-language-notice'} data-testid="content-language-notice">
      <p role="status">
        {missing && (
          <>
            <NamingLanguage text={(values) => t('contentLanguage.missing', values)} lang={lang} />{' '}
            {!online ? t('contentLanguage.whenOnline') : sync === 'syncing' ? t('contentLanguage.downloading') : ''}
          </>
        )}
      </p>
      {missing && online && sync !== 'syncing' && (
        <button type="button" class="button small" onClick={syncAgain}>
          {t('contentLanguage.getNow')}
        </button>
      )}
    </div>
  );
}
