// Publishes a directory without one service, as the content team removing it would: the server
// stops (PGlite allows one process per data folder), the change is published in its database,
// and the server starts again on the same port (same origin for the browser).
import { join } from 'node:path';
import type { PonteServer } from './ponte-server';

export async function publishWithoutService(server: PonteServer, serviceId: string): Promise<void> {
  await server.stop();
  const { openDatabase } = await import('../../../src/server/database');
  const { publishDirectory, readDirectory } = await import('../../../src/server/directory-store');
  const sql = await openDatabase({ dataDir: join(server.dataDir, 'pglite') });
  try {
    const directory = await readDirectory(sql);
    if (!directory.services.some((s) => s.id === serviceId)) throw new Error(`No service "${serviceId}" to remove.`);
    await publishDirectory(sql, { ...directory, services: directory.services.filter((s) => s.id !== serviceId) }, `remove ${serviceId}`);
  } finally {
    await sql.close();
  }
  await server.start();
}
