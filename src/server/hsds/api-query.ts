// The query parameters of the HSDS API (schema/openapi.json's components.parameters), checked
// before anything is built: a wrong one is a 400 saying what to send instead, never a silently
// ignored filter (a tool would take an unfiltered list for a filtered one).

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 500;
/** `minimal=true` items are tiny ({id, last_modified}) and the standard asks to "aim to return all
 *  services within one call": one page holds far more than any city's directory, by default. */
export const MAX_MINIMAL_PER_PAGE = 50_000;

export interface QuerySpec {
  /** Text parameters this route takes (search, organization_id…). */
  strings?: readonly string[];
  /** true/false parameters (full, top_only…). */
  booleans?: readonly string[];
  /** Date-time parameters (modified_after): a time in milliseconds once read. */
  dates?: readonly string[];
  /** A list: page, per_page and format are taken too. */
  paginated?: boolean;
}

export interface Query {
  page: number;
  perPage: number;
  strings: Record<string, string | undefined>;
  booleans: Record<string, boolean>;
  dates: Record<string, number | undefined>;
}

/** The query, or the message of a 400. */
export function readQuery(params: URLSearchParams, spec: QuerySpec): Query | { error: string } {
  const paging = spec.paginated ? ['page', 'per_page', 'format'] : [];
  const known = [...paging, ...(spec.strings ?? []), ...(spec.booleans ?? []), ...(spec.dates ?? [])];
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
  const booleans: Record<string, boolean> = {};
  for (const name of spec.booleans ?? []) {
    const v = params.get(name);
    if (v !== null && v !== 'true' && v !== 'false') return { error: `"${name}" must be true or false, not ${quoted(v)}.` };
    booleans[name] = v === 'true';
  }
  if (booleans.minimal && booleans.full) return { error: '"minimal" (just ids and dates) and "full" (everything nested) ask for opposite answers: give one of them.' };
  const page = params.get('page') ?? '1';
  if (!/^\d{1,6}$/.test(page) || Number(page) < 1) return { error: `"page" must be a whole number from 1 (the first page), not ${quoted(page)}.` };
  const maxPerPage = booleans.minimal ? MAX_MINIMAL_PER_PAGE : MAX_PER_PAGE;
  const perPage = params.get('per_page') ?? String(booleans.minimal ? MAX_MINIMAL_PER_PAGE : DEFAULT_PER_PAGE);
  if (!/^\d{1,6}$/.test(perPage) || Number(perPage) < 1 || Number(perPage) > maxPerPage) {
    return { error: `"per_page" must be a whole number from 1 to ${maxPerPage}, not ${quoted(perPage)}.` };
  }
  const dates: Record<string, number | undefined> = {};
  for (const name of spec.dates ?? []) {
    const v = params.get(name);
    if (v === null) continue;
    const time = readDateTime(v);
    if (time === undefined) {
      return { error: `"${name}" must be a date-time such as 2026-03-15T10:30:00Z (or with an offset: 2026-03-15T11:30:00+01:00) or a date such as 2026-03-15 (from its start, in UTC), not ${quoted(v)}.` };
    }
    dates[name] = time;
  }
  const strings = Object.fromEntries((spec.strings ?? []).map((name) => [name, params.get(name) ?? undefined]));
  return { page: Number(page), perPage: Number(perPage), strings, booleans, dates };
}

// RFC 3339: a date, or a date-time with its zone (Z or an offset). A '+' left unencoded in a query
// string arrives as a space (form encoding): taken for the '+' it was, so "…T11:30:00+01:00" pasted
// into a URL works. A time without a zone is refused: it would be read in some unknown zone.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+\- ])(\d{2}):(\d{2})))?$/;

/** The time (milliseconds, UTC) a date or date-time names, or undefined when it names none. */
export function readDateTime(text: string): number | undefined {
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((n) => Number(n ?? 0));
  const utc = Date.UTC(year!, month! - 1, day!, hour, minute, second);
  const back = new Date(utc);
  // Date.UTC rolls 2026-02-30 over into March: a date that comes back different does not exist.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month! - 1 || back.getUTCDate() !== day || back.getUTCHours() !== hour || back.getUTCMinutes() !== minute || back.getUTCSeconds() !== second) return undefined;
  const offsetHours = Number(m[10] ?? 0);
  const offsetMinutes = Number(m[11] ?? 0);
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  const offset = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  // Milliseconds are what last_modified carries; finer digits are dropped (the filter keeps "on or
  // after", so a dropped fraction can only keep a service in, never leave one out).
  const millis = Number((m[7] ?? '').slice(0, 3).padEnd(3, '0'));
  return utc + millis - offset;
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
