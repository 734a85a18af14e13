// What the inbox API answers (staff-contract.md, src/server/staff/inbox-api.ts): the pages read
// these shapes and nothing else.
import type { ContactDetails, ContactMethod } from '../../shared/contact-request';

export const REQUEST_STATES = ['new', 'opened', 'contacted', 'closed'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];
/** The inbox's state filter: the states, and the requests late or due within 4 hours. */
export const LIST_STATES = [...REQUEST_STATES, 'late', 'due_soon'] as const;
export type ListState = (typeof LIST_STATES)[number];
export const OUTCOMES = ['helped', 'referred', 'not_eligible', 'unreachable'] as const;
/** What staff choose when closing; 'withdrawn' is the person's own doing, never chosen here. */
export type CloseOutcome = (typeof OUTCOMES)[number];
export type Outcome = CloseOutcome | 'withdrawn';
export type AttemptMethod = Exclude<ContactMethod, 'visit'>;

export interface InboxCounts {
  all: number;
  new: number;
  opened: number;
  contacted: number;
  closed: number;
  late: number;
  due_soon: number;
}

export interface InboxItem {
  id: string;
  reference: string;
  service_id: string;
  service_name: string;
  received_at: string;
  due_at: string;
  state: RequestState;
  outcome: Outcome | null;
  late: boolean;
  due_soon: boolean;
}

export interface InboxPage {
  counts: InboxCounts;
  services: { id: string; name: string }[];
  page: number;
  pages: number;
  items: InboxItem[];
}

/** The person's details as the server shows them to staff: all but the consent (always given). */
export type RequestDetails = Omit<ContactDetails, 'consent'>;

export interface OpenedRequest {
  id: string;
  reference: string;
  service_id: string;
  service_name: string;
  /** The city's own name of the service, when service_name is a translation that differs. */
  service_own_name?: string | null;
  received_at: string;
  due_at: string;
  state: RequestState;
  outcome: Outcome | null;
  opened_at: string | null;
  contacted_at: string | null;
  closed_at: string | null;
  attempts: { at: string; method: AttemptMethod }[];
  details: RequestDetails | null;
  details_erased: boolean;
  /** When the details were erased, if the server says (not in the contract's first shape). */
  details_erased_at?: string | null;
  /** Days details are kept after closing (the server's setting), if the server says. */
  retention_closed_days?: number;
  note: string;
}

export interface FiguresAnswer {
  services: {
    service_id: string;
    service_name: string;
    organization_id: string;
    organization_name?: string;
    received: number;
    answered_within_promise_pct: number | null;
    median_hours_to_first_contact: number | null;
  }[];
}

export const REPORT_REASONS = ['phone', 'moved', 'hours', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export interface MistakeReport {
  id: string;
  service_id: string;
  service_name: string;
  organization_id: string;
  /** The organisation's name in the page's language: in administrators' lists (all organisations) only. */
  organization_name?: string;
  reason: ReportReason;
  details: string;
  received_at: string;
  closed_at: string | null;
}

export const NOTE_MAX = 500;
