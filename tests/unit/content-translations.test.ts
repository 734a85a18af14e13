// @vitest-environment node
// The demo directory in all six languages, as the package's data says: every text translated, no
// translation left over from an English text that changed, and each language written in its own
// script and words. The package is read by the importer a city uses (src/server/hsds/), so what
// is checked here is what the phones get. How the importer catches a stale or missing
// translation on an edited package is shown in demo-package.test.ts.
import { describe, expect, it } from 'vitest';
import { DEMO_PACKAGE, loadDemoDirectory } from '../../src/server/hsds/demo-package';
import { readDirectoryFile } from '../../src/server/hsds/import-directory';
import { formatFinding } from '../../src/server/hsds/report';

const demoDirectory = await loadDemoDirectory();

type Texts = Record<string, Record<string, unknown>>;
const records = [...demoDirectory.organizations, ...demoDirectory.services, ...demoDirectory.rights] as { id: string; texts: Texts }[];

/** The translations: every language the directory has besides the city's (Spanish) and the one
 *  translators translate from (English), easy read left to content-easy-read.test.ts. */
const languages = [...new Set(records.flatMap((r) => Object.keys(r.texts)))].filter((l) => !l.includes('-x-') && l !== 'en' && l !== 'es').sort();

/** A record's text as a list of strings (what to bring is a list; the rest are single texts). */
const strings = (value: unknown): string[] => (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);

it('is translated into the four languages it always was, so a language lost from the package fails here', () => {
  expect(languages).toEqual(['ar', 'fr', 'pt', 'uk']);
});

it('imports with no findings at all: no missing, stale or stray translation, nothing else to fix', async () => {
  // A translation of an English text that has changed, a missing one, or one of a record that no
  // longer exists: each is a finding of the import, listed here as a city's report shows it.
  const { findings } = await readDirectoryFile(DEMO_PACKAGE, { today: '2026-01-01' });
  expect(findings.map(formatFinding)).toEqual([]);
});

describe.each(languages)('the demo directory in "%s"', (lang) => {
  it('gives every organization, service and rights card every field its English text has', () => {
    const missing = records.flatMap((r) =>
      Object.entries(r.texts.en ?? {})
        .filter(([field, english]) => {
          const translated = r.texts[lang]?.[field];
          // A list (what to bring) needs every item: the importer drops a list with a hole.
          return translated === undefined || strings(translated).length !== strings(english).length;
        })
        .map(([field]) => `${r.id} ${field}`),
    );
    expect(missing).toEqual([]);
    const extra = records.flatMap((r) => Object.keys(r.texts[lang] ?? {}).filter((f) => r.texts.en?.[f] === undefined).map((f) => `${r.id} ${f}`));
    expect(extra).toEqual([]);
  });

  it('leaves no sentence in English', () => {
    // Names and short labels ("Café Solidario", "SMS") may stay as they are; a sentence may not.
    const untranslated = records.flatMap((r) =>
      Object.entries(r.texts.en ?? {}).flatMap(([field, english]) =>
        strings(english)
          .filter((en, i) => en.split(' ').length > 4 && strings(r.texts[lang]?.[field])[i] === en)
          .map((en) => `${r.id} ${field}: ${en}`),
      ),
    );
    expect(untranslated).toEqual([]);
  });
});

describe('scripts', () => {
  it('writes Arabic in Arabic letters and Ukrainian in Cyrillic', () => {
    const share = (lang: string, letters: RegExp) => {
      const all = records.flatMap((r) => Object.values(r.texts[lang] ?? {}).flatMap(strings)).join('').replace(/[\s\d\p{P}\p{S}]/gu, '');
      return all.replace(letters, '').length / all.length;
    };
    // What is left is names (San Martín, DNI, SMS): a small share.
    expect(share('ar', /\p{Script=Arabic}/gu)).toBeLessThan(0.03);
    expect(share('uk', /\p{Script=Cyrillic}/gu)).toBeLessThan(0.05);
  });
});
