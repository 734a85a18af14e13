// A city's package with one mistake at a time, as a content editor makes them in a spreadsheet:
// each gives the exact line of the report (file, line, column, what to fix), blocks publishing
// when it is an error and not when it is a warning. And what real spreadsheets write (`;`, decimal
// commas, no BOM, LF, line breaks in cells, empty rows, phone numbers with brackets) imports as is.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDirectoryFile } from '../../src/server/hsds/import-directory';
import { formatFinding } from '../../src/server/hsds/report';
import type { ImportOptions } from '../../src/server/hsds/tables-to-directory';
import { stableStringify } from '../../src/server/stable-json';
import { addTable, editCsv, ids, noNeed, readCsv, removeFolders, smallDirectory, smallPackage, UUID_SERVICE, type CsvRows } from '../helpers/hsds-small-directory';

afterEach(removeFolders);

const TODAY = '2026-01-01';
/** The warnings the small package always gets (a service with no need, a place without
 *  coordinates, texts not translated yet): each case reports what its mistake adds to them. */
const ALWAYS = [
  `services.csv line 3: ${noNeed('Línea de ayuda')}`,
  'locations.csv line 3, latitude: this location has no coordinates (latitude, longitude): its services show no map and are not sorted by distance.',
];
/** Lines about the whole directory that many cases change a little: tested on their own. */
const isTranslationSummary = (line: string) => /^[a-z-]+: \d+ texts? (is|are) not translated yet|telephone numbers? ha(s|ve) no country code/.test(line);

async function importOf(folder: string, options: Partial<ImportOptions> = {}) {
  const read = await readDirectoryFile(folder, { today: TODAY, ...options });
  const lines = read.findings.map(formatFinding).filter((line) => !isTranslationSummary(line));
  const added = [...lines];
  for (const usual of ALWAYS) if (added.includes(usual)) added.splice(added.indexOf(usual), 1);
  return { published: read.directory !== undefined, errors: read.findings.filter((f) => f.severity === 'error').length, added, directory: read.directory };
}

/** Cell `column` of data row `index` (line index + 2) of a CSV file set to `value`. */
const setCell = (file: string, index: number, column: string, value: string) => (folder: string) =>
  editCsv(folder, file, (csv) => void (csv.rows[index]![column] = value));

const HOW_TO_SAVE_UTF8 = 'In Excel, choose File › Save As › "CSV UTF-8 (Comma delimited)"; in LibreOffice, tick "Edit filter settings" and choose "Unicode (UTF-8)". Then import again.';

type Case = [name: string, damage: (folder: string) => void, expected: string[], published: boolean];

