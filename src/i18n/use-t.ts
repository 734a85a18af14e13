// FIRST-LOAD BUNDLE: keep small. Components call useT() and re-render when the language or the
// reading mode (easy-read) changes.
import { useEffect, useReducer } from 'preact/hooks';
import { READING_CHANGED, i18next, isEasyRead } from './i18n';

export function useT() {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    i18next.on('languageChanged', rerender);
    i18next.on(READING_CHANGED, rerender);
    return () => {
      i18next.off('languageChanged', rerender);
      i18next.off(READING_CHANGED, rerender);
    };
  }, []);
  return { t: i18next.t, lang: i18next.resolvedLanguage ?? i18next.language, easy: isEasyRead() };
}
