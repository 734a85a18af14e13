// The staff pages' language, each offered in its own name (as on the public app's pages).
import { STAFF_LANGUAGES, ownLanguageName, switchStaffLanguage, useStaffT } from '../i18n';

export function LanguageSelect() {
  const { t, lang } = useStaffT();
  return (
    <div class="staff-language">
      <label for="staff-language">{t('frame.language')}</label>
      <select id="staff-language" value={lang} onChange={(e) => void switchStaffLanguage(e.currentTarget.value)}>
        {STAFF_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {ownLanguageName(code)}
          </option>
        ))}
      </select>
    </div>
  );
}
