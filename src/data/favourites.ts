// Saved services and rights cards, kept only on this device.
import { db, type Favourite, type SavedKind } from './db';

const key = (kind: SavedKind, ref: string) => `${kind}:${ref}`;

export async function isFavourite(kind: SavedKind, ref: string): Promise<boolean> {
  return (await db().favourites.get(key(kind, ref))) !== undefined;
}

export async function setFavourite(kind: SavedKind, ref: string, saved: boolean): Promise<void> {
  if (saved) await db().favourites.put({ id: key(kind, ref), kind, ref, saved_at: Date.now() });
  else await db().favourites.delete(key(kind, ref));
}

/** Newest first. */
export function listFavourites(): Promise<Favourite[]> {
  return db().favourites.orderBy('saved_at').reverse().toArray();
}
