// The person follows their request without an account: GET /requests/:id/status and
// POST /requests/:id/withdraw, each with `Authorization: Bearer <status token>`. The device made
// the token and sent only its SHA-256 with the sealed request; the token is compared by hash, in
// constant time. An unknown id, a missing token and a wrong one get the very same 404, so nobody
// learns whether a request exists; a request from an older device (no hash) can never be asked.
// The answer carries nothing personal (src/shared/request-status.ts).
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { RequestStatus } from '../shared/request-status';
import { STATUS_TOKEN } from '../shared/request-status';
import { apiError } from './api-errors';
import { clientAddress } from './client-address';
import { rateLimiter } from './rate-limit';
import { audit } from './staff/audit';
import type { StaffDeps } from './staff/staff-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Compared against when there is no stored hash, so that every refusal costs the same work.
const NO_HASH = Buffer.alloc(32);
// Answers about one person's request: a shared cache must never keep them; the browser may,
// but asks again every time (the ETag makes that cheap).
const STATUS_CACHING = 'private, no-cache';

interface StatusRow {
  id: string;
  organization_id: string;
  status_token_hash: string | null;
  state: RequestStatus['state'];
  outcome: RequestStatus['outcome'];
  opened_at: Date | string | null;
  contacted_at: Date | string | null;
  closed_at: Date | string | null;
  details_erased_at: Date | string | null;
  /** Whether the sealed details are gone (the sealed bytes themselves are never read here). */
  erased: boolean;
  status_version: number;
}

// What a status answer needs: never the sealed details or the note.
const STATUS_COLUMNS = 'id, organization_id, status_token_hash, state, outcome, opened_at, contacted_at, closed_at, details_erased_at, sealed IS NULL AS erased, status_version';

const iso = (t: Date | string | null) => (t === null ? null : new Date(t).toISOString());

export function requestStatusApi(deps: StaffDeps) {
  const app = new Hono();
  const { sql } = deps;
  // Only refusals count (a right token is given back): a device polling its own requests is
  // never limited, while guessing stops after a few tries. Tokens are 256 random bits and ids
  // random UUIDs, so this bounds the load of a scan more than the odds of a hit.
  const limiter = rateLimiter({ capacity: 30, perMinute: 10 }, { now: () => deps.now().getTime() });

  /** The row if the id and token match, else undefined; or a 429 answer when guessing too much. */
  async function authorised(c: Context): Promise<{ row?: StatusRow; tooMany?: Response }> {
    const address = clientAddress(c, deps.trustedProxies);
    const wait = limiter.take(address);
    const id = c.req.param('id') ?? '';
    const token = /^Bearer (\S+)$/.exec(c.req.header('Authorization') ?? '')?.[1] ?? '';
    const row = UUID.test(id) ? (await sql.query<StatusRow>(`SELECT ${STATUS_COLUMNS} FROM contact_request WHERE id = $1`, [id]))[0] : undefined;
    const presented = createHash('sha256').update(token).digest();
    const stored = row?.status_token_hash ? Buffer.from(row.status_token_hash, 'base64url') : NO_HASH;
    const matches = stored.length === presented.length && timingSafeEqual(stored, presented) && STATUS_TOKEN.test(token);
    // A right token is always answered, even from an address that has guessed too much: a
    // library's computers or a mobile network share one address with whoever guesses.
    if (row?.status_token_hash && matches) {
      if (wait === 0) limiter.refund(address);
      return { row };
    }
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return { tooMany: apiError(c, 429, 'too_many', `Too many tries from this connection. Try again in ${wait} seconds.`) };
    }
    return {};
  }

  const notFound = (c: Context) => apiError(c, 404, 'not_found', 'No request with this id and status token. A request removed from the server, or sent by an older version of Ponte, cannot be followed.');

  async function statusOf(row: StatusRow): Promise<RequestStatus> {
    const attempts = await sql.query<{ at: Date | string; method: RequestStatus['attempts'][number]['method'] }>(
      'SELECT at, method FROM contact_attempt WHERE request_id = $1 ORDER BY at, id',
      [row.id],
    );
    return {
      state: row.state,
      opened_at: iso(row.opened_at),
      contacted_at: iso(row.contacted_at),
      closed_at: iso(row.closed_at),
      outcome: row.outcome,
      attempts: attempts.map((a) => ({ at: new Date(a.at).toISOString(), method: a.method })),
      details_erased: row.details_erased_at !== null || row.erased,
    };
  }

  const answer = async (c: Context, row: StatusRow) => {
    c.header('ETag', `"${row.status_version}"`);
    c.header('Cache-Control', STATUS_CACHING);
    return c.json(await statusOf(row), 200);
  };

  app.get('/requests/:id/status', async (c) => {
    const { row, tooMany } = await authorised(c);
    if (tooMany) return tooMany;
    if (!row) return notFound(c);
    const tags = (c.req.header('If-None-Match') ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
    if (tags.includes(`"${row.status_version}"`) || tags.includes('*')) {
      return c.body(null, 304, { ETag: `"${row.status_version}"`, 'Cache-Control': STATUS_CACHING });
    }
    return answer(c, row);
  });

  app.post('/requests/:id/withdraw', async (c) => {
    const { row, tooMany } = await authorised(c);
    if (tooMany) return tooMany;
    if (!row) return notFound(c);
    const now = deps.now();
    // Erased at once, whatever the state; a request that is still open becomes closed, withdrawn.
    // Asked again, nothing changes: the same answer (the version does not move).
    const [changed] = await sql.query<StatusRow>(
      `UPDATE contact_request SET
         sealed = NULL, note = NULL,
         details_erased_at = COALESCE(details_erased_at, $2),
         state = 'closed',
         outcome = CASE WHEN state = 'closed' THEN outcome ELSE 'withdrawn' END,
         closed_at = COALESCE(closed_at, $2),
         status_version = status_version + 1
       WHERE id = $1 AND (state <> 'closed' OR sealed IS NOT NULL OR note IS NOT NULL)
       RETURNING ${STATUS_COLUMNS}`,
      [row.id, now],
    );
    // No address in the log: it would be the person's, and the log holds nothing of theirs.
    if (changed) await audit(sql, { at: now, action: 'request_withdrawn', organization_id: changed.organization_id, request_id: changed.id });
    return answer(c, changed ?? row);
  });

  return app;
}