const cases: Case[] = [
  [
    'a service naming an organization that does not exist',
    setCell('services.csv', 2, 'organization_id', 'x'),
    ['services.csv line 4, organization_id: there is no organization "x" in organizations.csv.'],
    false,
  ],
  [
    'a required column missing',
    (folder) => editCsv(folder, 'services.csv', (csv) => void (csv.columns = csv.columns.filter((c) => c !== 'organization_id'))),
    ['services.csv: the column "organization_id" is missing; add it to the first line.'],
    false,
  ],
  [
    'a file saved as Windows-1252',
    (folder) => writeFileSync(join(folder, 'services.csv'), Buffer.from(readFileSync(join(folder, 'services.csv'), 'utf8').replace(/^\uFEFF/, ''), 'latin1')),
    [`services.csv is not UTF-8: it looks like Windows-1252 (what Excel saves as "CSV"). ${HOW_TO_SAVE_UTF8}`],
    false,
  ],
  [
    'a file saved as UTF-16',
    (folder) => writeFileSync(join(folder, 'services.csv'), Buffer.from(readFileSync(join(folder, 'services.csv'), 'utf8'), 'utf16le')),
    [`services.csv is not UTF-8: it is saved as UTF-16 (what Excel calls "Unicode Text"). ${HOW_TO_SAVE_UTF8}`],
    false,
  ],
  [
    'two rows with the same id',
    (folder) => editCsv(folder, 'services.csv', (csv) => void csv.rows.push({ ...csv.rows[0]!, name: 'Otro albergue' })),
    [`services.csv line 5, id: the id "${ids.shelter}" is used twice in services.csv (first on line 2); give each row an id of its own.`],
    false,
  ],
  [
    'a column that is not part of HSDS (a warning: the rest imports)',
    (folder) => editCsv(folder, 'services.csv', (csv) => {
      csv.columns.push('colour');
      csv.rows[0]!.colour = 'red';
    }),
    [`services.csv: the column "colour" is not part of HSDS 3.0 or Ponte's extension; it is ignored.`],
    true,
  ],
  [
    'a row with no id',
    (folder) => editCsv(folder, 'organizations.csv', (csv) => void csv.rows.push({ name: 'Sin id' })),
    ['organizations.csv line 4, id: the id is empty; give every row an id of its own.'],
    false,
  ],
  [
    'a telephone number written with words',
    setCell('phones.csv', 3, 'number', 'llamar al 016'),
    ['phones.csv line 5, number: "llamar al 016" is not a telephone number; write it with digits and spaces, like +34 985 550 130.'],
    false,
  ],
  [
    'a status HSDS does not have',
    setCell('services.csv', 2, 'status', 'abierto'),
    ['services.csv line 4, status: "abierto" is not a status; write active, inactive, defunct or temporarily closed.'],
    false,
  ],
  [
    'an attribute naming a taxonomy term that does not exist',
    setCell('attributes.csv', 2, 'taxonomy_term_id', 'comida'),
    [
      'attributes.csv line 4, taxonomy_term_id: there is no taxonomy term "comida" in taxonomy_terms.csv.',
      `services.csv line 4: ${noNeed('Despensa Solidaria')}`,
    ],
    false,
  ],
  [
    'a rights card listing a service that does not exist',
    setCell('ponte_rights_card_services.csv', 0, 'service_id', 'albergue'),
    ['ponte_rights_card_services.csv line 2, service_id: there is no service "albergue" in services.csv.'],
    false,
  ],
  [
    'a page address with capitals and spaces',
    setCell('ponte_ids.csv', 2, 'ponte_id', 'Night Shelter'),
    ['ponte_ids.csv line 4, ponte_id: "Night Shelter" can\'t be a page address; use lowercase letters, digits and hyphens, like night-shelter.'],
    false,
  ],
  [
    'two records given the same page address',
    setCell('ponte_ids.csv', 3, 'ponte_id', 'night-shelter'),
    ['ponte_ids.csv line 5, ponte_id: two services would have the page address "night-shelter"; give one of them another ponte_id in ponte_ids.csv.'],
    false,
  ],
  [
    'a translation into "French" rather than fr',
    setCell('ponte_translations.csv', 4, 'language', 'French'),
    ['ponte_translations.csv line 6, language: "French" is not a language code; use a code like fr, or fr-x-easy for easy read.'],
    false,
  ],
  [
    'a translation of a record that does not exist (a warning: it is left out)',
    setCell('ponte_translations.csv', 0, 'link_id', 'ayuntamiento'),
    ['ponte_translations.csv line 2, link_id: there is no organization "ayuntamiento"; this translation is left out.'],
    true,
  ],
  [
    'a yes/no column with another word',
    setCell('ponte_services.csv', 0, 'free', 'gratis'),
    ['ponte_services.csv line 2, free: "gratis" is neither true nor false; write true or false.'],
    false,
  ],
  [
    'a location without coordinates (a warning)',
    (folder) => editCsv(folder, 'locations.csv', (csv) => void Object.assign(csv.rows[0]!, { latitude: '', longitude: '' })),
    ['locations.csv line 2, latitude: this location has no coordinates (latitude, longitude): its services show no map and are not sorted by distance.'],
    true,
  ],
  [
    'a monthly schedule (a warning: those hours are left out)',
    setCell('schedules.csv', 4, 'freq', 'MONTHLY'),
    ["schedules.csv line 6, freq: Ponte shows weekly hours only; these monthly hours are left out. Say them in the service's description."],
    true,
  ],
  [
    'a closure that ends before it starts (a warning)',
    setCell('schedules.csv', 2, 'valid_to', '2026-12-20'),
    ['schedules.csv line 4, valid_to: the closure ends (2026-12-20) before it starts (2026-12-24); it is left out.'],
    true,
  ],
  [
    'a time zone that does not exist',
    setCell('ponte_settings.csv', 1, 'value', 'Madrid'),
    ['ponte_settings.csv line 3, value: "Madrid" is not a time zone; use a name like Europe/Madrid or Europe/Lisbon.'],
    false,
  ],
  [
    'a malformed datapackage.json',
    (folder) => writeFileSync(join(folder, 'datapackage.json'), '{ "resources": [ { "name": "services", "path": "services.csv", } ] }'),
    ['datapackage.json is not valid JSON: line 1, column 62: a comma before "}": remove it. Fix it there (a JSON checker shows the mistake), or export the package again.'],
    false,
  ],
  [
    // Spanish and French spreadsheets read "-5.6631" as a thousands separator: a damaged number.
    'a longitude a spreadsheet turned into thousands',
    setCell('locations.csv', 0, 'longitude', '-56631'),
    ['locations.csv line 2, longitude: -56631 is no longitude (they go from -180 to 180). A spreadsheet set to a language that writes 1.000 for a thousand may have read the decimal point as a thousands separator: open the CSV choosing the language "English (USA)", or the column as Text, and write it as -5.6631.'],
    false,
  ],
  [
    'a date written the way a Spanish spreadsheet shows it (a warning)',
    setCell('services.csv', 0, 'assured_date', '03/12/26'),
    ['services.csv line 2, assured_date: can\'t read the date "03/12/26"; write it as year-month-day, like 2026-03-12 (format the column as Text so the spreadsheet keeps it so). It is left out.'],
    true,
  ],
  [
    // A typo in a link would lose the row without a word.
    'a schedule of a service that does not exist',
    setCell('schedules.csv', 0, 'service_id', 'night-shelterr'),
    ['schedules.csv line 2, service_id: there is no service "night-shelterr" in services.csv; correct the id, or this row is lost.'],
    false,
  ],
  [
    'a phone purpose for a phone that does not exist',
    setCell('ponte_phones.csv', 0, 'phone_id', 'p-404'),
    ['ponte_phones.csv line 2, phone_id: there is no phone "p-404" in phones.csv; correct the id, or this row is lost.'],
    false,
  ],
  [
    'a date that is no day of the calendar (a warning)',
    setCell('services.csv', 0, 'assured_date', '2026-02-30'),
    ['services.csv line 2, assured_date: can\'t read the date "2026-02-30"; write it as year-month-day, like 2026-03-12 (format the column as Text so the spreadsheet keeps it so). It is left out.'],
    true,
  ],
  [
    "a translation into the city's own language (a warning: the HSDS column says it)",
    (folder) => editCsv(folder, 'ponte_translations.csv', (csv) => void csv.rows.unshift({ link_entity: 'service', link_id: ids.shelter, field: 'name', language: 'es', text: 'Otro nombre' })),
    ["ponte_translations.csv line 2, language: service night-shelter, name, es: the city's own language belongs in services.csv itself (column name); this row is ignored."],
    true,
  ],
  [
    'two services whose ids make the same page address',
    (folder) => {
      for (const file of ['services.csv', 'ponte_ids.csv']) {
        editCsv(folder, file, (csv) => {
          for (const r of csv.rows) {
            if (file === 'services.csv' && r.id === ids.pantry) r.id = 'Food Pantry';
            if (file === 'services.csv' && r.id === ids.shelter) r.id = 'food-pantry';
            if (file === 'ponte_ids.csv') csv.rows = csv.rows.filter((x) => x.link_id !== ids.pantry && x.link_id !== ids.shelter);
          }
        });
      }
      for (const file of ['phones.csv', 'schedules.csv', 'languages.csv', 'required_documents.csv', 'service_at_location.csv', 'attributes.csv', 'ponte_services.csv', 'ponte_translations.csv', 'ponte_rights_card_services.csv']) {
        editCsv(folder, file, (csv) => {
          for (const r of csv.rows) for (const k of ['service_id', 'link_id']) if (r[k] === ids.pantry) r[k] = 'Food Pantry'; else if (r[k] === ids.shelter) r[k] = 'food-pantry';
        });
      }
    },
    ['services.csv line 4, id: two services would have the page address "food-pantry" (the other on line 2); give one of them another ponte_id in ponte_ids.csv.'],
    false,
  ],
  [
    'a datapackage.json listing a CSV that is not there',
    (folder) => rmSync(join(folder, 'languages.csv')),
    ['datapackage.json lists languages.csv, but the package has no such file. Add the file, or remove it from the "resources" of datapackage.json.'],
    false,
  ],
];

