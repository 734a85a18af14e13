// FIRST-LOAD BUNDLE: keep small. Where the interface strings come from: in the browser, one file
// per language and namespace, loaded when needed (Vite's glob). The server renders pages in every
// language and gives the strings itself (provideStrings), since Vite's glob is the bundler's.
type Bundle = Record<string, unknown>;
type Loaders = Record<string, () => Promise<Bundle>>;

/** Vite replaces the call with the files' loaders; in Node (the server) there is no such call. */
function viteGlob(): Loaders {
  try {
    // staff.json is the staff pages' own (src/staff/i18n.ts): never part of the public app.
    return import.meta.glob<Bundle>(['../../locales/*/*.json', '!../../locales/*/staff.json'], { import: 'default' });
  } catch {
    return {};
  }
}
export const bundles: Loaders = viteGlob();

export const partsOf = (path: string) => {
  const [lang, file] = path.split('/').slice(-2);
  return { lang: lang!, ns: file!.replace(/\.json$/, '') };
};

/** The server's strings, read from locales/ (src/server/pages): every language and namespace. */
export function provideStrings(strings: Record<string, Record<string, Bundle>>): void {
  for (const [lang, namespaces] of Object.entries(strings))
    for (const [ns, bundle] of Object.entries(namespaces)) bundles[`../../locales/${lang}/${ns}.json`] = async () => bundle;
}
