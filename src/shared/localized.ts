// Picking a text in the reader's language, with an honest fallback. Each text field in the
// directory is a map of language tag → text; a missing field falls back to the city's language,
// then English, and says which language it is in so the screen can mark it with `lang`.
// In easy-read mode each language's easy version (tag `<lang>-x-easy`) comes first, then that
// language's standard text: the same language in harder words beats easy words in another.

export const CITY_LANGUAGE = 'es';
export const FALLBACK_LANGUAGE = 'en';

export interface Localized<T> {
  value: T;
  lang: string;
}

type Texts<F> = Record<string, Partial<F>>;

export const easyTag = (lang: string) => `${lang}-x-easy`;
export const isEasyTag = (tag: string) => tag.endsWith('-x-easy');

export function languageChain(lang: string, easy = false): string[] {
  const languages = [...new Set([lang, CITY_LANGUAGE, FALLBACK_LANGUAGE])];
  return easy ? languages.flatMap((l) => [easyTag(l), l]) : languages;
}

export function pick<F, K extends keyof F>(texts: Texts<F>, field: K, lang: string, easy = false): Localized<F[K]> | undefined {
  for (const tag of languageChain(lang, easy)) {
    const value = texts[tag]?.[field];
    if (value !== undefined && value !== '') return { value: value as F[K], lang: tag };
  }
  const any = Object.entries(texts).find(([, t]) => t[field] !== undefined);
  return any ? { value: any[1][field] as F[K], lang: any[0] } : undefined;
}

/** Just the text, for places (titles, search) where the language mark is not shown. */
export function text<F, K extends keyof F>(texts: Texts<F>, field: K, lang: string, easy = false): F[K] | '' {
  return pick(texts, field, lang, easy)?.value ?? '';
}

/** Keeps only the languages asked for (by primary subtag, so en also brings en-x-easy). */
export function onlyLanguages<F>(texts: Texts<F>, languages: string[]): Texts<F> {
  return Object.fromEntries(
    Object.entries(texts).filter(([tag]) => languages.includes(tag.split('-')[0])),
  );
}
