// The staff inbox at scale: 100,000 requests over 50 organisations, inserted in bulk, then the
// list (first page, filtered by state, page 20) and opening a request, through the real app
// (its routes, session check, SQL and the seam that opens the seal), p50 / p95.
// Run alone: npx tsx tests/bench/staff-inbox.ts (DATABASE_URL for PostgreSQL).
import { fileURLToPath } from 'node:url';
import { currentRequestKey } from '../../src/server/request-keys';
import { sealingContext } from '../../src/shared/contact-request';
import { seal } from '../../src/shared/sealing';
import { sampleDetails } from '../helpers/contact-requests';
import { testServer } from '../helpers/server';
import { signedIn } from '../helpers/staff';

const REQUESTS = 100_000;
const ORGANIZATIONS = 50;
const SERVICES_PER_ORGANIZATION = 3;
const RUNS = 200;
const MEASURED_ORG = 'bench-org-7';

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

export async function staffInboxFigures(row: (label: string, value: string) => void) {
  const server = await testServer();
  const { sql } = server;
  const key = await currentRequestKey(sql);
  const now = Date.now();
  // One sealed payload reused by the bulk rows (they are listed, never opened: the seal is bound
  // to its own request id, so these would not open).
  const reused = await seal(key.public_key, key.id, JSON.stringify(sampleDetails), sealingContext('00000000-0000-4000-8000-000000000000', 'bench'));
  const started = performance.now();
  // In slices: one statement of 100,000 rows holds them all in memory at once (PGlite is wasm).
  for (let from = 0; from < REQUESTS; from += 20_000) {
    await sql.query(
      `INSERT INTO contact_request (id, body_hash, service_id, key_id, sealed, reference, promised_response_hours, organization_id, received_at, state, opened_at, first_contact_at, contacted_at, closed_at, outcome)
       SELECT gen_random_uuid(), 'bench', 'bench-service-' || (g % ${ORGANIZATIONS}) || '-' || (g / ${ORGANIZATIONS} % ${SERVICES_PER_ORGANIZATION}), $1, $2::jsonb,
              'BN' || g, 48, 'bench-org-' || (g % ${ORGANIZATIONS}), t,
              s, CASE WHEN s <> 'new' THEN t + interval '1 hour' END, CASE WHEN s IN ('contacted', 'closed') THEN t + interval '5 hours' END,
              CASE WHEN s IN ('contacted', 'closed') THEN t + interval '5 hours' END, CASE WHEN s = 'closed' THEN t + interval '2 days' END,
              CASE WHEN s = 'closed' THEN 'helped' END
       FROM generate_series($3::int, $4::int) AS g,
            LATERAL (SELECT $5::timestamptz - g * interval '90 seconds' AS t,
                            -- As in an inbox in use: the last two weeks in every state, older requests closed.
                            CASE WHEN g * 90 > 14 * 86400 THEN 'closed' ELSE (ARRAY['new', 'opened', 'contacted', 'closed'])[1 + g % 4] END AS s) AS x`,
      [key.id, JSON.stringify(reused), from, Math.min(REQUESTS, from + 20_000) - 1, new Date(now)],
    );
  }
  await sql.query('ANALYZE contact_request');
  const insertedMs = performance.now() - started;

  // Requests that open: sealed for their own id, in the organisation measured.
  const openable: string[] = [];
  for (let n = 0; n < RUNS + 20; n++) {
    const id = crypto.randomUUID();
    const serviceId = `bench-service-7-${n % SERVICES_PER_ORGANIZATION}`;
    const sealed = await seal(key.public_key, key.id, JSON.stringify({ ...sampleDetails, name: `Person ${n}` }), sealingContext(id, serviceId));
    await sql.query(
      `INSERT INTO contact_request (id, body_hash, service_id, key_id, sealed, reference, promised_response_hours, organization_id, received_at)
       VALUES ($1, 'bench', $2, $3, $4::jsonb, $5, 48, $6, $7)`,
      [id, serviceId, key.id, JSON.stringify(sealed), `OP${n}`, MEASURED_ORG, new Date(now - n * 1000 - 3_600_000 * 24 * 30)],
    );
    openable.push(id);
  }

  const staff = await signedIn(server, { role: 'staff', organization_id: MEASURED_ORG });
  async function timed(label: string, call: (n: number) => Promise<Response>) {
    const times: number[] = [];
    for (let n = 0; n < RUNS + 20; n++) {
      const t = performance.now();
      const response = await call(n);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${label}: ${response.status}`);
      // The first 20 warm the caches (service names, prepared plans, imported key).
      if (n >= 20) times.push(performance.now() - t);
    }
    row(`${label}: p50 / p95`, `${percentile(times, 50).toFixed(1)} ms / ${percentile(times, 95).toFixed(1)} ms`);
  }

  console.log(`\nStaff inbox (${REQUESTS.toLocaleString('en')} requests over ${ORGANIZATIONS} organisations, ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite in memory'}, through the app)`);
  row('bulk insert of the requests', `${(insertedMs / 1000).toFixed(1)} s`);
  await timed('GET /staff/requests (first page)', () => staff.fetch('/api/v1/staff/requests'));
  await timed('GET /staff/requests?state=opened', () => staff.fetch('/api/v1/staff/requests?state=opened'));
  await timed('GET /staff/requests?state=late', () => staff.fetch('/api/v1/staff/requests?state=late'));
  await timed('GET /staff/requests?page=20', () => staff.fetch('/api/v1/staff/requests?page=20'));
  await timed('POST /staff/requests/:id/open (audited)', (n) => staff.fetch(`/api/v1/staff/requests/${openable[n]}/open`, { method: 'POST' }));

  // What the list's queries do: they must walk an index of 003_staff.sql, not the table.
  const plan = async (query: string, params: unknown[]) =>
    (await sql.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${query}`, params)).map((r) => r['QUERY PLAN']).join(' | ');
  const indexes = (text: string) => [...new Set([...text.matchAll(/(?:Index Scan|Index Only Scan|Index Scan Backward|Index Only Scan Backward) using (\w+)|Bitmap Index Scan on (\w+)/g)].map((m) => m[1] ?? m[2]))].join(', ') || `none: ${text.slice(0, 200)}`;
  const page = 'SELECT id FROM contact_request WHERE organization_id = $1 ORDER BY received_at DESC, id DESC LIMIT 25';
  row('list page, index used', indexes(await plan(page, [MEASURED_ORG])));
  row('list by state, index used', indexes(await plan("SELECT id FROM contact_request WHERE organization_id = $1 AND state = $2 ORDER BY received_at DESC, id DESC LIMIT 25", [MEASURED_ORG, 'opened'])));
  row('list by service, index used', indexes(await plan('SELECT id FROM contact_request WHERE organization_id = $1 AND service_id = $2 ORDER BY received_at DESC, id DESC LIMIT 25', [MEASURED_ORG, 'bench-service-7-1'])));
  row('counts, index used', indexes(await plan("SELECT count(*) FILTER (WHERE state = 'new') FROM contact_request WHERE organization_id = $1", [MEASURED_ORG])));
  await server.close();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await staffInboxFigures((label, value) => console.log(`  ${label.padEnd(52)} ${value}`));
}
