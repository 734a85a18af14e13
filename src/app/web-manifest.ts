// The installable app's manifest (used by vite-plugin-pwa at build time).
export const webManifest = {
  name: 'Ponte — services and rights near you',
  short_name: 'Ponte',
  description: 'Social services and rights in Valdemar, in your language, even without internet.',
  start_url: '/',
  scope: '/',
  display: 'standalone' as const,
  background_color: '#fbfaf7',
  theme_color: '#1d4e89',
  icons: [
    { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' as const },
    { src: '/icon-maskable.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' as const },
  ],
};
