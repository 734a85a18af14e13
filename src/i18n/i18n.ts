// FIRST-LOAD BUNDLE: keep small. i18next set-up; the page loads only the chosen language's
// strings (plus English, the fallback); the service worker keeps every language on the device,
// so switching works offline. A language exists when locales/<code>/common.json exists.
// Easy-read is a reading mode, not a language: locales/<code>/easy.json holds the easy form of
// some sentences, looked up first (namespace "easy"), the standard text filling the gaps.
// locales/<code>/pages.json holds what only screens opened later need (the request form, the
// privacy and about pages, printing, sharing…): loaded with those screens (loadPageStrings), so
// the first paint waits for the home screen's strings only.
import i18next, { type TFunction } from 'i18next';
import { INTERFACE_LANGUAGES, bestLanguage } from '../shared/routes';
import { bundles, partsOf } from './locale-files';

export const LANGUAGES: string[] = [...INTERFACE_LANGUAGES];
export const FALLBACK = 'en';
const EASY = 'easy';
const PAGES = 'pages';
/** Set once a screen has asked for the later screens' strings: a language switch loads them too. */
let pagesWanted = false;

let easyRead = false;

async function load(lang: string, ns: string) {
  if (i18next.hasResourceBundle(lang, ns)) return;
  const loader = Object.entries(bundles).find(([path]) => partsOf(path).lang === lang && partsOf(path).ns === ns)?.[1];
  if (loader) i18next.addResourceBundle(lang, ns, await loader());
}

/**
 * Only the current language's easy sentences are kept: i18next tries a namespace in every
 * fallback language before the next namespace, so English easy sentences must not stand in
 * for a French one that is missing (the standard French sentence must).
 */
async function loadEasyFor(lang: string) {
  for (const other of LANGUAGES) if (other !== lang) i18next.removeResourceBundle(other, EASY);
  if (easyRead) await load(lang, EASY);
  i18next.setDefaultNamespace(easyRead ? EASY : 'common');
}

/** The best supported language among the device's preferences. */
export const detectLanguage = (preferences: readonly string[] = navigator.languages ?? []): string => bestLanguage(preferences);

function reflectOnDocument(lang: string) {
  if (typeof document === 'undefined') return; // the server's pages say it in their own <html>
  document.documentElement.lang = lang;
  document.documentElement.dir = i18next.dir(lang);
}

/** The language the person chose but that could not be loaded at start (the page then opens
 *  in English and says so, see LanguagePicker), or undefined. */
let unavailableAtStart: string | undefined;
export const languageUnavailableAtStart = () => unavailableAtStart;

/** Loads a language's strings (and its easy-read ones when that mode is on) before anything
 *  changes: a language that cannot be loaded leaves the current one whole. */
async function loadLanguage(lang: string): Promise<void> {
  if (!LANGUAGES.includes(lang)) throw new Error(`Ponte has no interface strings for "${lang}": add locales/${lang}/common.json.`);
  await Promise.all([load(lang, 'common'), pagesWanted && load(lang, PAGES), easyRead && load(lang, EASY)]);
}

/** The strings of the screens opened after home (pages.json), in the current language. */
export async function loadPageStrings(): Promise<void> {
  pagesWanted = true;
  await load(i18next.resolvedLanguage ?? FALLBACK, PAGES);
}

/** Another language's strings, without switching to it (the workshop sheet shows every language
 *  at once), loaded as the interface loads its own; undefined when they cannot be loaded now. */
export async function stringsOf(lang: string, ns: 'common' | 'pages'): Promise<TFunction | undefined> {
  try {
    await load(lang, ns);
  } catch {
    return undefined;
  }
  return i18next.hasResourceBundle(lang, ns) ? i18next.getFixedT(lang, ns) : undefined;
}

export async function setupI18n(lang: string, easy = false): Promise<void> {
  easyRead = easy;
  let chosen = LANGUAGES.includes(lang) ? lang : FALLBACK;
  await i18next.init({
    lng: chosen,
    fallbackLng: FALLBACK,
    ns: ['common', PAGES, EASY],
    defaultNS: 'common',
    fallbackNS: ['common', PAGES],
    resources: {},
    interpolation: {
      // Preact escapes HTML. This hook instead isolates each inserted value (a phone number, a
      // Spanish service name) in a right-to-left sentence, so the bidi algorithm cannot reorder it.
      escapeValue: true,
      escape: (value: string) => (i18next.dir() === 'rtl' ? `\u2068${value}\u2069` : value),
    },
    returnNull: false,
  });
  const [fallback, wanted] = await Promise.allSettled([load(FALLBACK, 'common'), loadLanguage(chosen)]);
  if (fallback.status === 'rejected') throw fallback.reason;
  if (wanted.status === 'rejected') {
    console.warn(`Interface strings for "${chosen}" could not be loaded; opening in English:`, wanted.reason);
    unavailableAtStart = chosen;
    chosen = FALLBACK;
  }
  await loadEasyFor(chosen);
  await i18next.changeLanguage(chosen);
  reflectOnDocument(chosen);
}

/** Switches the interface language, or throws (the language's file could not be loaded) with
 *  the current language left as it was. */
export async function switchLanguage(lang: string): Promise<void> {
  await loadLanguage(lang);
  await loadEasyFor(lang);
  unavailableAtStart = undefined;
  await i18next.changeLanguage(lang);
  reflectOnDocument(lang);
}

export const READING_CHANGED = 'readingChanged';

/** Easy-read on or off, at once: every component using useT() renders again. The language
 *  has not changed, so nothing that follows the language (directory sync) runs. */
export async function setEasyRead(on: boolean): Promise<void> {
  easyRead = on;
  await loadEasyFor(i18next.resolvedLanguage ?? FALLBACK);
  i18next.emit(READING_CHANGED, on);
}

export const isEasyRead = () => easyRead;

/** The server renders many pages, one after another, each in its language and reading: this
 *  switches at once (every language's strings are already in i18next, given by provideStrings;
 *  `easyStrings` is the page language's easy.json). Only the page language's easy sentences stay
 *  in, as on the device (see loadEasyFor). */
export function switchForServerRender(lang: string, easy: boolean, easyStrings: Record<string, unknown> | undefined): void {
  easyRead = easy;
  for (const other of LANGUAGES) i18next.removeResourceBundle(other, EASY);
  if (easy && easyStrings) i18next.addResourceBundle(lang, EASY, easyStrings);
  i18next.setDefaultNamespace(easy ? EASY : 'common');
  void i18next.changeLanguage(lang);
  // With every string already there, i18next switches before changeLanguage returns.
  if (i18next.resolvedLanguage !== lang) throw new Error(`The interface strings of "${lang}" are not loaded for the server's pages.`);
}

export { i18next };
