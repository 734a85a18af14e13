// Draws the app's PNG icons from their SVG sources with the system Chromium, once, when an icon
// changes: `npx tsx tests/tools/render-icons.ts`, then keep the PNGs in public/. Browsers that
// install web apps want PNGs (Android's home screen, iOS's apple-touch-icon, shortcuts); the app
// itself shows the SVGs. The rounded icon keeps its transparent corners; the maskable one and
// the apple-touch-icon (iOS fills transparency with black and rounds the corners itself) are
// full squares.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..', '..');
const ICONS: { source: string; file: string; size: number; square?: boolean }[] = [
  { source: 'public/icon.svg', file: 'icon-192.png', size: 192 },
  { source: 'public/icon.svg', file: 'icon-512.png', size: 512 },
  { source: 'public/icon-maskable.svg', file: 'icon-maskable-192.png', size: 192 },
  { source: 'public/icon-maskable.svg', file: 'icon-maskable-512.png', size: 512 },
  // The whole logo, as large as the rounded icon, on a square (no maskable safe zone on iOS).
  { source: 'public/icon.svg', file: 'apple-touch-icon.png', size: 180, square: true },
  { source: 'tests/tools/icons/shortcut-search.svg', file: 'shortcut-search.png', size: 96 },
  { source: 'tests/tools/icons/shortcut-requests.svg', file: 'shortcut-requests.png', size: 96 },
];

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const { source, file, size, square } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const drawn = readFileSync(join(root, source), 'utf8');
    const svg = square ? drawn.replace(/ rx="[\d.]+"/, '') : drawn;
    if (square && svg === drawn) throw new Error(`${source}: no rounded corner (rx) to square off; update tests/tools/render-icons.ts.`);
    await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: join(root, 'public', file), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`public/${file}: ${size}×${size} from ${source}`);
  }
} finally {
  await browser.close();
}
