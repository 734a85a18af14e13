// The installable app's description (W3C Web App Manifest), one file per interface language, so
// the install dialog, the app's name in the phone's app list and its shortcuts speak the language
// the person chose. The build writes them (vite.config.ts) from the `install` strings in
// locales/<lang>/pages.json; the page points its <link rel="manifest"> at its language's file
// (device/install.ts). Every file names the same app (`id`): changing language changes the words,
// never which app is installed. The short name is "Ponte" everywhere: it is the name on the
// home screen, on workshop sheets and on printed cards, and reads the same in every script.

/** The language of /manifest.webmanifest, the file index.html names before the app starts. */
export const DEFAULT_MANIFEST_LANGUAGE = 'en';

export const manifestPath = (lang: string) =>
  lang === DEFAULT_MANIFEST_LANGUAGE ? '/manifest.webmanifest' : `/manifest-${lang}.webmanifest`;

/** The words of a manifest, from locales/<lang>/pages.json's `install` section. */
export interface ManifestWords {
  manifestName: string;
  manifestDescription: string;
  shortcutSearch: string;
  shortcutRequests: string;
}

const BRAND = '#1d4e89';

export function webManifest(lang: string, dir: 'ltr' | 'rtl', words: ManifestWords) {
  for (const key of ['manifestName', 'manifestDescription', 'shortcutSearch', 'shortcutRequests'] as const) {
    if (!words?.[key]) throw new Error(`locales/${lang}/pages.json has no install.${key}: the web manifest needs it.`);
  }
  return {
    id: '/',
    name: words.manifestName,
    short_name: 'Ponte',
    description: words.manifestDescription,
    lang,
    dir,
    start_url: '/',
    scope: '/',
    display: 'standalone' as const,
    background_color: '#fbfaf7',
    theme_color: BRAND,
    categories: ['government', 'utilities', 'lifestyle'],
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' as const },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' as const },
      { src: '/icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' as const },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' as const },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' as const },
    ],
    shortcuts: [
      { name: words.shortcutSearch, url: '/search', icons: [{ src: '/shortcut-search.png', sizes: '96x96', type: 'image/png' }] },
      { name: words.shortcutRequests, url: '/requests', icons: [{ src: '/shortcut-requests.png', sizes: '96x96', type: 'image/png' }] },
    ],
  };
}
