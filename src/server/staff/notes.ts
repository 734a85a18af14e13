// The staff's short note on a request: personal too (who said what on the phone), so it is
// sealed at rest like the details, with the CURRENT request key, bound to its request.
import { currentRequestKey } from '../request-keys';
import type { Sql } from '../database';
import { open, seal, type Sealed } from '../../shared/sealing';

export const NOTE_MAX = 500;
// A note may have lines and tabs; other control characters and bidi overrides mislead its reader.
const HIDDEN_IN_NOTE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export const noteContext = (requestId: string) => `ponte-note:${requestId}`;

/** Why the note cannot be kept, or undefined. */
export function noteProblem(note: string): string | undefined {
  if (note.length > NOTE_MAX) return `note: at most ${NOTE_MAX} characters (this one has ${note.length}). Shorten it.`;
  if (HIDDEN_IN_NOTE.test(note)) return 'note: it holds control or direction-changing characters (often pasted by accident). Type it again.';
  return undefined;
}

/** The sealed note, or null for an empty one (an empty note removes it). */
export async function sealNote(sql: Sql, requestId: string, note: string): Promise<Sealed | null> {
  if (!note) return null;
  const key = await currentRequestKey(sql);
  return seal(key.public_key, key.id, note, noteContext(requestId));
}

export async function openNote(privateKeyOf: (keyId: string) => Promise<CryptoKey | undefined>, requestId: string, sealed: Sealed | null): Promise<string> {
  if (!sealed) return '';
  const key = await privateKeyOf(sealed.key_id);
  if (!key) throw new Error(`The private key ${sealed.key_id} is gone: the note of request ${requestId} cannot be opened.`);
  return open(key, sealed, noteContext(requestId));
}
