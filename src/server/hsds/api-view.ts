// One published directory version as the HSDS API sees it: the tables, nested on demand, with
// what the filters need (search text, terms, Ponte ids) indexed once per version.
import { fold } from '../../shared/fold';
import { HsdsNester } from './hsds-nest';
import type { HsdsTableName, Row, Tables } from './tables';

export class HsdsView {
  readonly nester: HsdsNester;
  private readonly searchText = new Map<Row, string>();
  private readonly ponteIds = new Map<string, string>();
  private readonly modifiedAt = new Map<Row, number>();

  /** `lastModified`: each service's last_modified by HSDS id (api-modified.ts). */
  constructor(tables: Tables, lastModified: ReadonlyMap<string, string> = new Map()) {
    // Written into the rows, so every service the nester makes carries it: in lists, alone, and
    // inside its organization.
    for (const row of tables.services?.rows ?? []) {
      const date = lastModified.get(row.values.id ?? '');
      if (date) {
        row.values.last_modified = date;
        this.modifiedAt.set(row, Date.parse(date));
      }
    }
    this.nester = new HsdsNester(tables);
    // Printed links and QR codes carry Ponte's own ids (night-shelter): they find the record too.
    for (const row of tables.ponte_ids?.rows ?? []) {
      const { link_entity, link_id, ponte_id } = row.values;
      if (link_entity && link_id && ponte_id) this.ponteIds.set(`${link_entity}/${ponte_id}`, link_id);
    }
  }

  /** A record by its HSDS id or, for services and organizations, its Ponte id. */
  find(table: HsdsTableName, entity: string, id: string): Row | undefined {
    return this.nester.byId(table, id) ?? this.nester.byId(table, this.ponteIds.get(`${entity}/${id}`) ?? '');
  }

  services(q: { search?: string; organization_id?: string; taxonomy_term_id?: string; taxonomy_id?: string; modified_after?: number }): Row[] {
    let rows = this.nester.rows('services');
    if (q.modified_after !== undefined) {
      // "On or after", as the standard's OpenAPI has it: a tool passing the newest last_modified it
      // saw gets that service again rather than missing one changed in the same instant.
      const after = q.modified_after;
      rows = rows.filter((s) => (this.modifiedAt.get(s) ?? Infinity) >= after);
    }
    if (q.organization_id !== undefined) {
      const organization = this.find('organizations', 'organization', q.organization_id);
      // Filters narrow what earlier ones left: with modified_after, only this organisation's changes.
      rows = organization ? rows.filter((s) => s.values.organization_id === organization.values.id) : [];
    }
    if (q.taxonomy_term_id !== undefined) {
      const term = q.taxonomy_term_id;
      rows = rows.filter((s) => this.termsOf(s).some((t) => t.values.id === term));
    }
    if (q.taxonomy_id !== undefined) {
      const taxonomy = q.taxonomy_id;
      rows = rows.filter((s) => this.termsOf(s).some((t) => t.values.taxonomy_id === taxonomy));
    }
    return this.search(rows, q.search, (s) => [this.nester.byId('organizations', s.values.organization_id ?? '')?.values.name]);
  }

  /** A service as `minimal=true` lists it: what a syncing tool needs to know what to fetch. */
  minimalService(row: Row): { id: string; last_modified?: string } {
    const { id = '', last_modified } = row.values;
    return last_modified ? { id, last_modified } : { id };
  }

  organizations(search?: string): Row[] {
    return this.search(this.nester.rows('organizations'), search);
  }

  taxonomies(search?: string): Row[] {
    return this.search(this.nester.rows('taxonomies'), search);
  }

  taxonomyTerms(q: { search?: string; taxonomy_id?: string; parent_id?: string; top_only?: boolean }): Row[] {
    const rows = this.nester
      .rows('taxonomy_terms')
      .filter(
        (t) =>
          (q.taxonomy_id === undefined || t.values.taxonomy_id === q.taxonomy_id) &&
          (q.parent_id === undefined || t.values.parent_id === q.parent_id) &&
          (!q.top_only || !t.values.parent_id),
      );
    return this.search(rows, q.search, (t) => [t.values.code]);
  }

  /** The taxonomy terms a service's attributes name. */
  private termsOf(service: Row): Row[] {
    return this.nester
      .linked('attributes', 'link_id', service.values.id!)
      .map((a) => this.nester.byId('taxonomy_terms', a.values.taxonomy_term_id ?? ''))
      .filter((t): t is Row => t !== undefined);
  }

  /** Rows holding every word of `search` (accents and case aside) in their name or description. */
  private search(rows: Row[], search: string | undefined, more: (row: Row) => (string | undefined)[] = () => []): Row[] {
    const words = fold(search ?? '').split(/\s+/).filter(Boolean);
    if (words.length === 0) return rows;
    const textOf = (row: Row) => {
      let text = this.searchText.get(row);
      if (text === undefined) {
        const { name, alternate_name, description } = row.values;
        text = fold([name, alternate_name, description, ...more(row)].filter(Boolean).join(' '));
        this.searchText.set(row, text);
      }
      return text;
    };
    return rows.filter((row) => words.every((w) => textOf(row).includes(w)));
  }
}
