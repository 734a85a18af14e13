// Content text in the reader's language, or in the fallback language with its `lang` marked
// so screen readers pronounce it right.
import type { ComponentChildren } from 'preact';
import { pick } from '../../shared/localized';
import { i18next } from '../../i18n/i18n';

type Texts<F> = Record<string, Partial<F>>;

export function useContent<F>(texts: Texts<F> | undefined, uiLang: string) {
  return <K extends keyof F>(field: K) => (texts ? pick(texts, field, uiLang) : undefined);
}

/** lang and dir for a text in another language than the page (a fallback), else nothing. */
export function otherLanguage(textLang: string | undefined, uiLang: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (!textLang || textLang === uiLang) return {};
  return { lang: textLang, dir: i18next.dir(textLang.split('-')[0]) };
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
  return (
    <Tag {...otherLanguage(text.lang, uiLang)} {...rest}>
      {String(text.value)}
      {children}
    </Tag>
  );
}
