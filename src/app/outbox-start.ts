// The page's outbox sender, started after first paint; screens call sendNow().
import { requestBackgroundSend, startOutbox } from '../sync/outbox-triggers';

let outbox: ReturnType<typeof startOutbox> | undefined;

export function startOutboxSending(): void {
  outbox ??= startOutbox();
}

export async function sendNow(): Promise<void> {
  startOutboxSending();
  await requestBackgroundSend();
  await outbox!.sendNow();
}
