// The query parameters of the HSDS API (schema/openapi.json's components.parameters), checked
// before anything is built: a wrong one is a 400 saying what to send instead, never a silently
// ignored filter (a tool would take an unfiltered list for a filtered one).

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 500;

export interface QuerySpec {
  /** Text parameters this route takes (search, organization_id…). */
  strings?: readonly string[];
  /** true/false parameters (full, top_only…). */
  booleans?: readonly string[];
  /** A list: page, per_page and format are taken too. */
  paginated?: boolean;
}

export interface Query {
  page: number;
  perPage: number;
  strings: Record<string, string | undefined>;
  booleans: Record<string, boolean>;
}

/** The query, or the message of a 400. */
export function readQuery(params: URLSearchParams, spec: QuerySpec): Query | { error: string } {
  const paging = spec.paginated ? ['page', 'per_page', 'format'] : [];
  const known = [...paging, ...(spec.strings ?? []), ...(spec.booleans ?? [])];
  for (const name of new Set(params.keys())) {
    if (!known.includes(name)) {
      const takes = known.length ? `It takes only ${known.map((k) => `"${k}"`).join(', ')}.` : 'It takes no parameters.';
      return { error: `Unknown parameter "${name.slice(0, 40)}". ${takes}` };
    }
    if (params.getAll(name).length > 1) return { error: `"${name}" is given more than once. Give it once.` };
  }
  const quoted = (v: string) => JSON.stringify(v.slice(0, 40));
  const format = params.get('format');
  if (format !== null && format !== 'json') return { error: `"format" can only be "json" here, not ${quoted(format)}.` };
  const page = params.get('page') ?? '1';
  if (!/^\d{1,6}$/.test(page) || Number(page) < 1) return { error: `"page" must be a whole number from 1 (the first page), not ${quoted(page)}.` };
  const perPage = params.get('per_page') ?? String(DEFAULT_PER_PAGE);
  if (!/^\d{1,6}$/.test(perPage) || Number(perPage) < 1 || Number(perPage) > MAX_PER_PAGE) {
    return { error: `"per_page" must be a whole number from 1 to ${MAX_PER_PAGE}, not ${quoted(perPage)}.` };
  }
  const booleans: Record<string, boolean> = {};
  for (const name of spec.booleans ?? []) {
    const v = params.get(name);
    if (v !== null && v !== 'true' && v !== 'false') return { error: `"${name}" must be true or false, not ${quoted(v)}.` };
    booleans[name] = v === 'true';
  }
  const strings = Object.fromEntries((spec.strings ?? []).map((name) => [name, params.get(name) ?? undefined]));
  return { page: Number(page), perPage: Number(perPage), strings, booleans };
}

/** A page of a list as the standard's `Page` schema has it, `contents` holding this page's items. */
export function pageOf<R, T>(rows: readonly R[], query: Query, item: (row: R) => T) {
  const total = rows.length;
  const totalPages = Math.ceil(total / query.perPage);
  const contents = rows.slice((query.page - 1) * query.perPage, query.page * query.perPage).map(item);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: query.page,
    size: contents.length,
    first_page: query.page === 1,
    last_page: query.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
