// @vitest-environment node
// The demo package is checked by the same importer a city's translator relies on: when the English
// text of a card changes and the translators have not caught up, or a French row goes missing, the
// import says so, and the phones show the city's language instead of a translation of an old text.
// These tests edit a copy of the real package, never the package itself.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { csvText } from '../../src/server/hsds/csv-write';
import { DEMO_PACKAGE } from '../../src/server/hsds/demo-package';
import { readDirectoryFile } from '../../src/server/hsds/import-directory';
import { formatFinding } from '../../src/server/hsds/report';
import { TABLE_COLUMNS, type PonteTableName } from '../../src/server/hsds/tables';

type Values = Record<string, string>;

const copies: string[] = [];
afterEach(() => copies.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function copyOfDemoPackage(): string {
  const folder = mkdtempSync(join(tmpdir(), 'ponte-demo-package-'));
  copies.push(folder);
  cpSync(DEMO_PACKAGE, folder, { recursive: true });
  return folder;
}

const readTable = (folder: string, table: PonteTableName): Values[] => parse(readFileSync(join(folder, `${table}.csv`), 'utf8'), { columns: true, bom: true });

/** Rewrites one of Ponte's tables of a copy as the exporter writes it (so only the edit differs). */
function editTable(folder: string, table: PonteTableName, edit: (rows: Values[]) => Values[]): void {
  writeFileSync(join(folder, `${table}.csv`), csvText(TABLE_COLUMNS[table], edit(readTable(folder, table))));
}

/** The HSDS id of a demo record, from the package's own table of page addresses. */
function hsdsIdOf(folder: string, entity: string, ponteId: string): string {
  const row = readTable(folder, 'ponte_ids').find((r) => r.link_entity === entity && r.ponte_id === ponteId);
  if (!row) throw new Error(`the demo package has no ${entity} "${ponteId}"`);
  return row.link_id!;
}

const importCopy = (folder: string) => readDirectoryFile(folder, { today: '2026-01-01' });
const messages = (findings: Parameters<typeof formatFinding>[0][]) => findings.map(formatFinding);

describe('the demo package, edited as a translator would', () => {
  it('reads unchanged from a copy with no findings (so the findings below come from the edit alone)', async () => {
    const { directory, findings } = await importCopy(copyOfDemoPackage());
    expect(messages(findings)).toEqual([]);
    expect(directory?.services.find((s) => s.id === 'night-shelter')?.texts.fr?.description).toBeTruthy();
  });

  it('catches translations made from an English text that has changed since, and shows none of them', async () => {
    const folder = copyOfDemoPackage();
    const shelter = hsdsIdOf(folder, 'service', 'night-shelter');
    const isShelterDescription = (r: Values) => r.link_entity === 'service' && r.link_id === shelter && r.field === 'description';
    // Only the English row changes: the French, Portuguese, Arabic and Ukrainian rows still say
    // which English text they were made from, the old one.
    editTable(folder, 'ponte_translations', (rows) =>
      rows.map((r) => (isShelterDescription(r) && r.language === 'en' ? { ...r, text: 'A bed, a shower and a hot meal for anyone with nowhere to sleep tonight.' } : r)),
    );

    const { directory, findings } = await importCopy(folder);

    const outOfDate = findings.filter((f) => f.column === 'translated_from');
    expect(outOfDate.map((f) => f.severity)).toEqual(['warning', 'warning', 'warning', 'warning']);
    const language = (message: string) => message.match(/^service night-shelter, description, (\S+): out of date:/)?.[1];
    expect(outOfDate.map((f) => language(f.message)).sort()).toEqual(['ar', 'fr', 'pt', 'uk']);
    expect(outOfDate.every((f) => f.message.includes('the text it was translated from has changed since. Translate it again from the English text'))).toBe(true);
    // Each warning points at the row to translate again, as a spreadsheet numbers it.
    const lines = readFileSync(join(folder, 'ponte_translations.csv'), 'utf8').split(/\r?\n/);
    for (const f of outOfDate) expect(lines[f.source!.line! - 1], formatFinding(f)).toMatch(new RegExp(`^service,${shelter},description,${language(f.message)},`));

    // Still publishable (a warning), but a French phone gets no French text made from the old
    // English one: it falls back to the city's language.
    const texts = directory!.services.find((s) => s.id === 'night-shelter')!.texts;
    expect(texts.en?.description).toBe('A bed, a shower and a hot meal for anyone with nowhere to sleep tonight.');
    for (const lang of ['fr', 'pt', 'ar', 'uk']) expect(texts[lang]?.description, lang).toBeUndefined();
    expect(texts.fr?.name).toBe('Foyer de nuit El Refugio');
    expect(messages(findings)).toContain('fr: 1 text is not translated yet (night-shelter description); the city\'s language is shown in their place.');
  });

  it('names the record whose French text is missing', async () => {
    const folder = copyOfDemoPackage();
    const card = hsdsIdOf(folder, 'ponte_rights_card', 'right-to-register');
    editTable(folder, 'ponte_translations', (rows) =>
      rows.filter((r) => !(r.link_entity === 'ponte_rights_card' && r.link_id === card && r.field === 'how' && r.language === 'fr')),
    );

    const { directory, findings } = await importCopy(folder);

    expect(messages(findings)).toEqual(['fr: 1 text is not translated yet (right-to-register how); the city\'s language is shown in their place.']);
    expect(findings[0]!.severity).toBe('warning');
    expect(directory!.rights.find((r) => r.id === 'right-to-register')!.texts.fr?.how).toBeUndefined();
  });
});
