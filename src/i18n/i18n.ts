// FIRST-LOAD BUNDLE: keep small. i18next set-up; only the chosen language's strings are
// downloaded (plus English, the fallback). A language exists when locales/<code>/ exists.
import i18next from 'i18next';

type Bundle = Record<string, unknown>;
const bundles = import.meta.glob<Bundle>('../../locales/*/common.json', { import: 'default' });
const codeOf = (path: string) => path.split('/').at(-2)!;
export const LANGUAGES: string[] = Object.keys(bundles).map(codeOf).sort();
export const FALLBACK = 'en';

async function load(lang: string) {
  if (i18next.hasResourceBundle(lang, 'common')) return;
  const loader = Object.entries(bundles).find(([path]) => codeOf(path) === lang)?.[1];
  if (loader) i18next.addResourceBundle(lang, 'common', await loader());
}

/** The best supported language among the device's preferences. */
export function detectLanguage(preferences: readonly string[] = navigator.languages ?? []): string {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split('-')[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return FALLBACK;
}

function reflectOnDocument(lang: string) {
  document.documentElement.lang = lang;
  document.documentElement.dir = i18next.dir(lang);
}

export async function setupI18n(lang: string): Promise<void> {
  const chosen = LANGUAGES.includes(lang) ? lang : FALLBACK;
  await i18next.init({
    lng: chosen,
    fallbackLng: FALLBACK,
    ns: ['common'],
    defaultNS: 'common',
    resources: {},
    interpolation: {
      // Preact escapes HTML. This hook instead isolates each inserted value (a phone number, a
      // Spanish service name) in a right-to-left sentence, so the bidi algorithm cannot reorder it.
      escapeValue: true,
      escape: (value: string) => (i18next.dir() === 'rtl' ? `\u2068${value}\u2069` : value),
    },
    returnNull: false,
  });
  await Promise.all([load(chosen), load(FALLBACK)]);
  await i18next.changeLanguage(chosen);
  reflectOnDocument(chosen);
}

export async function switchLanguage(lang: string): Promise<void> {
  await load(lang);
  await i18next.changeLanguage(lang);
  reflectOnDocument(lang);
}

export { i18next };
