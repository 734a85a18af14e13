// The worker's outbox sender: same code and lock as the page (src/sync/outbox-sender.ts).
import { db } from '../src/data/db';
import { sendDueRequests } from '../src/sync/outbox-sender';

export async function sendOutboxInWorker(): Promise<void> {
  const { nextAttemptAt } = await sendDueRequests({ db: db() });
  // Still waiting (offline, server busy): failing the sync event makes the browser try again later.
  if (nextAttemptAt !== undefined) throw new Error('Some requests are still waiting.');
}
