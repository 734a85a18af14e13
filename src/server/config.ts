import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { DEFAULT_DEVICE_SETTINGS, DeviceSettingsSchema, type DeviceSettings } from '../shared/api';
import { TrustedProxies } from './client-address';
import type { RateLimit } from './rate-limit';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerConfig {
  port: number;
  dataDir: string;
  databaseUrl?: string;
  /** The private keys of sealed contact requests: a file, never the database (see private-key-store.ts). */
  requestKeysFile: string;
  distDir: string;
  requestRateLimit: RateLimit;
  /** Reverse proxies allowed to name the client in X-Forwarded-For (none: the peer is the client). */
  trustedProxies?: TrustedProxies;
  /** Published to devices in the manifest (with whether a kiosk code is set). */
  device: DeviceSettingsWithoutCode;
  /** The code that turns kiosk mode on and off; without one, only clearing the browser leaves it. */
  kioskExitCode?: string;
  /** People reach Ponte over https:// (a TLS proxy in front): browsers are told to keep to it. */
  https: boolean;
  /** The staff side: public address (passkeys, invitation links), retention of personal details. */
  staff: { publicUrl?: string; retentionClosedDays: number; retentionMaxDays: number };
}

function yesOrNo(name: string, value: string | undefined): boolean {
  const answers: Record<string, boolean> = { '': false, '0': false, false: false, '1': true, true: true };
  const answer = answers[(value ?? '').trim().toLowerCase()];
  if (answer === undefined) throw new Error(`${name} must be 1 (yes) or 0 (no), not "${value}".`);
  return answer;
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, not "${value}".`);
  return n;
}

// The retention days devices are told come from the staff settings (RETENTION_*), not from here.
type DeviceSettingsWithoutCode = Omit<DeviceSettings, 'kiosk_exit_code' | 'retention_closed_days' | 'retention_max_days'>;
const DeviceSettingsWithoutCodeSchema = v.omit(DeviceSettingsSchema, ['kiosk_exit_code', 'retention_closed_days', 'retention_max_days']);

function deviceSettings(env: NodeJS.ProcessEnv): DeviceSettingsWithoutCode {
  const settings = {
    kiosk_idle_seconds: env.KIOSK_IDLE_SECONDS ? Number(env.KIOSK_IDLE_SECONDS) : DEFAULT_DEVICE_SETTINGS.kiosk_idle_seconds,
    quick_exit_url: env.QUICK_EXIT_URL || DEFAULT_DEVICE_SETTINGS.quick_exit_url,
  };
  const checked = v.safeParse(DeviceSettingsWithoutCodeSchema, settings);
  if (checked.success) return checked.output;
  const issue = checked.issues[0];
  const [name, hint] = {
    kiosk_idle_seconds: ['KIOSK_IDLE_SECONDS', 'seconds, from 30 to 3600'],
    quick_exit_url: ['QUICK_EXIT_URL', 'a path like /recipe.html or an https:// address'],
  }[String(v.getDotPath(issue)) as keyof DeviceSettingsWithoutCode];
  throw new Error(`${name}: ${issue.message} (${hint}).`);
}

function kioskExitCode(code: string | undefined): string | undefined {
  if (!code) return undefined;
  // Checked by the server only, with few guesses allowed; six characters keep guessing hopeless.
  if (code.trim().length < 6) throw new Error('KIOSK_EXIT_CODE must have at least 6 characters.');
  return code.trim();
}

/** A number of days, whole: devices are told it (the manifest's `device` settings check for a
 *  whole number), and a device that finds 7.5 there refuses the whole manifest. */
function wholeDays(name: string, value: string | undefined, fallback: number): number {
  const days = positive(name, value, fallback);
  if (!Number.isInteger(days)) throw new Error(`${name} must be a whole number of days, not "${value}".`);
  return days;
}

/** Without PUBLIC_URL, each request's own origin (one machine, or tests on a port chosen at start). */
function staffSettings(env: NodeJS.ProcessEnv, https: boolean): ServerConfig['staff'] {
  let publicUrl = env.PUBLIC_URL?.trim() || undefined;
  try {
    if (publicUrl) {
      const url = new URL(publicUrl);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error();
      publicUrl = url.origin;
    }
  } catch {
    throw new Error(`PUBLIC_URL must be the address people open Ponte at, like https://ponte.example.org, not "${env.PUBLIC_URL}".`);
  }
  // Behind a TLS proxy the request's own origin is not the one people use (and without the
  // setting, the Host header would name the passkeys' relying party): the address must be said.
  if (https && !publicUrl?.startsWith('https://')) {
    throw new Error('With HTTPS=1, set PUBLIC_URL to the https:// address people open Ponte at (passkeys, invitation links and the staff pages\' checks use it).');
  }
  const retentionClosedDays = wholeDays('RETENTION_CLOSED_DAYS', env.RETENTION_CLOSED_DAYS, 30);
  const retentionMaxDays = wholeDays('RETENTION_MAX_DAYS', env.RETENTION_MAX_DAYS, 180);
  if (retentionClosedDays > retentionMaxDays) throw new Error('RETENTION_CLOSED_DAYS cannot be more than RETENTION_MAX_DAYS.');
  return { publicUrl, retentionClosedDays, retentionMaxDays };
}

export function readConfig(env = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  const dataDir = env.DATA_DIR ?? PROJECT + 'data';
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}".`);
  return {
    port,
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    requestKeysFile: env.REQUEST_KEYS_FILE || join(dataDir, 'request-keys.json'),
    distDir: env.DIST_DIR ?? PROJECT + 'dist',
    // New contact requests per client address: a burst, then a steady rate.
    requestRateLimit: {
      capacity: positive('REQUEST_BURST', env.REQUEST_BURST, 60),
      perMinute: positive('REQUESTS_PER_MINUTE', env.REQUESTS_PER_MINUTE, 10),
    },
    trustedProxies: env.TRUSTED_PROXIES?.trim() ? TrustedProxies.parse(env.TRUSTED_PROXIES) : undefined,
    device: deviceSettings(env),
    kioskExitCode: kioskExitCode(env.KIOSK_EXIT_CODE),
    https: yesOrNo('HTTPS', env.HTTPS),
    staff: staffSettings(env, yesOrNo('HTTPS', env.HTTPS)),
  };
}
