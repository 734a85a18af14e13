// FIRST-LOAD BUNDLE: keep small. Each language is offered in its own name. A switch that fails
// (the language's strings could not be loaded) is said in words, never silently undone.
import { useState } from 'preact/hooks';
import { setSetting } from '../../data/settings';
import { LANGUAGES, languageUnavailableAtStart, switchLanguage } from '../../i18n/i18n';
import { intl } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { takenOver } from '../take-over';

/** The interface languages' own names, as Intl gives them (a unit test checks): written out, since
 *  making Intl's names for six languages is the slowest part of drawing the header on a slow phone. */
const OWN_NAMES: Record<string, string> = { ar: 'العربية', en: 'English', es: 'Español', fr: 'Français', pt: 'Português', uk: 'Українська' };

/** A language's name in its own words, capitalised as that language writes it ("Español"). */
export const ownName = (code: string) =>
  OWN_NAMES[code] ??
  intl('own', () => (new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code).replace(/^./, (c) => c.toLocaleUpperCase(code)), code);

/** Switches the interface language and remembers it; throws, changing nothing, when it fails.
 *  Not while the server's page is being taken over: parts still waiting would keep its words. */
export async function chooseLanguage(lang: string): Promise<void> {
  await takenOver();
  await switchLanguage(lang);
  setSetting('language', lang);
}

/** A sentence naming a language in its own words, marked with its `lang`: `text` is given the
 *  value for its {{language}} placeholder. */
export function NamingLanguage({ text, lang }: { text: (values: { language: string }) => string; lang: string }) {
  const [before, after] = text({ language: '\u0000' }).split('\u0000');
  return (
    <>
      {before}
      <span lang={lang}>{ownName(lang)}</span>
      {after}
    </>
  );
}

/** "Ponte could not switch to العربية…", said at once. */
export function LanguageProblem({ lang }: { lang: string }) {
  const { t } = useT();
  return (
    <p class="notice language-problem" role="alert">
      <NamingLanguage text={(values) => t('language.failed', values)} lang={lang} />
    </p>
  );
}

export function LanguagePicker({ onChange }: { onChange?: (lang: string) => void }) {
  const { t, lang } = useT();
  const [failed, setFailed] = useState(languageUnavailableAtStart);
  return (
    <div class="language-picker">
      <label for="language-select">{t('language.label')}</label>
      <select
        id="language-select"
        value={lang}
        onChange={async (e) => {
          const select = e.currentTarget;
          const next = select.value;
          try {
            await chooseLanguage(next);
            setFailed(undefined);
            onChange?.(next);
          } catch (error) {
            console.warn(`Could not switch to "${next}":`, error);
            select.value = lang; // the interface is still in this one
            setFailed(next);
          }
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {ownName(code)}
          </option>
        ))}
      </select>
      {failed && <LanguageProblem lang={failed} />}
    </div>
  );
}
