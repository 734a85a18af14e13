// A small directory holding every shape the HSDS mapping must carry both ways (a UUID id, a
// service with no address, an address without coordinates, no needs, no assured date, always
// open, closures, a text line, easy read, a need rank, a time zone of its own), and the package
// written from it, as files a test can damage one cell at a time the way a content editor would.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Directory, Service } from '../../src/shared/directory';
import { unNeutralise } from '../../src/server/hsds/csv-read';
import { csvText, writeCsvPackage } from '../../src/server/hsds/csv-write';
import { directoryToTables } from '../../src/server/hsds/directory-to-tables';
import { hsdsId } from '../../src/server/hsds/ids';

export const UUID_SERVICE = '0b6f3c9e-2d41-4c7a-9e15-7a8d2c4b6f01';

const shelter: Service = {
  id: 'night-shelter',
  organization_id: 'city-council',
  needs: ['housing', 'food'],
  need_rank: { housing: 1 },
  languages: ['es', 'ar'],
  phones: [
    { number: '+34 985 550 130', purpose: 'main', sms: true },
    { number: '985 550 131', purpose: 'appointments', sms: false },
  ],
  email: 'albergue@valdemar.example',
  url: 'https://valdemar.example/albergue',
  address: { address_1: 'Calle Mayor 4', postal_code: '33400', city: 'Valdemar', state_province: 'Asturias', country: 'ES', latitude: 43.5462, longitude: -5.6631 },
  schedule: {
    timezone: 'Europe/Madrid',
    hours: [
      { byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '14:00' },
      { byday: 'SA', opens_at: '20:00', closes_at: '02:00' },
    ],
    closures: [{ valid_from: '2026-12-24', valid_to: '2026-12-26' }],
  },
  free: true,
  appointment_required: false,
  response_hours: 24,
  assured_date: '2026-10-20',
  texts: {
    es: { name: 'Albergue Nocturno', description: 'Cama y cena para esta noche.', required_documents: ['DNI o pasaporte', 'Nada más'], accessibility: 'Entrada sin escalones.' },
    en: { name: 'Night Shelter', description: 'A bed and a meal for tonight.', required_documents: ['ID card or passport', 'Nothing else'], accessibility: 'Step-free entrance.' },
    fr: { name: 'Foyer de nuit', description: 'Un lit et un repas pour ce soir.', required_documents: ['Carte d’identité ou passeport', 'Rien d’autre'], accessibility: 'Entrée de plain-pied.' },
    'es-x-easy': { name: 'Albergue para dormir', description: 'Aquí puedes dormir esta noche. Te damos cena.' },
  },
  violence: 'specialist',
  danger_kinds: ['partner'],
};

/** A telephone line with no address, no needs, no assured date, open all the time, in another zone. */
const helpline: Service = {
  id: UUID_SERVICE,
  organization_id: 'city-council',
  needs: [],
  languages: [],
  phones: [{ number: '016', purpose: 'helpline', sms: false }],
  whatsapp: '+34 600 000 016',
  schedule: { timezone: 'Atlantic/Canary', always_open: true, hours: [], closures: [] },
  free: true,
  response_hours: 2,
  texts: { es: { name: 'Línea de ayuda' }, en: { name: 'Helpline' } },
};

/** A place whose coordinates nobody knows yet. */
const pantry: Service = {
  id: 'food-pantry',
  organization_id: 'neighbours',
  needs: ['food'],
  languages: ['es'],
  phones: [],
  address: { address_1: 'Plaza del Mercado 1', postal_code: '33401', city: 'Valdemar' },
  schedule: { timezone: 'Europe/Madrid', hours: [{ byday: 'TU,TH', opens_at: '10:00', closes_at: '12:30' }], closures: [] },
  free: false,
  response_hours: 72,
  texts: { es: { name: 'Despensa Solidaria', fees_description: '1 € por cesta.' }, en: { name: 'Community Pantry', fees_description: '€1 a basket.' } },
};

export const smallDirectory: Directory = {
  organizations: [
    { id: 'city-council', url: 'https://valdemar.example', email: 'info@valdemar.example', texts: { es: { name: 'Ayuntamiento de Valdemar', description: 'El ayuntamiento.' }, en: { name: 'Valdemar City Council', description: 'The city council.' } } },
    { id: 'neighbours', texts: { es: { name: 'Asociación Vecinal' } } },
  ],
  services: [shelter, helpline, pantry],
  rights: [
    {
      id: 'right-to-shelter',
      needs: ['housing'],
      service_ids: ['night-shelter'],
      texts: {
        es: { title: 'Derecho a un techo', summary: 'Nadie duerme en la calle.', who: 'Cualquier persona.', how: 'Ven al albergue.', bring: ['Nada'] },
        en: { title: 'Right to shelter', summary: 'Nobody sleeps rough.', who: 'Anyone.', how: 'Come to the shelter.', bring: ['Nothing'] },
        'es-x-easy': { title: 'Tienes derecho a dormir bajo techo' },
      },
    },
  ],
};

/** The HSDS ids the package gives the records above. */
export const ids = {
  shelter: hsdsId('service', 'night-shelter'),
  pantry: hsdsId('service', 'food-pantry'),
  council: hsdsId('organization', 'city-council'),
  right: hsdsId('ponte_rights_card', 'right-to-shelter'),
};

/** The warning of a service linked to no need (said of many rows in these tests). */
export const noNeed = (name: string) =>
  `the service "${name}" has no need: people find it only by searching. Give it an attribute (attributes.csv) with a taxonomy term that stands for one of Ponte's needs.`;

const folders: string[] = [];
export function removeFolders(): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}
export function tempFolder(prefix = 'ponte-hsds-import-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

/** The small directory as a tabular data package in a new folder. */
export async function smallPackage(dir: Directory = smallDirectory): Promise<string> {
  const folder = tempFolder();
  await writeCsvPackage(folder, directoryToTables(dir));
  return folder;
}

export type CsvRows = { columns: string[]; rows: Record<string, string>[] };

/** One CSV file of a package as rows, cells as the importer reads them (line of row i = i + 2
 *  while no cell holds a line break). */
export function readCsv(folder: string, file: string): CsvRows {
  const records = parse(readFileSync(join(folder, file), 'utf8'), { bom: true }) as string[][];
  const [columns = [], ...rest] = records;
  return { columns, rows: rest.map((cells) => Object.fromEntries(columns.map((c, i) => [c, unNeutralise(cells[i] ?? '')]))) };
}

export function writeCsv(folder: string, file: string, { columns, rows }: CsvRows): void {
  writeFileSync(join(folder, file), csvText(columns, rows));
}

/** Changes a CSV file of the package as a person would in a spreadsheet. */
export function editCsv(folder: string, file: string, edit: (csv: CsvRows) => void): void {
  const csv = readCsv(folder, file);
  edit(csv);
  writeCsv(folder, file, csv);
}

/** Adds a table to a package (a CSV file, listed in datapackage.json). */
export function addTable(folder: string, table: string, csv: CsvRows, file = `${table}.csv`): void {
  writeCsv(folder, file, csv);
  const path = join(folder, 'datapackage.json');
  const datapackage = JSON.parse(readFileSync(path, 'utf8'));
  datapackage.resources = datapackage.resources.filter((r: { name: string }) => r.name !== table);
  datapackage.resources.push({ name: table, path: file });
  writeFileSync(path, JSON.stringify(datapackage));
}
