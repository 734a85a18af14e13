// Reading the directory on the device. Screens use these through liveQuery, so they update
// by themselves when a sync changes the data. `null` means "not on this device".
import type { Collection } from '../shared/directory';
import type { NeedId } from '../shared/needs';
import { db, removedKey } from './db';

export const getMeta = async () => (await db().meta.get('directory')) ?? null;
export const getService = async (id: string) => (await db().services.get(id)) ?? null;
export const getRightsCard = async (id: string) => (await db().rights.get(id)) ?? null;
export const getOrganization = async (id: string) => (await db().organizations.get(id)) ?? null;
export const servicesForNeed = (need: NeedId) => db().services.where('needs').equals(need).toArray();
export const rightsForNeed = (need: NeedId) => db().rights.where('needs').equals(need).toArray();
export const allServices = () => db().services.toArray();
export const allRights = () => db().rights.toArray();
export const allOrganizations = () => db().organizations.toArray();
export const servicesByIds = async (ids: string[]) =>
  (await db().services.bulkGet(ids)).filter((s) => s !== undefined);
/** Rights cards that name a service among the services that help. */
export const rightsForService = (id: string) =>
  db().rights.filter((r) => r.service_ids.includes(id)).toArray();
/** Whether the directory listed this item once and then removed it ("no longer listed"), as
 *  opposed to an address it never listed ("not found"). */
export const wasRemoved = async (collection: Collection, id: string) =>
  (await db().removedItems.get(removedKey(collection, id))) !== undefined;
