// HSDS 3.0 wants every id to be a UUID; Ponte's ids are words (`night-shelter`) because they are
// page addresses printed on posters and QR codes. On the way out, a Ponte id that is not a UUID
// becomes a name-based UUID (version 5, RFC 9562) made from it, always the same one, and the
// word travels beside it (`ponte_ids`); rows Ponte has no id for (a phone, an address) get one
// made from their parent's id and their place. On the way in, any HSDS id becomes a Ponte id.
import { createHash } from 'node:crypto';

/** Ponte's own namespace for name-based UUIDs (a random UUID, fixed forever: changing it would
 *  change every exported id). */
const NAMESPACE = Buffer.from('6f1c2a9e4b7d4e0f9a3c5d8e7f1a2b3c', 'hex');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);

/** A version 5 UUID of `name` in Ponte's namespace. */
export function nameUuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The HSDS id of a record Ponte names `ponteId` in `entity` (service, organization…). */
export const hsdsId = (entity: string, ponteId: string) => (isUuid(ponteId) ? ponteId.toLowerCase() : nameUuid(`${entity}/${ponteId}`));

/** The HSDS id of a row Ponte keeps inside a record: the `index`th `kind` of the parent. */
export const childId = (parentId: string, kind: string, index = 0) => nameUuid(`${parentId}/${kind}/${index}`);

/** A Ponte id for an HSDS id that came without one: lowercase, and only letters, digits and
 *  hyphens (a page address); '' when nothing usable is left. */
export function ponteIdFrom(hsds: string): string {
  return hsds
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
