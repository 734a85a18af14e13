// The device's database. Each version's schema stays here forever: Dexie upgrades a device
// from whatever version it has, step by step, and the tests open a version-1 database to prove it.
import Dexie, { type Table } from 'dexie';
import type { DeviceSettings } from '../shared/api';
import type { ContactReceipt, FieldProblems } from '../shared/contact-request';
import type { Collection, Organization, RightsCard, Service } from '../shared/directory';
import type { RequestStatus } from '../shared/request-status';
import { setSetting } from './settings';

export type SavedKind = 'service' | 'rights';

export interface DirectoryMeta {
  key: 'directory';
  version: number;
  published_at: string;
  /** The languages of the directory's texts on this device. */
  locales: string[];
  /** The languages the directory has texts in, from the last manifest heard (absent before
   *  a sync wrote it): a language not among them is missing everywhere, not only here. */
  offered_locales?: string[];
  /** When this device last heard from the server (even "nothing new"). */
  checked_at: string;
  /** The server's public key for sealing contact requests. */
  request_key?: { id: string; public_key: string };
  /** Kiosk and quick-exit settings from the server. */
  device?: DeviceSettings;
}

export type OutboxStatus = 'waiting' | 'sending' | 'delivered' | 'refused';

/** A contact request on its way. Personal details exist here only sealed, inside `body`. */
export interface OutboxEntry {
  /** A UUID, sent as the Idempotency-Key: the server stores a request once per id. */
  id: string;
  service_id: string;
  created_at: string;
  status: OutboxStatus;
  attempts: number;
  /** Epoch milliseconds: not sent again before then. */
  next_attempt_at: number;
  /** Why the last attempt did not deliver: no connection, or the server was not ready. */
  last_problem?: 'offline' | 'server';
  /** The request exactly as sent, every time: service, time and the sealed details.
   * Emptied once delivered or refused. */
  body: string;
  receipt?: ContactReceipt;
  refusal?: { code: string; fields?: FieldProblems };
  /** Its person has gone (a kiosk session ended, "clear my information"): it still leaves by
   * itself, but no screen shows it, and it is deleted once delivered or refused. */
  hidden?: boolean;
  /** Cancelled while it was on its way: whatever the answer, it is not sent again. */
  cancelled?: boolean;
  /** Made in practice mode (a workshop): answered on the device, never sent, whatever the
   * mode is later; removed when practice ends. Its body is empty: nothing was typed for real. */
  practice?: boolean;
  /** A contact request (absent: every entry before reports existed) or "Report a mistake" about
   *  the service (body: the JSON posted to /api/v1/reports, nothing personal, not sealed). */
  kind?: 'request' | 'report';
  /** A report's receipt: when the server got it. */
  report_receipt?: { received_at: string };
  /** The random token (32 bytes, base64url) that lets this device, and only it, ask what became
   *  of the request; the server has only its SHA-256. Absent from requests of older versions. */
  status_token?: string;
  /** What the service did, as last heard (src/sync/request-status.ts); absent until first asked. */
  progress?: RequestStatus;
  /** The ETag of that answer: the next question is answered 304 while nothing changed. */
  progress_etag?: string;
  /** Epoch milliseconds of the last question, answered or not: the next is scheduled from it. */
  progress_checked_at?: number;
  /** The server no longer knows the request (erased, or the token refused): never asked again. */
  progress_gone?: boolean;
}

export interface Favourite {
  /** `${kind}:${ref}`: one row per saved item. */
  id: string;
  kind: SavedKind;
  ref: string;
  saved_at: number;
}

export interface SearchIndexRow {
  key: 'directory';
  version: number;
  json: string;
}

/** An item the directory listed and then removed (a delta's deletion, or missing from a later
 *  snapshot): its page says "no longer listed", while an address never listed is "not found". */
export interface RemovedItem {
  /** `${collection}:${id}` */
  key: string;
  collection: Collection;
  id: string;
  /** The directory version that no longer had it. */
  version: number;
}

export const removedKey = (collection: Collection, id: string) => `${collection}:${id}`;

export const DATABASE_NAME = 'ponte';

/** The first schema, as shipped; kept so upgrades from it stay tested. */
export const SCHEMA_V1 = {
  services: 'id, *needs',
  organizations: 'id',
  rights: 'id, *needs',
  meta: 'key',
  favourites: 'id',
  settings: 'key',
};

export class PonteDatabase extends Dexie {
  services!: Table<Service, string>;
  organizations!: Table<Organization, string>;
  rights!: Table<RightsCard, string>;
  meta!: Table<DirectoryMeta, string>;
  favourites!: Table<Favourite, string>;
  searchIndex!: Table<SearchIndexRow, string>;
  outbox!: Table<OutboxEntry, string>;
  removedItems!: Table<RemovedItem, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    // v2: the search index is stored with the data it indexes (one transaction updates both);
    // favourites gain `kind`/`ref` fields and a date index to list them newest first;
    // preferences move to localStorage (see settings.ts), which the first paint reads at once.
    this.version(2)
      .stores({ favourites: 'id, kind, saved_at', searchIndex: 'key', settings: null })
      .upgrade(async (tx) => {
        const language = await tx.table('settings').get('language');
        if (typeof language?.value === 'string' && 'localStorage' in globalThis) setSetting('language', language.value);
        await tx
          .table('favourites')
          .toCollection()
          .modify((row: Partial<Favourite> & { id: string; savedAt?: number }) => {
            const [kind, ...rest] = row.id.split(':');
            row.kind = kind === 'rights' ? 'rights' : 'service';
            row.ref = rest.join(':');
            row.saved_at = row.savedAt ?? Date.now();
            delete row.savedAt;
          });
      });
    // v3: the outbox of contact requests.
    this.version(3).stores({ outbox: 'id, status, created_at' });
    // v4: the items the directory removed, so a removed one reads "no longer listed" and an
    // address never listed "not found". Nothing to convert: a v3 device deleted removed items
    // without a trace, so it starts with an empty list and learns from its next delta or snapshot.
    this.version(4).stores({ removedItems: 'key' });
  }
}

let instance: PonteDatabase | undefined;
/** The app's one database connection. */
export function db(): PonteDatabase {
  return (instance ??= new PonteDatabase());
}
