// Which items a collection holds, in one short string: the server puts it in the manifest, the
// device computes it from what it stores, and when the two differ (rows lost or damaged on the
// device) the device downloads a fresh copy. Over ids only: what a device keeps of each item
// depends on its languages, which items it keeps does not. Not a security measure (the server
// is trusted): a fast, synchronous hash that runs the same in the browser and in Node.
import { COLLECTIONS, type Collection } from './directory';

export type CollectionChecksums = Record<Collection, string>;

/** cyrb53 (public domain): 53 bits, so an accidental collision is out of reach in practice. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The checksum of a collection holding these ids (in any order). */
export const collectionChecksum = (ids: Iterable<string>): string => hash53([...ids].sort().join('\n'));

export function checksumsOf(ids: Record<Collection, Iterable<string>>): CollectionChecksums {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, collectionChecksum(ids[c])])) as CollectionChecksums;
}
