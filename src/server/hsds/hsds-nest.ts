// Rows of HSDS's tables → nested HSDS 3.0 objects, as the standard's JSON Schemas and API
// describe them (service.json, organization.json…): numbers as numbers, empty cells left out,
// the arrays of a full object always present. The inverse of hsds-flatten.ts, along the same
// edges (hsds-shape.ts). Used by the JSON export and the HSDS API.
import { EDGES, NUMBER_COLUMNS, TABLE_OF, UNUSED_ARRAYS, type Kind } from './hsds-shape';
import { RowLinks, TABLE_COLUMNS, type HSDS_TABLES, type HsdsTableName, type Row, type Tables } from './tables';

type NumberField = 'year_incorporated' | 'latitude' | 'longitude' | 'extension' | 'timezone' | 'count' | 'interval' | 'minimum_age' | 'maximum_age';
/** The scalar fields of an HSDS object: its table's columns, all optional but the id. */
type Scalars<T extends HsdsTableName> = { id: string } & { [K in Exclude<(typeof HSDS_TABLES)[T][number], 'id'>]?: K extends NumberField ? number : string };

export type HsdsTaxonomy = Scalars<'taxonomies'>;
export type HsdsTaxonomyTerm = Scalars<'taxonomy_terms'> & { taxonomy_detail?: HsdsTaxonomy };
export type HsdsAttribute = Scalars<'attributes'> & { taxonomy_term?: HsdsTaxonomyTerm };
type WithAttributes = { attributes?: HsdsAttribute[] };
export type HsdsLanguage = Scalars<'languages'> & WithAttributes;
export type HsdsPhone = Scalars<'phones'> & WithAttributes & { languages?: HsdsLanguage[] };
export type HsdsSchedule = Scalars<'schedules'> & WithAttributes;
export type HsdsAddress = Scalars<'addresses'> & WithAttributes;
export type HsdsAccessibility = Scalars<'accessibility'> & WithAttributes;
export type HsdsRequiredDocument = Scalars<'required_documents'> & WithAttributes;
export type HsdsLocation = Scalars<'locations'> &
  WithAttributes & { languages?: HsdsLanguage[]; addresses?: HsdsAddress[]; accessibility?: HsdsAccessibility[]; phones?: HsdsPhone[]; schedules?: HsdsSchedule[]; contacts?: [] };
export type HsdsServiceAtLocation = Scalars<'service_at_locations'> & WithAttributes & { phones?: HsdsPhone[]; schedules?: HsdsSchedule[]; location?: HsdsLocation; contacts?: [] };
export type HsdsOrganization = Scalars<'organizations'> &
  WithAttributes & { phones?: HsdsPhone[]; locations?: HsdsLocation[]; services?: HsdsService[]; funding?: []; contacts?: []; programs?: []; organization_identifiers?: []; metadata?: [] };
export type HsdsService = Scalars<'services'> &
  WithAttributes & {
    phones?: HsdsPhone[];
    schedules?: HsdsSchedule[];
    service_at_locations?: HsdsServiceAtLocation[];
    languages?: HsdsLanguage[];
    organization?: HsdsOrganization;
    required_documents?: HsdsRequiredDocument[];
    service_areas?: [];
    funding?: [];
    cost_options?: [];
    contacts?: [];
    metadata?: [];
  };

type Json = Record<string, unknown>;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** Nests the rows of one set of tables; lookups are indexed once, on first use. */
export class HsdsNester {
  private readonly ids = new Map<HsdsTableName, Map<string, Row>>();
  private readonly links = new RowLinks((table) => this.tables[table]?.rows ?? []);

  constructor(readonly tables: Tables) {}

  rows(table: HsdsTableName): Row[] {
    return this.tables[table]?.rows ?? [];
  }

  byId(table: HsdsTableName, id: string): Row | undefined {
    let index = this.ids.get(table);
    if (!index) {
      index = new Map();
      for (const row of this.rows(table)) if (row.values.id && !index.has(row.values.id)) index.set(row.values.id, row);
      this.ids.set(table, index);
    }
    return index.get(id);
  }

