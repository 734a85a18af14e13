// A contact request: what the form collects, the outbox seals and the server opens and checks.
// One validation for all three, returning field codes that the interface turns into sentences.
import * as v from 'valibot';

export const CONTACT_METHODS = ['call', 'sms', 'whatsapp', 'email', 'visit'] as const;
/** How the service may reach the person: what the form offers. 'visit' ("I will go there") is
 *  not a way for them to reach you, so the form no longer offers it (it points to the service's
 *  address and hours instead); it stays valid above for requests sealed by earlier versions,
 *  still waiting on devices or stored at the server. */
export const OFFERED_METHODS = ['call', 'sms', 'whatsapp', 'email'] as const satisfies readonly ContactMethod[];
export const REACH_TIMES = ['morning', 'afternoon', 'evening'] as const;
export const MESSAGE_MAX = 1000;
export const NAME_MAX = 100;

export type ContactMethod = (typeof CONTACT_METHODS)[number];
export type ReachTime = (typeof REACH_TIMES)[number];

/** The personal details: only ever stored sealed. */
export interface ContactDetails {
  method: ContactMethod;
  name: string;
  phone: string;
  email: string;
  reach_times: ReachTime[];
  language: string;
  message: string;
  consent: boolean;
}
export type ContactField = keyof ContactDetails;
export type FieldProblem =
  | 'required'
  | 'too_long'
  | 'invalid_phone'
  | 'invalid_email'
  | 'choose_time'
  | 'consent_required'
  | 'not_offered'
  | 'hidden_characters'
  | 'invalid';
export type FieldProblems = Partial<Record<ContactField, FieldProblem>>;

/** What the service offers, which decides what a valid request is. */
export interface ServiceOffer {
  whatsapp: boolean;
  languages: string[];
}

const PHONE = /^\+?[0-9 ().-]{6,24}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const needsPhone = (m: ContactMethod) => m === 'call' || m === 'sms' || m === 'whatsapp';
// Characters nobody types into a name, pasted or forged to mislead whoever reads it: controls
// (C0, DEL, C1) and the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
// which can show "Amina" while holding other text, or reverse a phone number. In a name also the
// line and paragraph separators (U+2028, U+2029), the zero-width space and byte-order mark
// (U+200B, U+FEFF), interlinear annotations (U+FFF9–U+FFFB) and tag characters (U+E0000–U+E007F).
// The marks (U+200E, U+200F, U+061C) and joiners that right-to-left and other scripts need stay
// allowed, though a name must hold more than them.
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/u;
// A message may have lines and tabs.
const HIDDEN_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// Format characters, spaces and the fillers that draw as blank: a name of only these is empty.
const INVISIBLE = /[\p{Cf}\p{Z}\u115f\u1160\u2800\u3164\uffa0]/gu;

export function validateContactDetails(input: unknown, offer: ServiceOffer): { ok: true; value: ContactDetails } | { ok: false; problems: FieldProblems } {
  const d = (input && typeof input === 'object' ? input : {}) as Partial<Record<ContactField, unknown>>;
  const str = (x: unknown) => (typeof x === 'string' ? x.trim() : '');
  const problems: FieldProblems = {};
  const method = d.method as ContactMethod;
  if (!CONTACT_METHODS.includes(method)) problems.method = 'required';
  else if (method === 'whatsapp' && !offer.whatsapp) problems.method = 'not_offered';

  const name = str(d.name);
  if (!name.replace(INVISIBLE, '')) problems.name = 'required';
  else if (HIDDEN.test(name)) problems.name = 'hidden_characters';
  else if (name.length > NAME_MAX) problems.name = 'too_long';

  const phone = str(d.phone);
  const digits = phone.replace(/\D/g, '').length;
  if (needsPhone(method) && !phone) problems.phone = 'required';
  else if (phone && (!PHONE.test(phone) || digits < 6 || digits > 15)) problems.phone = 'invalid_phone';

  const email = str(d.email);
  if (method === 'email' && !email) problems.email = 'required';
  else if (HIDDEN.test(email)) problems.email = 'hidden_characters';
  else if (email && (!EMAIL.test(email) || email.length > 254)) problems.email = 'invalid_email';

  const times = Array.isArray(d.reach_times) ? d.reach_times : [];
  const reach_times = REACH_TIMES.filter((t) => times.includes(t));
  if (method !== 'visit' && reach_times.length === 0) problems.reach_times = 'choose_time';
  if (times.some((t) => !REACH_TIMES.includes(t as ReachTime))) problems.reach_times = 'invalid';

  const language = str(d.language);
  if (!language) problems.language = 'required';
  else if (!offer.languages.includes(language)) problems.language = 'not_offered';

  const message = typeof d.message === 'string' ? d.message.trim() : '';
  if (HIDDEN_IN_TEXT.test(message)) problems.message = 'hidden_characters';
  else if (message.length > MESSAGE_MAX) problems.message = 'too_long';

  if (d.consent !== true) problems.consent = 'consent_required';

  if (Object.keys(problems).length) return { ok: false, problems };
  return { ok: true, value: { method, name, phone, email, reach_times, language, message, consent: true } };
}

const base64url = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/), v.maxLength(16_000));

/** What travels and what the outbox keeps: the service, the time, and the sealed details. */
export const ContactEnvelopeSchema = v.object({
  service_id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/)),
  created_at: v.pipe(v.string(), v.isoTimestamp()),
  sealed: v.object({ key_id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/)), enc: base64url, ct: base64url }),
  /** SHA-256 (base64url) of the random status token only the device keeps: with the token, and
   *  only with it, the device later asks what became of the request. Absent from older devices. */
  status_token_hash: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/))),
});
export type ContactEnvelope = v.InferOutput<typeof ContactEnvelopeSchema>;

export const ContactReceiptSchema = v.object({
  reference: v.pipe(v.string(), v.regex(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/)),
  promised_response_hours: v.pipe(v.number(), v.integer(), v.minValue(1)),
  received_at: v.string(),
});
export type ContactReceipt = v.InferOutput<typeof ContactReceiptSchema>;

/** Binds the sealed details to their request and service: moved elsewhere, they will not open. */
export const sealingContext = (requestId: string, serviceId: string) => `ponte-request:${requestId}:${serviceId}`;
