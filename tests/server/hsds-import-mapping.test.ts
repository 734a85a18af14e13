// A city's own HSDS 3.0 package, made by another tool: no Ponte tables, its own ids ("SVC-1",
// UUIDs in capitals), its own taxonomy in English and Spanish, hours on the service and on the
// location, a text line beside a voice line, a service at two places, one service closed down.
// What Ponte makes of it is what a person sees on their phone.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDirectoryFile } from '../../src/server/hsds/import-directory';
import { formatFinding } from '../../src/server/hsds/report';
import type { Directory } from '../../src/shared/directory';
import { addTable, removeFolders, tempFolder } from '../helpers/hsds-small-directory';

afterEach(removeFolders);

const FOOD_BANK = '3F2504E0-4F89-11D3-9A0C-0305E82C3301';

/** CSV files as a person types them: a header and rows, commas, LF. */
const PLAIN: Record<string, string> = {
  'organizations.csv': 'id,name\nORG-1,Ayuntamiento de Valdemar\n',
  'services.csv': [
    'id,organization_id,name,description,status',
    'SVC-1,ORG-1,Oficina de Vivienda,Ayudas al alquiler.,active',
    `${FOOD_BANK},ORG-1,Banco de Alimentos,,active`,
    'SVC-3,ORG-1,Antiguo Comedor,,inactive',
  ].join('\n'),
  'locations.csv': 'id,name,latitude,longitude\nLOC-1,Centro,43.5462,-5.6631\nLOC-2,Anexo,43.5470,-5.6650\n',
  'addresses.csv': 'id,location_id,address_1,city,postal_code,country\nADR-1,LOC-1,Plaza Mayor 1,Valdemar,33400,es\nADR-2,LOC-2,Calle Nueva 2,Valdemar,33401,ES\n',
  'service_at_location.csv': 'id,service_id,location_id\nSAL-1,SVC-1,LOC-1\nSAL-2,SVC-1,LOC-2\nSAL-3,' + FOOD_BANK + ',LOC-2\n',
  // A text line with the same number written without spaces; the food bank has only its place's phone.
  // PH-4: the same line again, written another way: one call button, not two.
  'phones.csv': 'id,service_id,location_id,number,type\nPH-1,SVC-1,,985 550 101,voice\nPH-2,SVC-1,,985550101,text\nPH-3,,LOC-2,985 550 200,\nPH-4,SVC-1,,985-550-101,voice\n',
  // Times with seconds, as HSDS examples write them; the food bank's hours are its place's.
  'schedules.csv': 'id,service_id,location_id,freq,byday,opens_at,closes_at\nSCH-1,SVC-1,,WEEKLY,"MO,TU",09:00:00,14:00:00\nSCH-2,,LOC-2,WEEKLY,WE,10:00,13:00\n',
  // en-GB: the language staff speak is English, whatever the country.
  'languages.csv': 'id,service_id,name,code\nLANG-1,SVC-1,Español,es\nLANG-2,SVC-1,Árabe,AR\nLANG-3,SVC-1,English,en-GB\n',
  'taxonomy_terms.csv': 'id,name\nTERM-1,Housing\nTERM-2,Vivienda\nTERM-3,alimentación\n',
  'attributes.csv': `id,link_id,taxonomy_term_id,link_type,link_entity\nATT-1,SVC-1,TERM-1,,service\nATT-2,SVC-1,TERM-2,,service\nATT-3,${FOOD_BANK},TERM-3,,\n`,
};

function plainPackage(): string {
  const folder = tempFolder();
  const resources = Object.keys(PLAIN).map((file) => ({ name: file.replace(/\.csv$/, ''), path: file }));
  writeFileSync(join(folder, 'datapackage.json'), JSON.stringify({ profile: 'tabular-data-package', resources }));
  for (const [file, text] of Object.entries(PLAIN)) writeFileSync(join(folder, file), text);
  return folder;
}

