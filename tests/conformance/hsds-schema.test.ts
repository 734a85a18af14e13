// Conformance with the HSDS 3.0 standard: the JSON export of the demo directory and every kind
// of answer of the HSDS API, validated against the official JSON Schemas (../shared/hsds/schema,
// beside the repository in CI). On a fresh clone without that folder the test is skipped, loudly.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDirectory } from '../../src/server/directory-store';
import { HSDS_API_PREFIX } from '../../src/server/hsds/api';
import { nestOrganizations, nestServices, nestTaxonomyTerms, readHsdsJson } from '../../src/server/hsds/hsds-json';
import { directoryToTables } from '../../src/server/hsds/directory-to-tables';
import { writeJsonPackage } from '../../src/server/hsds/json-write';
import type { Tables } from '../../src/server/hsds/tables';
import { testServer } from '../helpers/server';

const HSDS = resolve(import.meta.dirname, '../..', '../shared/hsds');
const present = existsSync(join(HSDS, 'schema'));
if (!present) {
  console.warn(
    [
      '',
      '#'.repeat(78),
      `#  HSDS CONFORMANCE SKIPPED: ${HSDS} is missing.`,
      '#  The export and the HSDS API were NOT checked against the official schemas.',
      '#  Put the HSDS 3.0 reference files (schema/*.json) there to run this test.',
      '#'.repeat(78),
      '',
    ].join('\n'),
  );
}

/** Every schema of the standard, each under its file name, so that `$ref: "phone.json"` finds it. */
function officialSchemas() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv, ['uuid', 'uri', 'email', 'date-time']);
  for (const file of readdirSync(join(HSDS, 'schema'))) {
    if (!file.endsWith('.json') || file === 'openapi.json') continue;
    ajv.addSchema(JSON.parse(readFileSync(join(HSDS, 'schema', file), 'utf8')), file);
  }
  const openapi = JSON.parse(readFileSync(join(HSDS, 'schema', 'openapi.json'), 'utf8'));
  const page = ajv.compile(openapi.components.schemas.Page);
  // `minimal=true` items are "just service 'id' and 'modified_date'" (the OpenAPI's words; the date
  // field of service.json is last_modified): they cannot pass service.json, which requires name and
  // status, so they are held to what the OpenAPI promises, with service.json's own definitions.
  const service = JSON.parse(readFileSync(join(HSDS, 'schema', 'service.json'), 'utf8'));
  const minimalService = ajv.compile({
    type: 'object',
    required: ['id', 'last_modified'],
    properties: { id: service.properties.id, last_modified: service.properties.last_modified },
    additionalProperties: false,
  });
  return { schema: (file: string): ValidateFunction => ajv.getSchema(file)!, page, minimalService };
}

const describeErrors = (errors: ErrorObject[] | null | undefined) => (errors ?? []).map((e) => `${e.instancePath || '(top)'} ${e.message}${e.params && 'allowedValues' in e.params ? ` ${JSON.stringify(e.params.allowedValues)}` : ''}`);

/** Each object's violations, as "<schema> <id>: <path> <message>", so a failure names them all. */
function violations(validate: ValidateFunction, objects: unknown[], label: string): string[] {
  const out: string[] = [];
  for (const o of objects) {
    if (!validate(o)) out.push(...describeErrors(validate.errors).map((e) => `${label} ${(o as { id?: string }).id ?? '?'}: ${e}`));
  }
  return out;
}

