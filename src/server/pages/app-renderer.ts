// The app's own render of its pages (src/app/render-page.tsx), loaded into the server. The app's
// files are browser code, typed and compiled by their own tsconfig (Preact's JSX, the DOM's
// types), so the server loads them through tsx with that tsconfig, never importing them itself.
// Under vitest, Vite compiles them as for the tests of the app.
import { readFileSync, readdirSync } from 'node:fs';
import { register } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Organization, RightsCard, Service } from '../../shared/directory';
import type { SearchFound, ServedPage } from '../../shared/page-data';

/** src/app/render-page.tsx, as the server uses it. */
export interface AppRenderer {
  renderApp(served: ServedPage): { html: string; dir: 'ltr' | 'rtl'; title: string; about: string };
  renderNoScript(lang: string, easy: boolean, home: string, service?: Service): string;
  direction(lang: string): 'ltr' | 'rtl';
  searchFor(directory: { version: number; services: Service[]; organizations: Organization[]; rights: RightsCard[] }, query: string): SearchFound;
}

const ROOT = resolve(import.meta.dirname, '../../..');
const ENTRY = join(ROOT, 'src/app/render-page.tsx');

type Strings = Record<string, Record<string, Record<string, unknown>>>;

/** Every language's interface strings (locales/<lang>/<ns>.json), the staff pages' apart. */
function readStrings(): Strings {
  const dir = join(ROOT, 'locales');
  const strings: Strings = {};
  for (const lang of readdirSync(dir)) {
    strings[lang] = {};
    for (const ns of ['common', 'pages', 'easy']) {
      try {
        strings[lang][ns] = JSON.parse(readFileSync(join(dir, lang, `${ns}.json`), 'utf8'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
  return strings;
}

let loading: Promise<AppRenderer> | undefined;

export function loadAppRenderer(): Promise<AppRenderer> {
  return (loading ??= (async () => {
    type Module = AppRenderer & { prepareRendering(strings: Strings): Promise<void> };
    let module: Module;
    // In a vitest worker (not in a server a test starts: it inherits vitest's environment variables).
    if ('__vitest_worker__' in globalThis) {
      module = (await import(/* @vite-ignore */ ENTRY)) as Module;
    } else {
      register(pathToFileURL(join(import.meta.dirname, 'ignore-styles.mjs')));
      const { tsImport } = await import('tsx/esm/api');
      module = (await tsImport(pathToFileURL(ENTRY).href, { parentURL: import.meta.url, tsconfig: join(ROOT, 'tsconfig.app.json') })) as Module;
    }
    await module.prepareRendering(readStrings());
    return module;
  })());
}
