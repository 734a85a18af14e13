// Picking a text in the reader's language, with an honest fallback. Each text field in the
// directory is a map of language tag → text; a missing field falls back to the city's language,
// then English, and says which language it is in so the screen can mark it with `lang`.

export const CITY_LANGUAGE = 'es';
export const FALLBACK_LANGUAGE = 'en';

export interface Localized<T> {
  value: T;
  lang: string;
}

type Texts<F> = Record<string, Partial<F>>;

export function languageChain(lang: string): string[] {
  return [...new Set([lang, CITY_LANGUAGE, FALLBACK_LANGUAGE])];
}

export function pick<F, K extends keyof F>(texts: Texts<F>, field: K, lang: string): Localized<F[K]> | undefined {
  for (const tag of languageChain(lang)) {
    const value = texts[tag]?.[field];
    if (value !== undefined && value !== '') return { value: value as F[K], lang: tag };
  }
  const any = Object.entries(texts).find(([, t]) => t[field] !== undefined);
  return any ? { value: any[1][field] as F[K], lang: any[0] } : undefined;
}

/** Just the text, for places (titles, search) where the language mark is not shown. */
export function text<F, K extends keyof F>(texts: Texts<F>, field: K, lang: string): F[K] | '' {
  return pick(texts, field, lang)?.value ?? '';
}

/** Keeps only the languages asked for (by primary subtag, so en also brings en-x-easy). */
export function onlyLanguages<F>(texts: Texts<F>, languages: string[]): Texts<F> {
  return Object.fromEntries(
    Object.entries(texts).filter(([tag]) => languages.includes(tag.split('-')[0])),
  );
}