  /** The rows of `table` whose `column` is `value` (a service's phones: phones by service_id). */
  linked(table: HsdsTableName, column: string, value: string): Row[] {
    return this.links.get(table, column, value);
  }

  /** A full service: everything nested, its organization with its own fields only. */
  service(row: Row, full = true): HsdsService {
    if (!full) {
      const organization = this.byId('organizations', row.values.organization_id ?? '');
      return { ...this.scalars('service', row), ...(organization ? { organization: this.scalars('organization', organization) } : {}) } as HsdsService;
    }
    return this.full('service', row, true) as HsdsService;
  }

  /** An organization; full: its phones, locations and services (listed, or full with fullServices). */
  organization(row: Row, full = true, fullServices = false): HsdsOrganization {
    if (!full) return this.scalars('organization', row) as HsdsOrganization;
    const services = this.linked('services', 'organization_id', row.values.id!).map((s) => {
      // Its services are inside it: each without a copy of the organization.
      const { organization: _, ...service } = this.service(s, fullServices);
      return service;
    });
    return { ...this.full('organization', row, true), services } as HsdsOrganization;
  }

  taxonomyTerm(row: Row): HsdsTaxonomyTerm {
    return this.full('taxonomy_term', row, false) as HsdsTaxonomyTerm;
  }

  taxonomy(row: Row): HsdsTaxonomy {
    return this.scalars('taxonomy', row) as HsdsTaxonomy;
  }

  /** The object's own fields in its table's column order: numbers as numbers, '' left out. */
  private scalars(kind: Kind, row: Row): Json {
    const table = TABLE_OF[kind];
    const out: Json = {};
    for (const column of TABLE_COLUMNS[table]) {
      const v = row.values[column];
      if (v === undefined || v === '') continue;
      out[column] = NUMBER_COLUMNS.has(`${table}.${column}`) && NUMBER.test(v.trim()) ? Number(v) : v;
    }
    return out;
  }

  private full(kind: Kind, row: Row, top: boolean): Json {
    const out = this.scalars(kind, row);
    const id = row.values.id ?? '';
    for (const edge of EDGES[kind]) {
      const table = TABLE_OF[edge.kind];
      // Edges back up the tree are only read: a service inside its service_at_location, the
      // services of an organization (organization() lists them).
      if ((kind === 'service_at_location' && edge.field === 'service') || (kind === 'organization' && edge.field === 'services')) continue;
      if (edge.how === 'one') {
        const target = this.byId(table, row.values[edge.link] ?? '');
        if (!target) continue;
        out[edge.field] = kind === 'service' ? this.scalars(edge.kind, target) : this.full(edge.kind, target, false);
      } else {
        // An attribute is found by its link_id alone: ids are UUIDs, unique across tables, and
        // link_entity's values vary between publishers ("service", "services"…).
        out[edge.field] = this.linked(table, edge.link, id).map((c) => this.full(edge.kind, c, false));
      }
    }
    // Parts of the standard Ponte has none of: present and empty for a reader that expects them.
    for (const field of UNUSED_ARRAYS[kind] ?? []) if (top || field !== 'metadata') out[field] = [];
    return out;
  }
}

export const nestServices = (tables: Tables, options: { full?: boolean } = {}): HsdsService[] => {
  const nester = new HsdsNester(tables);
  return nester.rows('services').map((row) => nester.service(row, options.full ?? true));
};

export const nestOrganizations = (tables: Tables, options: { full?: boolean; fullServices?: boolean } = {}): HsdsOrganization[] => {
  const nester = new HsdsNester(tables);
  return nester.rows('organizations').map((row) => nester.organization(row, options.full ?? true, options.fullServices));
};

export const nestTaxonomies = (tables: Tables): HsdsTaxonomy[] => {
  const nester = new HsdsNester(tables);
  return nester.rows('taxonomies').map((row) => nester.taxonomy(row));
};

export const nestTaxonomyTerms = (tables: Tables): HsdsTaxonomyTerm[] => {
  const nester = new HsdsNester(tables);
  return nester.rows('taxonomy_terms').map((row) => nester.taxonomyTerm(row));
};
