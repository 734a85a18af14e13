import { fileURLToPath } from 'node:url';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerConfig {
  port: number;
  dataDir: string;
  databaseUrl?: string;
  distDir: string;
}

export function readConfig(env = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}".`);
  return {
    port,
    dataDir: env.DATA_DIR ?? PROJECT + 'data',
    databaseUrl: env.DATABASE_URL || undefined,
    distDir: env.DIST_DIR ?? PROJECT + 'dist',
  };
}
