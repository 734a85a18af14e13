// What the built app sends: the home route's files (from Vite's build manifest) and the precache.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

/** The files the home route loads before first paint: the entry, its static imports and their CSS. */
export function homeRouteFiles(distDir: string): { js: string[]; css: string[]; lazy: string[] } {
  return entryFiles(distDir, 'index.html');
}

/** What an HTML entry of the build (index.html, staff.html) loads at once: its script, the
 *  scripts it imports and their CSS; `lazy`: every other script of the build. */
export function entryFiles(distDir: string, entry: string): { js: string[]; css: string[]; lazy: string[] } {
  const manifest: Record<string, ManifestChunk> = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || js.has(chunk.file)) return;
    js.add(chunk.file);
    chunk.css?.forEach((f) => css.add(f));
    chunk.imports?.forEach(visit);
  };
  if (!manifest[entry]) throw new Error(`The build has no entry ${entry} (vite.config.ts: build.rolldownOptions.input).`);
  visit(entry);
  const lazy = Object.values(manifest)
    .map((c) => c.file)
    .filter((f) => f.endsWith('.js') && !js.has(f));
  return { js: [...js], css: [...css], lazy };
}

/** What the service worker precaches: its build list, every interface language included. */
export function precacheEntries(distDir: string): string[] {
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  return [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
}

/** Each interface language's chunks by namespace (common, pages, easy), for the sizes a device
 *  downloads for its language. */
export function localeChunks(distDir: string): Record<string, Record<string, string>> {
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const chunks: Record<string, Record<string, string>> = {};
  for (const [, file, lang, ns] of sw.matchAll(/"url":"(assets\/locale-([a-z]{2,3})-(\w+)-[^"]+)"/g)) (chunks[lang!] ??= {})[ns!] = file!;
  return chunks;
}
