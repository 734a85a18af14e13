// What became of a delivered request, as the person's device may know it: asked with the random
// status token only that device holds (the server keeps its SHA-256 only). Nothing personal:
// states, times, the ways staff tried to reach the person, and whether the details are erased.
// Shared by the server that answers (request-status-api.ts) and the device that asks.
import * as v from 'valibot';
import { OFFERED_METHODS } from './contact-request';

export const REQUEST_STATES = ['new', 'opened', 'contacted', 'closed'] as const;
export const REQUEST_OUTCOMES = ['helped', 'referred', 'not_eligible', 'unreachable', 'withdrawn'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number];

const moment = v.nullable(v.pipe(v.string(), v.isoTimestamp()));

export const RequestStatusSchema = v.object({
  state: v.picklist(REQUEST_STATES),
  opened_at: moment,
  contacted_at: moment,
  closed_at: moment,
  outcome: v.nullable(v.picklist(REQUEST_OUTCOMES)),
  attempts: v.array(v.object({ at: v.pipe(v.string(), v.isoTimestamp()), method: v.picklist(OFFERED_METHODS) })),
  details_erased: v.boolean(),
});
export type RequestStatus = v.InferOutput<typeof RequestStatusSchema>;

/** 32 random bytes, base64url (43 characters): the status token. */
export const STATUS_TOKEN = /^[A-Za-z0-9_-]{43}$/;

const base64url = (bytes: Uint8Array) => {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

export function newStatusToken(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/** SHA-256 of the token, base64url (43 characters): all the server ever keeps of it. */
export async function statusTokenHash(token: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token))));
}
