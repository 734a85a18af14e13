// How HSDS 3.0's nested JSON objects map to its tables, in one place for both directions: the
// reader flattens nested objects into rows along these edges (filling the link column from the
// parent), and the writer and the API nest rows back along the very same edges. Taken from
// the standard's JSON Schemas (schema/*.json); only the parts Ponte keeps are edges here.
import type { HsdsTableName } from './tables';

/** An HSDS object kind, named as its schema file is (service.json → 'service'). */
export type Kind =
  | 'service'
  | 'organization'
  | 'location'
  | 'service_at_location'
  | 'phone'
  | 'schedule'
  | 'language'
  | 'address'
  | 'accessibility'
  | 'required_document'
  | 'attribute'
  | 'taxonomy_term'
  | 'taxonomy';

export const TABLE_OF: Record<Kind, HsdsTableName> = {
  service: 'services',
  organization: 'organizations',
  location: 'locations',
  service_at_location: 'service_at_locations',
  phone: 'phones',
  schedule: 'schedules',
  language: 'languages',
  address: 'addresses',
  accessibility: 'accessibility',
  required_document: 'required_documents',
  attribute: 'attributes',
  taxonomy_term: 'taxonomy_terms',
  taxonomy: 'taxonomies',
};

/** The kind of a table's rows (services → service). */
export const kindOfTable = (table: HsdsTableName): Kind => (Object.keys(TABLE_OF) as Kind[]).find((k) => TABLE_OF[k] === table)!;

/**
 * A nested part of an object. `many`: an array of children, each pointing at its parent
 * through `link` (an attribute through `link_id`, with `link_entity` naming the parent's kind).
 * `one`: a single object the parent points at through its own column `link` (a service's
 * `organization` fills the service's `organization_id`).
 */
export type Edge = { field: string; kind: Kind; link: string; how: 'many' | 'one' };

const many = (field: string, kind: Kind, link: string): Edge => ({ field, kind, link, how: 'many' });
const one = (field: string, kind: Kind, link: string): Edge => ({ field, kind, link, how: 'one' });
const attributes = many('attributes', 'attribute', 'link_id');

export const EDGES: Record<Kind, Edge[]> = {
  service: [
    many('phones', 'phone', 'service_id'),
    many('schedules', 'schedule', 'service_id'),
    many('service_at_locations', 'service_at_location', 'service_id'),
    many('languages', 'language', 'service_id'),
    one('organization', 'organization', 'organization_id'),
    many('required_documents', 'required_document', 'service_id'),
    attributes,
  ],
  // `services` is not in organization.json, but the API's full organization (and the official
  // organization_full.json example) carries them.
  organization: [many('phones', 'phone', 'organization_id'), many('locations', 'location', 'organization_id'), attributes, many('services', 'service', 'organization_id')],
  // `service` is in the official service_at_location_full.json example (read, never written).
  service_at_location: [many('phones', 'phone', 'service_at_location_id'), many('schedules', 'schedule', 'service_at_location_id'), one('location', 'location', 'location_id'), attributes, one('service', 'service', 'service_id')],
  location: [
    many('languages', 'language', 'location_id'),
    many('addresses', 'address', 'location_id'),
    many('accessibility', 'accessibility', 'location_id'),
    many('phones', 'phone', 'location_id'),
    many('schedules', 'schedule', 'location_id'),
    attributes,
  ],
  phone: [many('languages', 'language', 'phone_id'), attributes],
  schedule: [attributes],
  language: [attributes],
  address: [attributes],
  accessibility: [attributes],
  required_document: [attributes],
  attribute: [one('taxonomy_term', 'taxonomy_term', 'taxonomy_term_id')],
  taxonomy_term: [one('taxonomy_detail', 'taxonomy', 'taxonomy_id')],
  taxonomy: [],
};

/** Arrays of the standard Ponte keeps nothing of: read past without a word, written empty so
 *  that a reader of Ponte's JSON finds every array its schema names. */
export const UNUSED_ARRAYS: Partial<Record<Kind, readonly string[]>> = {
  service: ['service_areas', 'funding', 'cost_options', 'contacts', 'metadata'],
  organization: ['funding', 'contacts', 'programs', 'organization_identifiers', 'metadata'],
  service_at_location: ['contacts', 'metadata'],
  location: ['contacts', 'metadata'],
  phone: ['metadata'],
  schedule: ['metadata'],
  language: ['metadata'],
  address: ['metadata'],
  accessibility: ['metadata'],
  required_document: ['metadata'],
  attribute: ['metadata'],
  taxonomy_term: ['metadata'],
  taxonomy: ['metadata'],
};

/** Single objects of the standard Ponte keeps nothing of (a service's `program`). */
export const UNUSED_OBJECTS: readonly string[] = ['program'];

/** Columns the schemas type as numbers: strings in the tables, numbers in JSON. */
export const NUMBER_COLUMNS: ReadonlySet<string> = new Set([
  'organizations.year_incorporated',
  'locations.latitude',
  'locations.longitude',
  'phones.extension',
  'schedules.timezone',
  'schedules.count',
  'schedules.interval',
  'services.minimum_age',
  'services.maximum_age',
]);

/** "a service", "an organization": for messages. */
export const aKind = (kind: Kind) => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind.replaceAll('_', ' ')}`;
