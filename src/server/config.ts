import { fileURLToPath } from 'node:url';
import type { RateLimit } from './rate-limit';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerConfig {
  port: number;
  dataDir: string;
  databaseUrl?: string;
  distDir: string;
  requestRateLimit: RateLimit;
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, not "${value}".`);
  return n;
}

export function readConfig(env = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}".`);
  return {
    port,
    dataDir: env.DATA_DIR ?? PROJECT + 'data',
    databaseUrl: env.DATABASE_URL || undefined,
    distDir: env.DIST_DIR ?? PROJECT + 'dist',
    // New contact requests per client address: a burst, then a steady rate.
    requestRateLimit: {
      capacity: positive('REQUEST_BURST', env.REQUEST_BURST, 60),
      perMinute: positive('REQUESTS_PER_MINUTE', env.REQUESTS_PER_MINUTE, 10),
    },
  };
}
