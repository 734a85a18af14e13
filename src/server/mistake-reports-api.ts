// POST /reports: "Report a mistake" about a service (the phone doesn't work, it has moved, the
// hours are wrong, something else), from the device's outbox. No personal data and no account:
// a reason and a short text. Stored once per Idempotency-Key (a replay gets the first answer,
// another body under the same key 409), with the organisation that runs the service, whose
// staff and the city's administrators read it (inbox-api).
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { apiError, NO_STORE } from './api-errors';
import { clientAddress } from './client-address';
import { implausibleCreatedAt } from './contact-requests';
import { requestAllowance } from './rate-limit';
import { limitBody, requireJson } from './request-body';
import type { StaffDeps } from './staff/staff-context';
import { parseMistakeReport } from '../shared/mistake-report';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
// 300 characters of any script, even escaped as \uXXXX, and the rest of the JSON.
const MAX_REPORT_BYTES = 4 * 1024;

interface ReportRow {
  body_hash: string;
  received_at: Date | string;
}

export function mistakeReportsApi(deps: StaffDeps) {
  const app = new Hono();
  const { sql } = deps;
  // Reports are rare: a burst of 20 per address (a library's computers share one), then 5 a minute.
  const limiter = requestAllowance({ capacity: 20, perMinute: 5 }, { now: () => deps.now().getTime() });

  const answer = (row: ReportRow) => ({ received_at: new Date(row.received_at).toISOString() });
  const find = async (id: string) => (await sql.query<ReportRow>('SELECT body_hash, received_at FROM mistake_report WHERE id = $1', [id]))[0];

  app.post('/reports', requireJson, limitBody(MAX_REPORT_BYTES), async (c) => {
    const raw = new Uint8Array(await c.req.arrayBuffer());
    const id = c.req.header('Idempotency-Key') ?? '';
    if (!UUID.test(id)) return apiError(c, 400, 'idempotency_key', 'Send the report\'s UUID in the Idempotency-Key header.');
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(raw));
    } catch {
      return apiError(c, 400, 'invalid_json', 'The report is not valid JSON.');
    }
    const parsed = parseMistakeReport(json);
    if (!parsed.ok) return apiError(c, 400, 'invalid_report', parsed.message, { field: parsed.field });
    const bodyHash = createHash('sha256').update(raw).digest('base64url');

    const address = clientAddress(c, deps.trustedProxies);
    const known = await find(id);
    if (known) {
      // A replay is always answered, and never counted.
      if (known.body_hash !== bodyHash) return apiError(c, 409, 'conflict', 'A different report was already sent with this Idempotency-Key.');
      return c.json(answer(known), 201, NO_STORE);
    }
    const wait = limiter.take(address);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return apiError(c, 429, 'too_many', `Too many reports from this connection. Try again in ${wait} seconds.`);
    }
    const now = deps.now();
    const report = parsed.value;
    const badTime = implausibleCreatedAt(report.created_at, now.getTime());
    if (badTime) {
      limiter.refused(address);
      return apiError(c, 400, 'invalid_created_at', badTime, { field: 'created_at' });
    }
    const [service] = await sql.query<{ organization_id: string | null }>(
      "SELECT doc ->> 'organization_id' AS organization_id FROM directory_item WHERE collection = 'services' AND id = $1 AND doc IS NOT NULL",
      [report.service_id],
    );
    if (!service?.organization_id) {
      limiter.refused(address);
      return apiError(c, 400, 'unknown_service', 'This service is not listed (any more), so it cannot be reported.', { field: 'service_id' });
    }
    const [stored] = await sql.query<ReportRow>(
      `INSERT INTO mistake_report (id, body_hash, service_id, organization_id, reason, details, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING RETURNING body_hash, received_at`,
      [id, bodyHash, report.service_id, service.organization_id, report.reason, report.details, now],
    );
    if (stored) return c.json(answer(stored), 201, NO_STORE);
    // Another copy of the same report (a retry racing the first) got there first.
    limiter.replayed(address);
    const first = (await find(id))!;
    if (first.body_hash !== bodyHash) return apiError(c, 409, 'conflict', 'A different report was already sent with this Idempotency-Key.');
    return c.json(answer(first), 201, NO_STORE);
  });
  return app;
}