const expected: Directory = {
  organizations: [{ id: 'org-1', texts: { es: { name: 'Ayuntamiento de Valdemar' } } }],
  services: [
    {
      id: 'svc-1',
      organization_id: 'org-1',
      needs: ['housing'],
      languages: ['es', 'ar', 'en'],
      phones: [{ number: '985 550 101', purpose: 'main', sms: true }],
      address: { address_1: 'Plaza Mayor 1', postal_code: '33400', city: 'Valdemar', country: 'ES', latitude: 43.5462, longitude: -5.6631 },
      schedule: { timezone: 'Europe/Madrid', hours: [{ byday: 'MO,TU', opens_at: '09:00', closes_at: '14:00' }], closures: [] },
      free: false,
      response_hours: 72,
      texts: { es: { name: 'Oficina de Vivienda', description: 'Ayudas al alquiler.' } },
    },
    {
      id: FOOD_BANK.toLowerCase(),
      organization_id: 'org-1',
      needs: ['food'],
      languages: [],
      phones: [{ number: '985 550 200', purpose: 'main', sms: false }],
      address: { address_1: 'Calle Nueva 2', postal_code: '33401', city: 'Valdemar', country: 'ES', latitude: 43.547, longitude: -5.665 },
      schedule: { timezone: 'Europe/Madrid', hours: [{ byday: 'WE', opens_at: '10:00', closes_at: '13:00' }], closures: [] },
      free: false,
      response_hours: 72,
      texts: { es: { name: 'Banco de Alimentos' } },
    },
  ],
  rights: [],
};

describe('a plain HSDS package from another tool', () => {
  it('becomes the services a person sees, with page addresses made from its own ids', async () => {
    const read = await readDirectoryFile(plainPackage(), { today: '2026-01-01', timezone: 'Europe/Madrid' });
    expect(read.findings.map(formatFinding)).toEqual([
      "service_at_location.csv line 3: this service is at 2 locations; Ponte shows the first one only. Make the others services of their own to show them.",
      'services.csv line 4, status: the service is inactive; it is not published.',
      '2 services promise no response time (response_hours in ponte_services.csv): Ponte tells people they answer within 72 hours. Add the time each service promises: svc-1; 3f2504e0-4f89-11d3-9a0c-0305e82c3301.',
      '2 telephone numbers have no country code (svc-1 985 550 101; 3f2504e0-4f89-11d3-9a0c-0305e82c3301 985 550 200): a phone with a foreign SIM card cannot call them. Write them with the country code, like +34 985 550 130.',
    ]);
    expect(read.directory).toEqual(expected);
  });

  it('warns about a rights card that lists the closed-down service, and leaves it off the card', async () => {
    const folder = plainPackage();
    addTable(folder, 'ponte_rights_cards', { columns: ['id', 'title'], rows: [{ id: 'CARD-1', title: 'Derecho a la vivienda' }] });
    addTable(folder, 'ponte_rights_card_services', { columns: ['id', 'rights_card_id', 'service_id'], rows: [{ id: 'CS-1', rights_card_id: 'CARD-1', service_id: 'SVC-3' }, { id: 'CS-2', rights_card_id: 'CARD-1', service_id: 'SVC-1' }] });
    writeFileSync(join(folder, 'attributes.csv'), `${PLAIN['attributes.csv']}ATT-4,CARD-1,TERM-2,,ponte_rights_card\n`);
    const read = await readDirectoryFile(folder, { today: '2026-01-01', timezone: 'Europe/Madrid' });
    expect(read.findings.map(formatFinding)).toContain('ponte_rights_card_services.csv line 2, service_id: this service is not published; the card does not list it.');
    expect(read.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(read.directory!.rights).toEqual([{ id: 'card-1', needs: ['housing'], service_ids: ['svc-1'], texts: { es: { title: 'Derecho a la vivienda' } } }]);
  });
});
