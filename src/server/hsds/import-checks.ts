// The checks an import makes once every record is read: rows linked to nothing, texts not yet
// translated, page addresses that clash, and the model's own schema as the last word.
import { checkDirectory, ContentError } from '../directory-store';
import { COLLECTIONS, type Directory } from '../../shared/directory';
import { isEasyTag } from '../../shared/localized';
import { where, type ImportContext } from './import-context';
import { cell } from './import-fields';
import type { Row, TableName } from './tables';

/** Links from a row to the record it belongs to: a typo there would lose the row unsaid. */
const LINKS: [from: TableName, column: string, to: TableName, what: string][] = [
  ['ponte_services', 'service_id', 'services', 'service'],
  ['phones', 'service_id', 'services', 'service'],
  ['schedules', 'service_id', 'services', 'service'],
  ['languages', 'service_id', 'services', 'service'],
  ['required_documents', 'service_id', 'services', 'service'],
  ['service_at_locations', 'service_id', 'services', 'service'],
  ['addresses', 'location_id', 'locations', 'location'],
  ['accessibility', 'location_id', 'locations', 'location'],
  ['phones', 'location_id', 'locations', 'location'],
  ['schedules', 'location_id', 'locations', 'location'],
  ['schedules', 'service_at_location_id', 'service_at_locations', 'service at a location'],
  ['phones', 'service_at_location_id', 'service_at_locations', 'service at a location'],
  ['ponte_phones', 'phone_id', 'phones', 'phone'],
  ['ponte_rights_card_services', 'rights_card_id', 'ponte_rights_cards', 'rights card'],
  ['ponte_rights_card_documents', 'rights_card_id', 'ponte_rights_cards', 'rights card'],
];

/** Rows about records that don't exist are mistakes in ids: say so, with the row. */
export function checkLinks(ctx: ImportContext): void {
  for (const [from, column, to, what] of LINKS) {
    const ids = ctx.index(to);
    for (const row of ctx.rows(from)) {
      const id = cell(row, column);
      if (id && !ids.has(id)) ctx.error(row, column, `there is no ${what} "${id}" in ${ctx.file(to)}; correct the id, or this row is lost.`);
    }
  }
  const linkable = new Set([...ctx.index('services').keys(), ...ctx.index('ponte_rights_cards').keys()]);
  for (const row of ctx.rows('attributes')) {
    if (!linkable.has(cell(row, 'link_id')) && ['service', 'ponte_rights_card', ''].includes(cell(row, 'link_entity'))) {
      ctx.warn(row, 'link_id', `there is no service or rights card "${cell(row, 'link_id')}"; this attribute is ignored.`);
    }
  }
}

/** One warning per language: how many texts are not translated yet, and where the first ones are. */
export function warnMissingTranslations(ctx: ImportContext, dir: Directory): void {
  const records = [...dir.organizations, ...dir.services, ...dir.rights] as { id: string; texts: Record<string, Record<string, unknown>> }[];
  const languages = new Set(records.flatMap((r) => Object.keys(r.texts)).filter((l) => !isEasyTag(l) && l !== ctx.language));
  for (const lang of [...languages].sort()) {
    const missing = records.flatMap((r) => Object.keys(r.texts[ctx.language] ?? {}).filter((f) => r.texts[lang]?.[f] === undefined).map((f) => `${r.id} ${f}`));
    if (missing.length) ctx.warn(undefined, undefined, `${lang}: ${count(missing.length, 'text is', 'texts are')} not translated yet (${firstFew(missing)}); the city's language is shown in their place.`);
  }
}

/** Two records that end up with the same page address, or anything the model itself refuses. */
export function checkIds(ctx: ImportContext, dir: Directory, rowOf: Map<object, Row>): void {
  for (const collection of COLLECTIONS) {
    const seen = new Map<string, Row | undefined>();
    for (const item of dir[collection] as { id: string }[]) {
      const row = rowOf.get(item);
      if (!item.id) ctx.error(row, 'id', `this id can't be a page address (letters a to z, digits and hyphens); give the record a ponte_id in ponte_ids.csv.`);
      else if (seen.has(item.id)) {
        // Point at the ponte_ids row that gave the address again, when one did, else at the record.
        const given = ctx.rows('ponte_ids').filter((r) => cell(r, 'ponte_id') === item.id).at(-1);
        const first = seen.get(item.id);
        ctx.error(given ?? row, given ? 'ponte_id' : 'id', `two ${collection} would have the page address "${item.id}"${first && !given ? ` (the other ${where(first)})` : ''}; give one of them another ponte_id in ponte_ids.csv.`);
      }
      seen.set(item.id, row);
    }
  }
  if (ctx.findings.some((f) => f.severity === 'error')) return;
  try {
    checkDirectory(dir);
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    for (const problem of e.problems) ctx.error(undefined, undefined, problem);
  }
}



export const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
export const firstFew = (items: string[]) => `${items.slice(0, 5).join('; ')}${items.length > 5 ? '; …' : ''}`;

/** One warning for every long number written without its country code: a phone with a foreign SIM
 *  card (a newcomer's, a tourist's) cannot call it. Short numbers (112, 016) are national by nature. */
export function warnNationalNumbers(ctx: ImportContext, dir: Directory): void {
  const national = dir.services.flatMap((s) => s.phones.filter((p) => !p.number.startsWith('+') && p.number.replace(/ /g, '').length >= 9).map((p) => `${s.id} ${p.number}`));
  if (national.length) {
    ctx.warn(undefined, undefined, `${count(national.length, 'telephone number has', 'telephone numbers have')} no country code (${firstFew(national)}): a phone with a foreign SIM card cannot call ${national.length === 1 ? 'it' : 'them'}. Write ${national.length === 1 ? 'it' : 'them'} with the country code, like +34 985 550 130.`);
  }
}