describe('a package with a mistake', () => {
  it('imports cleanly before it is damaged', async () => {
    const result = await importOf(await smallPackage());
    expect(result).toMatchObject({ published: true, added: [] });
    expect(stableStringify(result.directory)).toBe(stableStringify(smallDirectory));
  });

  it.each(cases)('%s', async (_, damage, expected, published) => {
    const folder = await smallPackage();
    damage(folder);
    const result = await importOf(folder);
    expect(result.added).toEqual(expected);
    expect(result.published).toBe(published);
  });

  it('leaves out hours whose time cannot be read, and keeps the rest of the service', async () => {
    const folder = await smallPackage();
    setCell('schedules.csv', 0, 'opens_at', '9h')(folder);
    const result = await importOf(folder);
    expect(result.added).toEqual([`schedules.csv line 2, opens_at: can't read the time "9h"; write it like 09:00 or 17:30. These hours are left out.`]);
    const shelter = result.directory!.services.find((s) => s.id === 'night-shelter')!;
    expect(shelter.schedule.hours).toEqual([{ byday: 'SA', opens_at: '20:00', closes_at: '02:00' }]);
    expect(shelter.schedule.closures).toEqual(smallDirectory.services[0]!.schedule.closures);
  });

  it('warns about a term that stands for no need, until ponte_need_terms maps it', async () => {
    const folder = await smallPackage();
    // The city's own term for food: its own id, code and name.
    const food = readCsv(folder, 'taxonomy_terms.csv').rows[1]!.id!;
    editCsv(folder, 'taxonomy_terms.csv', (csv) => void Object.assign(csv.rows[1]!, { id: 'comedor', code: 'CS-1', name: 'Comedor social' }));
    editCsv(folder, 'attributes.csv', (csv) => csv.rows.forEach((row) => row.taxonomy_term_id === food && (row.taxonomy_term_id = 'comedor')));
    const unmapped = await importOf(folder);
    expect(unmapped.added).toEqual([
      `taxonomy_terms.csv line 3, name: the term "Comedor social" stands for none of Ponte's needs; to list its services under one, add a row to ponte_need_terms.csv (taxonomy_term_id, need).`,
      `services.csv line 4: ${noNeed('Despensa Solidaria')}`,
    ]);
    expect(unmapped.directory!.services.find((s) => s.id === 'night-shelter')!.needs).toEqual(['housing']);

    addTable(folder, 'ponte_need_terms', { columns: ['taxonomy_term_id', 'need'], rows: [{ taxonomy_term_id: 'comedor', need: 'food' }] });
    const mapped = await importOf(folder);
    expect(mapped.added).toEqual([]);
    expect(stableStringify(mapped.directory)).toBe(stableStringify(smallDirectory));
  });

  it('needs the time zone of a city with opening hours, from the package or from --timezone', async () => {
    const folder = await smallPackage();
    editCsv(folder, 'ponte_settings.csv', (csv) => void (csv.rows = csv.rows.filter((r) => r.key !== 'timezone')));
    const without = await importOf(folder);
    expect(without.added).toEqual([
      `The package gives opening hours but not the city's time zone: add a row "timezone,Europe/Madrid" (your city's zone) to ponte_settings.csv, or import with --timezone Europe/Madrid.`,
    ]);
    expect(without.published).toBe(false);
    const given = await importOf(folder, { timezone: 'Europe/Madrid' });
    expect(given.added).toEqual([]);
    expect(stableStringify(given.directory)).toBe(stableStringify(smallDirectory));
  });

  it('shows the city\'s language where a translation is out of date, and says so', async () => {
    const folder = await smallPackage();
    // The English name changed after the French one was made from it.
    setCell('ponte_translations.csv', 2, 'text', 'Night Shelter and Day Centre')(folder);
    const result = await importOf(folder);
    expect(result.added).toEqual([
      'ponte_translations.csv line 8, translated_from: service night-shelter, name, fr: out of date: the text it was translated from has changed since. Translate it again from the English text and copy that text into translated_from. Until then the city\'s language is shown.',
    ]);
    expect(result.published).toBe(true);
    const shelter = result.directory!.services.find((s) => s.id === 'night-shelter')!;
    expect(shelter.texts.fr!.name).toBeUndefined();
    expect(shelter.texts.fr!.description).toBe('Un lit et un repas pour ce soir.');
  });
});

