// The language a staff page reads in: it sends its interface language as the one tag of
// Accept-Language (src/staff/api.ts), and names from the directory (services, organisations) come
// back in it, else in the city's language, else English (pick() of src/shared/localized.ts). The
// answers are no-store, so no cache can hand one language's names to a page in another.
import type { Context } from 'hono';
import { CITY_LANGUAGE, pick } from '../../shared/localized';

/** The primary subtag of the first language asked for; the city's language when none is. */
export function staffLanguage(c: Context): string {
  const first = (c.req.header('Accept-Language') ?? '').split(',')[0]!.split(';')[0]!.trim().toLowerCase();
  const primary = first.split('-')[0]!;
  return /^[a-z]{2,3}$/.test(primary) ? primary : CITY_LANGUAGE;
}

type NameTexts = Record<string, { name?: unknown }> | null | undefined;

export interface DirectoryName {
  name: string;
  /** The city's own name (on its door and letters), when the name shown is another one. */
  own_name: string | null;
}

/** An organisation's or a service's name in `lang` (falling back), and its own name beside it. */
export function directoryName(id: string, texts: NameTexts, lang: string): DirectoryName {
  const names: Record<string, { name?: string }> = {};
  for (const [tag, t] of Object.entries(texts ?? {})) if (typeof t?.name === 'string' && t.name.trim()) names[tag] = { name: t.name };
  const shown = pick(names, 'name', lang);
  if (!shown) return { name: id, own_name: null };
  const own = names[CITY_LANGUAGE]?.name;
  const same = own !== undefined && own.trim().toLocaleLowerCase(CITY_LANGUAGE) === shown.value!.trim().toLocaleLowerCase(CITY_LANGUAGE);
  return { name: shown.value!, own_name: own && !same ? own : null };
}
