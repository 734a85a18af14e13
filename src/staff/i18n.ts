// The staff pages' words: locales/<lang>/staff.json, a namespace only the staff page loads (the
// public app's i18n.ts never bundles it, and the staff page never loads i18next or the public
// strings). Small on purpose: a key lookup, {{placeholders}} and plural forms (key_one,
// key_other… as Intl.PluralRules names them, the forms locale-merge writes). The language is
// the public app's setting on this device ("ponte.language"), else the browser's.
import { useEffect, useReducer } from 'preact/hooks';

type Tree = { [key: string]: string | Tree };
const bundles = import.meta.glob<Tree>('../../locales/*/staff.json', { import: 'default' });
const langOf = (path: string) => path.split('/').slice(-2)[0]!;
export const STAFF_LANGUAGES: string[] = Object.keys(bundles).map(langOf).sort();
const FALLBACK = 'en';
const SETTING = 'ponte.language';
const RTL = new Set(['ar', 'fa', 'he', 'ur']);

const loaded = new Map<string, Tree>();
let current = FALLBACK;
const listeners = new Set<() => void>();

async function load(lang: string): Promise<void> {
  if (loaded.has(lang)) return;
  const loader = Object.entries(bundles).find(([path]) => langOf(path) === lang)?.[1];
  if (!loader) throw new Error(`The staff pages have no strings for "${lang}": add locales/${lang}/staff.json.`);
  loaded.set(lang, await loader());
}

export const dirOf = (lang: string) => (RTL.has(lang) ? 'rtl' : 'ltr');

function storedLanguage(): string | undefined {
  try {
    return localStorage.getItem(SETTING) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The best supported language: the one chosen on this device, else the browser's preferences. */
export function staffLanguage(preferences: readonly string[] = navigator.languages ?? []): string {
  for (const tag of [storedLanguage(), ...preferences]) {
    const base = tag?.toLowerCase().split('-')[0];
    if (base && STAFF_LANGUAGES.includes(base)) return base;
  }
  return FALLBACK;
}

function reflect(lang: string) {
  document.documentElement.lang = lang;
  document.documentElement.dir = dirOf(lang);
}

export async function setupStaffI18n(lang = staffLanguage()): Promise<void> {
  await Promise.all([load(FALLBACK), load(lang).catch(() => undefined)]);
  current = loaded.has(lang) ? lang : FALLBACK;
  reflect(current);
}

/** Switches the staff pages' language (and remembers it for the public app too: same device). */
export async function switchStaffLanguage(lang: string): Promise<void> {
  await load(lang);
  current = lang;
  try {
    localStorage.setItem(SETTING, lang);
  } catch {
    // Not remembered; this visit still switches.
  }
  reflect(lang);
  for (const listener of listeners) listener();
}

function lookup(tree: Tree | undefined, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

export type Vars = Record<string, string | number>;

/** A sentence in `lang` (English when missing). `count` picks the plural form. Inserted values
 *  are isolated (U+2068…U+2069) in a right-to-left sentence, so an e-mail address or a Latin
 *  name cannot reorder the words around it. */
export function translate(lang: string, key: string, vars: Vars = {}): string {
  const plural = typeof vars.count === 'number' ? `${key}_${new Intl.PluralRules(lang).select(vars.count)}` : undefined;
  const text =
    (plural && lookup(loaded.get(lang), plural)) ??
    (plural && lookup(loaded.get(lang), `${key}_other`)) ??
    lookup(loaded.get(lang), key) ??
    (plural && lookup(loaded.get(FALLBACK), `${key}_${new Intl.PluralRules(FALLBACK).select(vars.count as number)}`)) ??
    lookup(loaded.get(FALLBACK), key);
  if (text === undefined) {
    console.warn(`Missing staff string "${key}"`);
    return key;
  }
  const isolate = dirOf(lang) === 'rtl';
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    if (!(name in vars)) return whole;
    const value = typeof vars[name] === 'number' ? new Intl.NumberFormat(lang).format(vars[name]) : String(vars[name]);
    return isolate ? `\u2068${value}\u2069` : value;
  });
}

export const currentStaffLanguage = () => current;

/** `t(key, vars)` in the current language; the component renders again when it changes. */
export function useStaffT() {
  const [, rerender] = useReducer<number, void>((n) => n + 1, 0);
  useEffect(() => {
    listeners.add(rerender);
    return () => void listeners.delete(rerender);
  }, []);
  const lang = current;
  return { t: (key: string, vars?: Vars) => translate(lang, key, vars), lang, dir: dirOf(lang) };
}

/** A language's name in its own words ("Español", "العربية"). */
export const ownLanguageName = (code: string) =>
  (new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code).replace(/^./, (c) => c.toLocaleUpperCase(code));

/** "3 December 2026, 14:32" in the reader's language and time zone. */
export const formatMoment = (iso: string, lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
/** "14:32" (or "2:32 PM"), as the language writes times. */
export const formatTime = (iso: string, lang: string) => new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
