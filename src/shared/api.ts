// The directory API contract, shared by the server that answers and the sync that asks.
import * as v from 'valibot';
import { OrganizationSchema, RightsCardSchema, ServiceSchema, languageTag } from './directory';

export const API_BASE = '/api/v1';
/** Bumped only when the payload's shape changes incompatibly; a device refuses other formats. */
export const DIRECTORY_FORMAT = 1;

/** A page of our own (a path) or a web address: where "Leave this page" goes. */
const exitUrl = v.pipe(v.string(), v.maxLength(500), v.regex(/^(\/(?!\/)|https?:\/\/)\S*$/, 'expected a path or an http(s) address'));

export const DeviceSettingsSchema = v.object({
  /** Seconds without input before a kiosk asks "Are you still there?". */
  kiosk_idle_seconds: v.pipe(v.number(), v.integer(), v.minValue(30), v.maxValue(3600)),
  /** Whether a code to leave kiosk mode is set on the server (the code itself never leaves it). */
  kiosk_exit_code: v.boolean(),
  quick_exit_url: exitUrl,
  /** Days a request's personal details stay on the server after it is closed, and after it
   *  arrived at the latest (the retention job's settings): the privacy page states them.
   *  Optional: older servers; the device then states the defaults. */
  retention_closed_days: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  retention_max_days: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});
export type DeviceSettings = v.InferOutput<typeof DeviceSettingsSchema>;

/** Ponte's own neutral page (public/recipe.html, kept by the worker): where "Leave this page"
 *  goes by default or offline, and what Ponte's entries in the tab's history become. */
export const NEUTRAL_PAGE = { path: '/recipe.html', title: 'Lentil soup' };

/** Used where the device has not heard from a server yet. It must work offline: a page of our own. */
export const DEFAULT_DEVICE_SETTINGS: DeviceSettings = {
  kiosk_idle_seconds: 120,
  kiosk_exit_code: false,
  quick_exit_url: NEUTRAL_PAGE.path,
};

/** The retention the privacy page states when the server has not said (its defaults). */
export const DEFAULT_RETENTION = { closed_days: 30, max_days: 180 } as const;

export const ManifestSchema = v.object({
  format: v.literal(DIRECTORY_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  published_at: v.string(),
  locales: v.array(languageTag),
  counts: v.object({ organizations: v.number(), services: v.number(), rights: v.number() }),
  /** Per collection, collectionChecksum() of its live items' ids (src/shared/collection-checksum.ts):
   *  a device holding other items repairs itself with a fresh snapshot. Optional: older servers. */
  checksums: v.optional(v.object({ organizations: v.string(), services: v.string(), rights: v.string() })),
  /** The public key devices seal contact requests with (HPKE P-256, base64url). */
  request_key: v.object({ id: v.string(), public_key: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{40,200}$/)) }),
  /** How devices behave on this city's public computers and in a hurry (server settings). */
  device: v.optional(DeviceSettingsSchema),
});
export type Manifest = v.InferOutput<typeof ManifestSchema>;

const ids = v.array(v.string());

export const DirectoryPayloadSchema = v.object({
  format: v.literal(DIRECTORY_FORMAT),
  /** snapshot: replaces everything; delta: changes since `since`. */
  kind: v.picklist(['snapshot', 'delta']),
  since: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  published_at: v.string(),
  locales: v.array(languageTag),
  upserts: v.object({
    organizations: v.array(OrganizationSchema),
    services: v.array(ServiceSchema),
    rights: v.array(RightsCardSchema),
  }),
  deletions: v.object({ organizations: ids, services: ids, rights: ids }),
});
export type DirectoryPayload = v.InferOutput<typeof DirectoryPayloadSchema>;

export interface ApiError {
  error: { code: string; message: string };
}
