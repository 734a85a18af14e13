// Content text in the reader's language (its easy-read version in easy-read mode), or in the
// fallback language with its `lang` marked so screen readers pronounce it right.
import type { ComponentChildren } from 'preact';
import { pick } from '../../shared/localized';
import { i18next, isEasyRead } from '../../i18n/i18n';

type Texts<F> = Record<string, Partial<F>>;

export function useContent<F>(texts: Texts<F> | undefined, uiLang: string) {
  const easy = isEasyRead();
  return <K extends keyof F>(field: K) => (texts ? pick(texts, field, uiLang, easy) : undefined);
}

/** lang and dir for a text in another language than the page (a fallback), else nothing. */
export function otherLanguage(textLang: string | undefined, uiLang: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
  const language = textLang?.split('-')[0]; // en-x-easy is English to a screen reader
  if (!language || language === uiLang) return {};
  return { lang: language, dir: i18next.dir(language) };
}

export function Localized({
  text,
  uiLang,
  as: Tag = 'span',
  children,
  ...rest
}: {
  text: { value: unknown; lang: string } | undefined;
  uiLang: string;
  as?: 'span' | 'p' | 'h1' | 'h2' | 'h3' | 'li' | 'div';
  children?: ComponentChildren;
  class?: string;
  id?: string;
  tabIndex?: number;
}) {
  if (!text) return null;
  // Easy-read texts put each sentence on its own line (the stylesheet keeps the line breaks).
  return (
    <Tag {...otherLanguage(text.lang, uiLang)} {...rest}>
      {String(text.value)}
      {children}
    </Tag>
  );
}
