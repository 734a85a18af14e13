// Says in plain words when a text is not in the reader's language and which language is shown
// instead (the city's, then English), or, in easy-read mode, when it is not yet written in easy
// words. The text itself carries the right `lang` attribute.
// When the reader's language is only missing from this device (chosen offline, not downloaded
// yet), the notice above every page says so (ContentLanguageNotice): "not yet available in
// Arabic" would be untrue.
import { isEasyTag } from '../../shared/localized';
import { languageName } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useContentNotOnDevice } from '../content-on-device';

export function FallbackNotice({ shownLang }: { shownLang: string | undefined }) {
  const { t, lang, easy } = useT();
  const notOnDevice = useContentNotOnDevice();
  if (!shownLang) return null;
  const shown = shownLang.split('-')[0]!;
  if (shown !== lang) {
    if (notOnDevice) return null;
    return <p class="notice fallback-notice">{t('content.fallback', { wanted: languageName(lang, lang), shown: languageName(shown, lang) })}</p>;
  }
  if (easy && !isEasyTag(shownLang)) return <p class="notice fallback-notice">{t('content.notEasy')}</p>;
  return null;
}