/** A CSV file as a Spanish spreadsheet program saves it: `;` between cells, decimal commas. */
function semicolonCsv({ columns, rows }: CsvRows, lineEnd = '\r\n'): string {
  const cell = (v: string) => (/[;"\r\n]|,/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return [columns.join(';'), ...rows.map((r) => columns.map((c) => cell(r[c] ?? '')).join(';'))].join(lineEnd) + lineEnd;
}

describe('what real spreadsheets write', () => {
  it('reads `;` separators with decimal-comma coordinates in quoted cells, no BOM and LF line ends', async () => {
    const folder = await smallPackage();
    const locations = readCsv(folder, 'locations.csv');
    locations.rows[0]!.latitude = '43,5462';
    locations.rows[0]!.longitude = '-5,6631';
    writeFileSync(join(folder, 'locations.csv'), semicolonCsv(locations, '\n'));
    const result = await importOf(folder);
    expect(readFileSync(join(folder, 'locations.csv'), 'utf8')).toContain('"43,5462";"-5,6631"');
    expect(result.added).toEqual([]);
    expect(stableStringify(result.directory)).toBe(stableStringify(smallDirectory));
  });

  it('reads a BOM and CR LF, skips empty rows, and counts lines of cells with line breaks as a spreadsheet shows them', async () => {
    const folder = await smallPackage();
    const services = readCsv(folder, 'services.csv');
    services.rows[0]!.description = 'Cama y cena\r\npara esta noche.';
    services.rows[2]!.status = 'abierto';
    const text = semicolonCsv(services).split('\r\n');
    // An empty row of cells after the first service, and a blank line after the second.
    text.splice(3, 0, ';;;;;;;');
    text.splice(5, 0, '');
    writeFileSync(join(folder, 'services.csv'), `\uFEFF${text.join('\r\n')}`);
    const result = await importOf(folder);
    // Lines of the file: 1 header, 2–3 the shelter, 4 empty cells, 5 the helpline, 6 blank, 7 the
    // pantry; a spreadsheet shows the shelter as one row, so its rows are one fewer from there on.
    expect(result.added).toEqual([
      `services.csv line 5 (row 4 in a spreadsheet): ${noNeed('Línea de ayuda')}`,
      'services.csv line 7 (row 6 in a spreadsheet), status: "abierto" is not a status; write active, inactive, defunct or temporarily closed.',
    ]);
    expect(result.errors).toBe(1);
  });

  it('keeps a description\'s line break and reads telephone numbers written with brackets and dashes', async () => {
    const folder = await smallPackage();
    setCell('services.csv', 0, 'description', 'Cama y cena.\npara esta noche.')(folder);
    setCell('phones.csv', 2, 'number', '(985) 550-131')(folder);
    const result = await importOf(folder);
    // The helpline's record starts a line further down the file, on the same spreadsheet row.
    expect(result.added).toEqual([`services.csv line 4 (row 3 in a spreadsheet): ${noNeed('Línea de ayuda')}`]);
    const shelter = result.directory!.services.find((s) => s.id === 'night-shelter')!;
    expect(shelter.texts.es!.description).toBe('Cama y cena.\npara esta noche.');
    expect(shelter.phones[1]).toEqual({ number: '985 550 131', purpose: 'appointments', sms: false });
    expect(result.directory!.services.find((s) => s.id === UUID_SERVICE)!.phones).toEqual(smallDirectory.services[1]!.phones);
  });
});

describe('translations as a translator writes them', () => {
  const frenchName = (rows: Record<string, string>[]) => rows.find((r) => r.link_id === ids.shelter && r.field === 'name' && r.language === 'fr')!;

  it('names the service by its page address (night-shelter) as well as by its HSDS id', async () => {
    const folder = await smallPackage();
    editCsv(folder, 'ponte_translations.csv', (csv) => void (frenchName(csv.rows).link_id = 'night-shelter'));
    const result = await importOf(folder);
    expect(result.added).toEqual([]);
    expect(result.directory!.services.find((s) => s.id === 'night-shelter')!.texts.fr!.name).toBe('Foyer de nuit');
  });

  it("takes a translation made from the city's own text when there is no English, and knows when that text changes", async () => {
    const folder = await smallPackage();
    editCsv(folder, 'ponte_translations.csv', (csv) => {
      csv.rows = csv.rows.filter((r) => !(r.link_id === ids.shelter && r.field === 'name' && r.language === 'en'));
      frenchName(csv.rows).translated_from = 'Albergue Nocturno';
    });
    const fresh = await importOf(folder);
    expect(fresh.added.filter((line) => line.includes('translated_from'))).toEqual([]);
    expect(fresh.directory!.services.find((s) => s.id === 'night-shelter')!.texts.fr!.name).toBe('Foyer de nuit');

    setCell('services.csv', 0, 'name', 'Albergue Nocturno Municipal')(folder);
    const changed = await importOf(folder);
    expect(changed.added.filter((line) => line.includes('translated_from'))).toEqual([
      "ponte_translations.csv line 7, translated_from: service night-shelter, name, fr: out of date: the text it was translated from has changed since. Translate it again from the city's own text and copy that text into translated_from. Until then the city's language is shown.",
    ]);
  });
});

describe('a service nobody can reach', () => {
  it('is published, with a warning saying how people could reach it', async () => {
    const folder = await smallPackage();
    for (const file of ['phones.csv', 'service_at_location.csv']) editCsv(folder, file, (csv) => void (csv.rows = csv.rows.filter((r) => r.service_id !== ids.pantry)));
    editCsv(folder, 'services.csv', (csv) => {
      const pantry = csv.rows.find((r) => r.id === ids.pantry)!;
      pantry.email = '';
      pantry.url = '';
    });
    const result = await importOf(folder);
    expect(result.published).toBe(true);
    expect(result.added).toContain(
      'services.csv line 4: the service "Despensa Solidaria" has no telephone, e-mail, website or address: people can only send it a request through Ponte. Add at least a telephone number (phones.csv).',
    );
  });
});

describe('what other tools and people write', () => {
  it('reads translations naming some records by page address and others by HSDS id alike (no false "out of date")', async () => {
    const folder = await smallPackage();
    // Only the English rows of the shelter by page address: the French ones still by UUID.
    editCsv(folder, 'ponte_translations.csv', (csv) => {
      for (const r of csv.rows) if (r.link_id === ids.shelter && r.language === 'en') r.link_id = 'night-shelter';
    });
    const result = await importOf(folder);
    expect(result.added).toEqual([]);
    expect(stableStringify(result.directory)).toBe(stableStringify(smallDirectory));
  });

  it('takes hours for a season while they apply, and says until when', async () => {
    const folder = await smallPackage();
    editCsv(folder, 'schedules.csv', (csv) => {
      const base = csv.rows.find((r) => r.freq === 'WEEKLY' && r.byday && r.service_id === ids.shelter)!;
      csv.rows.push({ ...base, id: 'summer', byday: 'SA', valid_from: '2026-07-01', valid_to: '2026-08-31' });
      csv.rows.push({ ...base, id: 'winter', byday: 'SU', valid_from: '2025-12-01', valid_to: '2026-02-28' });
    });
    const result = await importOf(folder);
    expect(result.added).toEqual([
      'schedules.csv line 7, valid_from: these hours start on 2026-07-01; they are left out until then. Import again on that day to show them.',
      'schedules.csv line 8, valid_to: these hours end on 2026-02-28, but Ponte shows one week of hours all year: import again after that day so that they are no longer shown.',
    ]);
    const hours = result.directory!.services.find((s) => s.id === 'night-shelter')!.schedule.hours.map((h) => h.byday);
    // The shelter's own hours, and the winter's Sunday; not the summer's second Saturday.
    expect(hours).toEqual(['MO,TU,WE,TH,FR', 'SA', 'SU']);
  });
});

describe('telephone numbers without a country code', () => {
  it('are published, with one warning naming them, since a foreign SIM card cannot call them', async () => {
    const read = await readDirectoryFile(await smallPackage(), { today: TODAY });
    expect(read.findings.map(formatFinding)).toContain(
      '1 telephone number has no country code (night-shelter 985 550 131): a phone with a foreign SIM card cannot call it. Write it with the country code, like +34 985 550 130.',
    );
    // 016, 112: short numbers are national by nature, and said nothing about.
    expect(read.findings.map(formatFinding).join('\n')).not.toContain('016');
  });
});
