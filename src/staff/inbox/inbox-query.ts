// The inbox's filters and page live in the address (/staff?service=…&state=…&page=…): a staff
// member can bookmark a view, reload it, or send it to a colleague. Only the service's id, a
// state and a number are there: nothing personal.
import { LIST_STATES, type ListState } from './types';

export interface InboxView {
  service: string;
  state: ListState | '';
  page: number;
}

/** The view an address asks for; anything unknown falls back to "all", page 1. */
export function viewFromQuery(query: Record<string, string | undefined>): InboxView {
  const state = LIST_STATES.includes(query.state as ListState) ? (query.state as ListState) : '';
  const page = Number(query.page);
  return {
    service: /^[a-z0-9][a-z0-9-]{0,79}$/.test(query.service ?? '') ? query.service! : '',
    state,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address of a view: only what differs from the default, so /staff is "everything, page 1". */
export function inboxHref(view: InboxView): string {
  const params = new URLSearchParams();
  if (view.service) params.set('service', view.service);
  if (view.state) params.set('state', view.state);
  if (view.page > 1) params.set('page', String(view.page));
  const text = params.toString();
  return text ? `/staff?${text}` : '/staff';
}

/** The page numbers to offer: the first, the last, and two either side of the current one;
 *  null where numbers are left out ("…"). */
export function pageNumbers(page: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of shown) {
    const last = out.at(-1);
    if (typeof last === 'number' && n - last > 1) out.push(null);
    out.push(n);
  }
  return out;
}
