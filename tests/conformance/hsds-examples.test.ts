// The official HSDS 3.0 examples (../shared/hsds/examples, beside the repository in CI) import
// into Ponte: each shape a file can have (a full service, a page of /services, a full
// organization, a service at a location), with the standard's fields where Ponte shows them.
// On a fresh clone without that folder the test is skipped, loudly.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDirectory } from '../../src/server/directory-store';
import { applyDirectory, readDirectoryFile } from '../../src/server/hsds/import-directory';
import { formatFinding } from '../../src/server/hsds/report';
import { testServer } from '../helpers/server';

const EXAMPLES = resolve(import.meta.dirname, '../..', '../shared/hsds/examples');
const present = existsSync(EXAMPLES);
if (!present) {
  console.warn(
    ['', '#'.repeat(78), `#  HSDS EXAMPLES SKIPPED: ${EXAMPLES} is missing.`, "#  The import of the standard's official examples was NOT tested.", '#'.repeat(78), ''].join('\n'),
  );
}

/** The examples are in English, from a city whose zone they don't say: the command's options. */
const read = (file: string, today = '2005-01-01') => readDirectoryFile(join(EXAMPLES, file), { timezone: 'Europe/London', language: 'en', today });
const errors = (findings: Awaited<ReturnType<typeof read>>['findings']) => findings.filter((f) => f.severity === 'error').map(formatFinding);

describe.skipIf(!present)('the official HSDS 3.0 examples', () => {
  it.each(['service_full.json', 'organization_full.json', 'service_at_location_full.json'])('%s imports with its service, organization, phone, place, hours, languages and documents', async (file) => {
    const { directory, findings } = await read(file);
    expect(errors(findings)).toEqual([]);
    const [service] = directory!.services;
    expect(directory!.services).toHaveLength(1);
    expect(service).toMatchObject({
      id: 'ac148810-d857-441c-9679-408f346de14b',
      organization_id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
      email: 'email@example.com',
      // The example writes the number inside quotes; the quotes go, the digits stay.
      phones: [{ number: '+44 1234 234567', purpose: 'main', sms: false }],
      address: { address_1: '1-30 Main Street, MyVillage', postal_code: 'ABC 1234', city: 'MyCity', country: 'US' },
      schedule: { timezone: 'Europe/London', hours: [{ byday: 'TH,FR', opens_at: '10:00', closes_at: '18:00' }] },
    });
    expect(service!.texts.en).toMatchObject({ name: 'Community Counselling', required_documents: [expect.stringContaining('identification document')], accessibility: expect.stringContaining('induction loops') });
    expect(directory!.organizations[0]!.texts.en!.name).toBe('Example Organization Inc.');
    // Its latitude (100) is off the globe: no map rather than a wrong one, and said.
    expect(service!.address!.latitude).toBeUndefined();
    expect(findings.map(formatFinding)).toContainEqual(expect.stringMatching(/latitude: can't read the latitude "100"/));
  });

  it('a page of /services (service_list.json) imports its service with its organization', async () => {
    const { directory, findings } = await read('service_list.json');
    expect(errors(findings)).toEqual([]);
    expect(directory!.services.map((s) => s.texts.en!.name)).toEqual(['Community Counselling']);
    expect(directory!.organizations.map((o) => o.texts.en!.name)).toEqual(['Example Organization Inc.']);
  });

  it('hours that ended before today are left out, with a warning naming them', async () => {
    const { directory, findings } = await read('service_full.json', '2026-01-01');
    expect(directory!.services[0]!.schedule.hours).toEqual([]);
    expect(findings.map(formatFinding)).toContain('service_full.json schedules[0], valid_to: these hours ended on 2005-01-01; they are left out.');
  });

  it('a list of taxonomy terms alone is no directory: refused rather than publishing one without services', async () => {
    const { directory, findings } = await read('taxonomy_term_list.json');
    expect(directory).toBeUndefined();
    expect(errors(findings)).toEqual(["There is no active service in the file; a directory needs at least one. Is this the right file?"]);
  });

  it('publishes: the example becomes the directory devices download', async () => {
    const server = await testServer();
    try {
      const { directory } = await read('service_full.json');
      const applied = await applyDirectory(server.sql, directory!, true, 'official example');
      expect(applied.changes.services.added).toEqual(['ac148810-d857-441c-9679-408f346de14b']);
      expect(applied.version).toBe(applied.before! + 1);
      expect((await readDirectory(server.sql)).services.map((s) => s.id)).toEqual(['ac148810-d857-441c-9679-408f346de14b']);
      const page = await server.fetch('/api/v1/directory?locales=en');
      expect(JSON.stringify(await page.json())).toContain('Community Counselling');
    } finally {
      await server.close();
    }
  });
});
