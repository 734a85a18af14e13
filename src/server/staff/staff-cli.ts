// `npm run staff -- …`: the first administrator comes from here (nobody can invite before one
// exists), and so can any organisation's staff. Prints the one-time link, which is shown
// nowhere else. With a server running on the data folder, the invitation is handed to it
// (it holds the database); otherwise the database is opened here.
import type { Sql } from '../database';
import { createInvitation, INVITATION_HOURS, invitationLink, isEmail, normalizeEmail, type InvitationRequest, type Problem } from './invitations';
import { publishedOrganizations, type OrganizationName } from './organizations';

export interface StaffCliContext {
  /** The server running on this data folder, if any. */
  running: () => { port: number; token: string } | undefined;
  /** Opens the database when no server holds it (locking PGlite's folder first). */
  openDatabase: () => Promise<Sql>;
  /** PUBLIC_URL, if set. */
  publicUrl?: string;
  /** PORT: where a server on this machine listens. */
  port: number;
}

const LIST = 'npm run staff -- organizations';
export const STAFF_USAGE = [
  'Usage:',
  '  npm run staff -- add-admin --email <address>                   invite a city administrator',
  '  npm run staff -- invite --org <organization id> --email <address>  invite a member of an organisation\'s staff',
  `  ${LIST}                                 list the organisations' ids`,
].join('\n');

/** `--name value` and `--name=value`; anything else is refused with the usage. */
function options(args: string[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(args[i]);
    const value = match?.[2] ?? args[i + 1];
    if (!match || value === undefined || (match[2] === undefined && value.startsWith('--'))) throw new Error(`Did not understand "${args[i]}".\n${STAFF_USAGE}`);
    found[match[1]] = value;
    if (match[2] === undefined) i++;
  }
  return found;
}

function required(found: Record<string, string>, name: string, what: string): string {
  const value = found[name]?.trim();
  if (!value) throw new Error(`Say ${what} with --${name}.\n${STAFF_USAGE}`);
  return value;
}

export async function staffCommand(args: string[], context: StaffCliContext): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === 'organizations') return listOrganizations(context);
  if (sub !== 'add-admin' && sub !== 'invite') throw new Error(`${sub ? `Unknown staff command "${sub}".` : 'Which staff command?'}\n${STAFF_USAGE}`);
  const found = options(rest);
  const allowed = sub === 'invite' ? ['email', 'org'] : ['email'];
  const extra = Object.keys(found).find((name) => !allowed.includes(name));
  if (extra) throw new Error(`${sub} does not take --${extra}.\n${STAFF_USAGE}`);
  const email = required(found, 'email', 'the e-mail address');
  if (!isEmail(email)) throw new Error(`"${email}" is not an e-mail address: write it like name@example.org.`);
  const request: InvitationRequest = sub === 'invite' ? { email, role: 'staff', organization_id: required(found, 'org', 'the organisation\'s id') } : { email, role: 'admin' };

  const server = context.running();
  const created = server ? await inviteThroughServer(server, request) : await inviteHere(context, request);
  const origin = context.publicUrl ?? `http://localhost:${server?.port ?? context.port}`;
  const who = request.role === 'admin' ? 'a city administrator' : `staff of ${request.organization_id}`;
  console.log(`Invitation for ${normalizeEmail(email)} (${who}). Send them this link; it works once:\n`);
  console.log(`  ${invitationLink(origin, created.token)}\n`);
  console.log(`It expires in ${INVITATION_HOURS} hours, at ${created.expires_at} (UTC).`);
}

type Created = { token: string; expires_at: string };

async function inviteHere(context: StaffCliContext, request: InvitationRequest): Promise<Created> {
  const sql = await context.openDatabase();
  try {
    const created = await createInvitation(sql, new Date(), request, 'command line');
    if (!created.ok) throw new Error(explain(created.problem));
    return { token: created.token, expires_at: created.expires_at.toISOString() };
  } finally {
    await sql.close();
  }
}

async function inviteThroughServer(server: { port: number; token: string }, request: InvitationRequest): Promise<Created> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/v1/admin/staff-invitation`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
  const answer = (await res.json().catch(() => undefined)) as (Created & { error?: Problem }) | undefined;
  if (res.ok && answer) return answer;
  throw new Error(answer?.error ? explain(answer.error) : `The running server refused the invitation: ${res.status}.`);
}

/** The server's sentence, and for an unknown organisation, which ones exist and how to list them all. */
function explain(problem: Problem): string {
  if (problem.code !== 'organization_unknown') return problem.message;
  const known = problem.known_organizations ?? [];
  if (known.length === 0) return `${problem.message} The directory has no organisations yet: start the server once (npm start) to publish one.`;
  const some = known.slice(0, 5).join(', ');
  return `${problem.message} Some that exist: ${some}${known.length > 5 ? `, … (${known.length} in all)` : ''}. List them all with: ${LIST}`;
}

async function listOrganizations(context: StaffCliContext): Promise<void> {
  const server = context.running();
  let organizations: OrganizationName[];
  if (server) {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/v1/admin/staff-organizations`, { headers: { Authorization: `Bearer ${server.token}` } });
    if (!res.ok) throw new Error(`The running server refused: ${res.status} ${await res.text()}`);
    ({ organizations } = (await res.json()) as { organizations: OrganizationName[] });
  } else {
    const sql = await context.openDatabase();
    organizations = await publishedOrganizations(sql).finally(() => sql.close());
  }
  const width = Math.max(0, ...organizations.map((o) => o.id.length));
  for (const o of organizations) console.log(`${o.id.padEnd(width)}  ${o.name}`);
  if (organizations.length === 0) console.log('The directory has no organisations yet: start the server once (npm start) to publish one.');
}
