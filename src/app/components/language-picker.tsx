// FIRST-LOAD BUNDLE: keep small. Each language is offered in its own name.
import { setSetting } from '../../data/settings';
import { LANGUAGES, switchLanguage } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';

const ownName = (code: string) => new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;

export function LanguagePicker({ onChange }: { onChange?: (lang: string) => void }) {
  const { t, lang } = useT();
  return (
    <div class="language-picker">
      <label for="language-select">{t('language.label')}</label>
      <select
        id="language-select"
        value={lang}
        onChange={async (e) => {
          const next = e.currentTarget.value;
          await switchLanguage(next);
          setSetting('language', next);
          onChange?.(next);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {ownName(code).replace(/^./, (c) => c.toLocaleUpperCase(code))}
          </option>
        ))}
      </select>
    </div>
  );
}