describe.skipIf(!present)('HSDS 3.0 conformance (official JSON Schemas)', () => {
  let schemas: ReturnType<typeof officialSchemas>;
  let server: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    schemas = officialSchemas();
    server = await testServer();
  });
  afterAll(() => server?.close());

  it('the schemas reject what is invalid, so a pass means something', () => {
    const service = schemas.schema('service.json');
    const valid = { id: 'ac148810-d857-441c-9679-408f346de14b', name: 'Counselling', status: 'active' };
    expect(service(valid)).toBe(true);
    const { name: _, ...nameless } = valid;
    expect(service(nameless)).toBe(false);
    expect(describeErrors(service.errors)).toEqual(["(top) must have required property 'name'"]);
    // Nested objects are checked through $ref by file name, and formats are asserted.
    expect(service({ ...valid, phones: [{ id: 'not-a-uuid' }] })).toBe(false);
    expect(describeErrors(service.errors).sort()).toEqual(["/phones/0 must have required property 'number'", '/phones/0/id must match format "uuid"']);
  });

  it('the JSON export of the demo directory validates', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'ponte-hsds-json-'));
    try {
      await writeJsonPackage(folder, directoryToTables(await readDirectory(server.sql)));
      const read = async (name: string) => JSON.parse(await readFile(join(folder, name), 'utf8')) as unknown[];
      const services = await read('services.json');
      expect(services.length).toBeGreaterThan(0);
      const found = [
        ...violations(schemas.schema('service.json'), services, 'services.json'),
        ...violations(schemas.schema('organization.json'), await read('organizations.json'), 'organizations.json'),
        ...violations(schemas.schema('taxonomy.json'), await read('taxonomies.json'), 'taxonomies.json'),
        ...violations(schemas.schema('taxonomy_term.json'), await read('taxonomy_terms.json'), 'taxonomy_terms.json'),
      ];
      expect(found).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  const get = async (path: string) => {
    const res = await server.fetch(`${HSDS_API_PREFIX}${path}`);
    expect(res.status, path).toBe(200);
    return res.json();
  };
  /** Every item of every page of a list, each page checked against the standard's Page. */
  const allPages = async (path: string) => {
    const items: { id: string; organization_id?: string }[] = [];
    for (let page = 1; ; page++) {
      const answer = await get(`${path}${path.includes('?') ? '&' : '?'}page=${page}&per_page=20`);
      expect(schemas.page(answer), describeErrors(schemas.page.errors).join('; ')).toBe(true);
      items.push(...answer.contents);
      if (answer.last_page) return items;
    }
  };

  it('every kind of answer of the HSDS API validates', async () => {
    const services = await allPages('/services');
    const fullServices = await allPages('/services?full=true');
    const minimalServices = await allPages('/services?minimal=true');
    const changedServices = await allPages('/services?modified_after=2000-01-01');
    // Every service says when it last changed (checked as a date-time by the schemas below).
    expect(services.filter((s) => !('last_modified' in s))).toEqual([]);
    const organizations = await allPages('/organizations');
    const taxonomies = await allPages('/taxonomies');
    const terms = await allPages('/taxonomy_terms');
    for (const list of [services, minimalServices, changedServices, organizations, taxonomies, terms]) expect(list.length).toBeGreaterThan(0);
    const organization = await get(`/organizations/${services[0]!.organization_id}?full_service=true`);
    expect(organization.services.length).toBeGreaterThan(0);
    const found = [
      ...violations(schemas.schema('service.json'), services, '/services'),
      ...violations(schemas.schema('service.json'), fullServices, '/services?full=true'),
      ...violations(schemas.minimalService, minimalServices, '/services?minimal=true'),
      ...violations(schemas.schema('service.json'), changedServices, '/services?modified_after'),
      ...violations(schemas.schema('service.json'), [await get(`/services/${services[0]!.id}`)], '/services/{id}'),
      ...violations(schemas.schema('organization.json'), organizations, '/organizations'),
      ...violations(schemas.schema('organization.json'), [organization], '/organizations/{id}'),
      // The standard's organization schema has no `services`; its API nests them: each is a service.
      ...violations(schemas.schema('service.json'), organization.services, '/organizations/{id} services'),
      ...violations(schemas.schema('taxonomy.json'), taxonomies, '/taxonomies'),
      ...violations(schemas.schema('taxonomy.json'), [await get(`/taxonomies/${taxonomies[0]!.id}`)], '/taxonomies/{id}'),
      ...violations(schemas.schema('taxonomy_term.json'), terms, '/taxonomy_terms'),
      ...violations(schemas.schema('taxonomy_term.json'), [await get(`/taxonomy_terms/${terms[0]!.id}`)], '/taxonomy_terms/{id}'),
    ];
    expect(found).toEqual([]);
  });

  // The parts of the standard Ponte keeps nothing of, and a service's organization reduced to its
  // own fields (as Ponte nests it): what flattening and nesting an example must give back.
  const UNUSED = new Set(['contacts', 'funding', 'cost_options', 'program', 'programs', 'service_areas', 'metadata', 'organization_identifiers']);
  const kept = (value: unknown, key = ''): unknown => {
    if (Array.isArray(value)) return value.map((v) => kept(v));
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value).filter(([k]) => !UNUSED.has(k));
    const own = key === 'organization' ? entries.filter(([, v]) => typeof v !== 'object') : entries;
    return Object.fromEntries(own.map(([k, v]) => [k, kept(v, k)]));
  };
  const rowsOf = (tables: Tables) => Object.fromEntries(Object.entries(tables).map(([name, table]) => [name, table!.rows.map((r) => r.values)]));

  it.each(['service_full.json', 'service_list.json', 'organization_full.json', 'service_at_location_full.json', 'taxonomy_term_list.json'])(
    'reads the official example %s, and nests it back valid and whole',
    async (example) => {
      const { tables, findings } = await readHsdsJson(join(HSDS, 'examples', example));
      expect(findings).toEqual([]);
      const services = nestServices(tables);
      const found = [
        ...violations(schemas.schema('service.json'), services, 'service'),
        ...violations(schemas.schema('organization.json'), nestOrganizations(tables), 'organization'),
        ...violations(schemas.schema('taxonomy_term.json'), nestTaxonomyTerms(tables), 'taxonomy_term'),
      ];
      expect(found).toEqual([]);
      // Nesting loses nothing flattening kept: flattened again, the same rows.
      const folder = await mkdtemp(join(tmpdir(), 'ponte-hsds-example-'));
      try {
        await writeJsonPackage(folder, tables);
        const again = await readHsdsJson(folder);
        expect(again.findings).toEqual([]);
        expect(rowsOf(again.tables)).toEqual(rowsOf(tables));
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
      if (example === 'service_full.json') {
        const original = JSON.parse(await readFile(join(HSDS, 'examples', example), 'utf8'));
        expect(services).toMatchObject([kept(original)]);
      }
    },
  );
});
