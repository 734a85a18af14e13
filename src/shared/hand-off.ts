// A request delivered on a library's computer, handed to the person's own phone by a QR code:
// its id, service, reference, time and promised response, nothing personal. In the address's
// fragment, which browsers never send to a server. Also its status token when it has one, so
// the phone can follow what the service does (43 characters more: the code stays easy to scan);
// the kiosk shows the code only until "Done" or the end of the session, then forgets the token.
import * as v from 'valibot';
import { ContactReceiptSchema, type ContactReceipt } from './contact-request';
import { STATUS_TOKEN } from './request-status';

export interface HandedRequest {
  id: string;
  service_id: string;
  created_at: string;
  receipt: ContactReceipt;
  status_token?: string;
}

const FOLLOW_PATH = '/follow';

const HandOffSchema = v.object({
  i: v.pipe(v.string(), v.uuid()),
  s: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/)),
  r: ContactReceiptSchema.entries.reference,
  h: v.pipe(v.string(), v.regex(/^\d{1,5}$/), v.transform(Number), ContactReceiptSchema.entries.promised_response_hours),
  t: v.pipe(v.string(), v.isoTimestamp()),
  k: v.optional(v.pipe(v.string(), v.regex(STATUS_TOKEN))),
});

export function handOffUrl(origin: string, request: HandedRequest): string {
  const fields = { i: request.id, s: request.service_id, r: request.receipt.reference, h: String(request.receipt.promised_response_hours), t: request.created_at, ...(request.status_token ? { k: request.status_token } : {}) };
  return `${origin}${FOLLOW_PATH}#${new URLSearchParams(fields)}`;
}

/** The request in a hand-off fragment, or null when it is damaged or incomplete. */
export function readHandOff(fragment: string): HandedRequest | null {
  const parsed = v.safeParse(HandOffSchema, Object.fromEntries(new URLSearchParams(fragment.replace(/^#/, ''))));
  if (!parsed.success) return null;
  const { i, s, r, h, t, k } = parsed.output;
  return { id: i, service_id: s, created_at: t, receipt: { reference: r, promised_response_hours: h, received_at: t }, ...(k ? { status_token: k } : {}) };
}
