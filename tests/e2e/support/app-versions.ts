// Two versions of the built app, for the update tests, without a second build: a copy of the
// build that a test may change, and the change itself. Version B is version A with another
// colour for the logo (icon.svg) and for the browser's toolbar (index.html's theme-color):
// something a person sees. Both files are precached under their SHA-256 (vite.config.ts,
// sw/precache.ts), so sw.js's list names the new revisions: a new worker, a new app cache.
// As in a real rebuild, a chunk whose code changed gets a new name: the screens' chunk.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preparedDatabaseBeside } from './ponte-server';

export const VERSION_A_COLOUR = '#1d4e89';
export const VERSION_B_COLOUR = '#8a1d4e';

/** A copy of the build (and, beside it, of the prepared database a PonteServer starts from). */
export function copyOfBuild(distDir: string): { distDir: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'ponte-e2e-app-'));
  const copy = join(root, 'dist');
  cpSync(distDir, copy, { recursive: true });
  const prepared = preparedDatabaseBeside(distDir);
  if (existsSync(prepared)) cpSync(prepared, preparedDatabaseBeside(copy), { recursive: true });
  return { distDir: copy, root };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('base64');

/** Turns the build in `distDir` into version B, in place, revisions in sw.js included. */
export function makeVersionB(distDir: string): void {
  const workerPath = join(distDir, 'sw.js');
  let worker = readFileSync(workerPath, 'utf8');
  for (const file of ['icon.svg', 'index.html']) {
    const path = join(distDir, file);
    const before = readFileSync(path);
    if (!before.includes(VERSION_A_COLOUR)) throw new Error(`${file} does not contain ${VERSION_A_COLOUR}: the app's colour changed; update VERSION_A_COLOUR.`);
    const after = Buffer.from(before.toString('utf8').replaceAll(VERSION_A_COLOUR, VERSION_B_COLOUR));
    writeFileSync(path, after);
    const [was, is] = [sha256(before), sha256(after)];
    if (worker.split(was).length !== 2) throw new Error(`sw.js should name ${file}'s revision ${was} once: has the precache list's format changed?`);
    worker = worker.replace(was, () => is);
  }
  writeFileSync(workerPath, worker);
  renameScreensChunk(distDir);
}

/** Gives the screens' chunk another name, everywhere it is named (scripts and sw.js). */
function renameScreensChunk(distDir: string): void {
  const assets = join(distDir, 'assets');
  const old = readdirSync(assets).find((name) => /^screens-.*\.js$/.test(name));
  if (!old) throw new Error('No assets/screens-*.js in the build: has the chunking changed (vite.config.ts)?');
  const renamed = old.replace(/-[\w-]+\.js$/, '-Bversion.js');
  renameSync(join(assets, old), join(assets, renamed));
  if (readFileSync(join(distDir, 'index.html'), 'utf8').includes(old)) throw new Error('index.html names the screens chunk: its revision would change too.');
  const naming = [join(distDir, 'sw.js'), ...readdirSync(assets).filter((name) => name.endsWith('.js')).map((name) => join(assets, name))];
  for (const file of naming) {
    const text = readFileSync(file, 'utf8');
    if (text.includes(old)) writeFileSync(file, text.replaceAll(old, renamed));
  }
}
