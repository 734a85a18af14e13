// Says in plain words when a text is not in the reader's language and which language is shown
// instead (the city's, then English). The text itself carries the right `lang` attribute.
import { languageName } from '../../i18n/format';
import { useT } from '../../i18n/use-t';

export function FallbackNotice({ shownLang }: { shownLang: string | undefined }) {
  const { t, lang } = useT();
  if (!shownLang || shownLang.split('-')[0] === lang) return null;
  return (
    <p class="notice fallback-notice">
      {t('content.fallback', { wanted: languageName(lang, lang), shown: languageName(shownLang.split('-')[0], lang) })}
    </p>
  );
}
