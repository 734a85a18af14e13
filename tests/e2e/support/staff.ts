// Staff accounts for browser tests, made as a city would: `npm run staff -- invite` prints a
// one-time link (the running server takes the invitation), and the person sets a password from
// it. The session cookie lands in the browser context that registered.
import type { BrowserContext } from 'playwright-core';
import type { PonteServer } from './ponte-server';

export const STAFF_PASSWORD = 'a long river of quiet lanterns';

/** Invites `email` to `organization`'s staff; the invitation's token (from the link's fragment). */
export async function inviteStaff(server: PonteServer, organization: string, email: string): Promise<string> {
  const output = await server.staffCommand('invite', '--org', organization, '--email', email);
  const token = /\/staff\/invitation#(\S+)/.exec(output)?.[1];
  if (!token) throw new Error(`No invitation link in the command's output:\n${output}`);
  return token;
}

/** Registers a password from the invitation, as its page does (same origin), which signs the context in. */
export async function registerPassword(context: BrowserContext, server: PonteServer, token: string): Promise<void> {
  const answer = await context.request.post(`${server.url}/api/v1/staff/invitations/password`, {
    headers: { Origin: server.url },
    data: { token, password: STAFF_PASSWORD },
  });
  if (!answer.ok()) throw new Error(`Registering a password failed: ${answer.status()} ${await answer.text()}`);
}

/** A staff member of `organization`, signed in in `context`. */
export async function signedInStaff(context: BrowserContext, server: PonteServer, organization: string, email: string): Promise<void> {
  await registerPassword(context, server, await inviteStaff(server, organization, email));
}
