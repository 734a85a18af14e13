// The inbox pages' calls to /api/v1/staff (src/server/staff/inbox-api.ts), through staffFetch
// (the session's CSRF token, sign-in on 401): one place that knows the paths.
import { staffFetch } from '../api';
import type { AttemptMethod, CloseOutcome, FiguresAnswer, InboxPage, MistakeReport, OpenedRequest } from './types';

export interface InboxQuery {
  service: string;
  state: string;
  page: number;
}

const search = (query: Record<string, string | number | undefined>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
};

export const listRequests = (query: InboxQuery) => staffFetch<InboxPage>(`/requests${search({ service: query.service, state: query.state, page: query.page > 1 ? query.page : undefined })}`);

const post = <T>(path: string, body?: unknown) => staffFetch<T>(path, { method: 'POST', body });

export const openRequest = (id: string) => post<OpenedRequest>(`/requests/${encodeURIComponent(id)}/open`);
export const recordAttempt = (id: string, method: AttemptMethod) => post<OpenedRequest>(`/requests/${encodeURIComponent(id)}/attempt`, { method });
export const markContacted = (id: string) => post<OpenedRequest>(`/requests/${encodeURIComponent(id)}/contacted`);
export const closeRequest = (id: string, outcome: CloseOutcome) => post<OpenedRequest>(`/requests/${encodeURIComponent(id)}/close`, { outcome });
export const saveNote = (id: string, note: string) => post<unknown>(`/requests/${encodeURIComponent(id)}/note`, { note });

/** An organisation's figures; all organisations' (administrators) without one. */
export const loadFigures = (organizationId?: string) => staffFetch<FiguresAnswer>(`/figures${search({ organization_id: organizationId })}`);
export const listReports = (state: 'open' | 'closed') => staffFetch<{ items: MistakeReport[] }>(`/reports?state=${state}`);
export const closeReport = (id: string) => post<unknown>(`/reports/${encodeURIComponent(id)}/close`);
