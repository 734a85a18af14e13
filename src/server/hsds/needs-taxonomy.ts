// Ponte's twelve needs as an HSDS taxonomy, and the way back: which need a city's taxonomy term
// stands for. A package may say it (`ponte_need_terms`); otherwise a term whose code is a need's
// id, or whose name is a need's name in one of the interface's languages ("Housing",
// "Vivienda"…), stands for that need.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold } from '../../shared/fold';
import { NEED_IDS, type NeedId } from '../../shared/needs';
import { hsdsId } from './ids';

export const NEEDS_TAXONOMY_ID = hsdsId('taxonomy', 'ponte-needs');
export const needTermId = (need: NeedId) => hsdsId('taxonomy_term', need);

// Paths, not URL objects: under jsdom (unit tests) `URL` is jsdom's, which node:fs refuses.
const localesFolder = join(dirname(fileURLToPath(import.meta.url)), '../../../locales');

/** The needs' names in every interface language, by language: read from the locale files the
 *  first time an import or export asks (not when the server starts), then kept. */
let names: Record<string, Record<NeedId, string>> | undefined;
function needNames(): Record<string, Record<NeedId, string>> {
  if (names) return names;
  names = {};
  for (const lang of readdirSync(localesFolder)) {
    const common = JSON.parse(readFileSync(join(localesFolder, lang, 'common.json'), 'utf8')) as { needs?: Record<NeedId, string> };
    if (common.needs) names[lang] = common.needs;
  }
  return names;
}

export function needTaxonomy() {
  const english = needNames().en!;
  return {
    taxonomy: { id: NEEDS_TAXONOMY_ID, name: 'Ponte needs', description: 'The twelve needs people browse Ponte by; a service is listed under each need it has.', version: '1' },
    terms: NEED_IDS.map((need) => ({ id: needTermId(need), code: need, name: english[need], description: `Services for: ${english[need]}.`, taxonomy_id: NEEDS_TAXONOMY_ID, language: 'en' })),
  };
}

let byName: Map<string, NeedId> | undefined;
function needsByName(): Map<string, NeedId> {
  if (byName) return byName;
  byName = new Map(NEED_IDS.map((need) => [fold(need), need]));
  for (const lang of Object.values(needNames())) for (const need of NEED_IDS) byName.set(fold(lang[need]), need);
  return byName;
}
const byTermId = new Map(NEED_IDS.map((need) => [needTermId(need), need]));

/** The need a term stands for by its own code or name, if any. */
export function needOfTerm(term: { id: string; code?: string; name?: string }): NeedId | undefined {
  return byTermId.get(term.id) ?? needsByName().get(fold(term.code ?? '')) ?? needsByName().get(fold(term.name ?? ''));
}
