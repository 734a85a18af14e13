// What every part of the staff side is given: the database, a clock (tests use a fake one, so
// idle sessions, locks, due times and retention are tested without waiting), the private keys
// (the one seam that opens personal details uses them) and the settings.
import type { Context } from 'hono';
import type { Sql } from '../database';
import type { TrustedProxies } from '../client-address';
import type { PrivateKeyStore } from '../private-key-store';

export interface StaffSettings {
  /** Where people reach Ponte (e.g. https://ponte.example.org): the passkeys' origin and relying
   *  party, invitation links, and the only origin allowed to make changes. Without it, the
   *  origin of each request (fine for one machine; set it in production). */
  publicUrl?: string;
  /** Minutes without a request before a session ends (GOV.UK's 30). */
  idleMinutes: number;
  /** Hours a session lasts at most, however busy. */
  maxHours: number;
  /** Days after closing, and after receipt at the latest, before personal details are erased. */
  retentionClosedDays: number;
  retentionMaxDays: number;
  /** TLS in front: the session cookie is Secure (and __Host- prefixed). */
  https: boolean;
}

export const DEFAULT_STAFF_SETTINGS: StaffSettings = {
  idleMinutes: 30,
  maxHours: 12,
  retentionClosedDays: 30,
  retentionMaxDays: 180,
  https: false,
};

export interface StaffDeps {
  sql: Sql;
  now: () => Date;
  /** The key file: opens sealed details and notes, and loses keys nothing needs any more. */
  keys: PrivateKeyStore;
  privateKeyOf: (keyId: string) => Promise<CryptoKey | undefined>;
  settings: StaffSettings;
  trustedProxies?: TrustedProxies;
}

/** A signed-in person, as every staff route sees them. */
export interface StaffMember {
  account_id: string;
  email: string;
  role: 'admin' | 'staff';
  /** The organisation whose requests they answer; null for a city administrator. */
  organization_id: string | null;
}

/** Hono's typing for staff routes: requireStaff sets `staff` (and `session`). */
export type StaffEnv = { Variables: { staff: StaffMember; session: { id_hash: string; csrf_token: string; created_at: Date; last_seen_at: Date } } };
export type StaffContext = Context<StaffEnv>;

/** The origin people use: from the setting, else this request's own. */
export function publicOrigin(settings: StaffSettings, c: Context): string {
  return settings.publicUrl ? new URL(settings.publicUrl).origin : new URL(c.req.url).origin;
}
