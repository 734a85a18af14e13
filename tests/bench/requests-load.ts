// Contact requests under load: the real server (its own process, PGlite in a folder) takes
// unique sealed requests from autocannon over loopback; afterwards its database must hold
// exactly the requests it acknowledged: zero lost, zero duplicated.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openDatabase } from '../../src/server/database';
import { sealedRequest } from '../helpers/contact-requests';

async function startServer(dataDir: string): Promise<{ port: number; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', 'serve'], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, DATABASE_URL: '', REQUEST_BURST: '1000000', REQUESTS_PER_MINUTE: '1000000', DIST_DIR: join(dataDir, 'no-dist') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c) => {
      out += c;
      const m = /localhost:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  const stop = () => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM')));
  return { port, stop };
}

export async function requestLoadFigures(row: (label: string, value: string) => void) {
  const COUNT = 6000;
  const dataDir = mkdtempSync(join(tmpdir(), 'ponte-bench-requests-'));
  const server = await startServer(dataDir);
  const base = `http://127.0.0.1:${server.port}`;
  const key = (await (await fetch(`${base}/api/v1/directory/manifest`)).json()).request_key;
  const services = ['eviction-support', 'youth-compass', 'free-legal-guidance', 'addiction-support'];
  const prepared = await Promise.all(
    Array.from({ length: COUNT }, (_, n) => sealedRequest(key, { serviceId: services[n % services.length], details: { name: `Person ${n}` } })),
  );
  const wire = prepared[0];
  const wireBytes = Buffer.byteLength(wire.body) + `POST /api/v1/requests HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIdempotency-Key: ${wire.id}\r\nContent-Length: ${wire.body.length}\r\n\r\n`.length;

  let next = 0;
  const acknowledged = new Set<string>();
  let errors = 0;
  const result = await autocannon({
    url: base,
    connections: Number(process.env.BENCH_CONNECTIONS ?? 16),
    amount: COUNT,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/requests',
        setupRequest: (req) => {
          const r = prepared[next++ % COUNT];
          return { ...req, headers: { 'content-type': 'application/json', 'idempotency-key': r.id }, body: r.body };
        },
        onResponse: (status, body) => {
          if (status === 201) acknowledged.add(JSON.parse(body).reference);
          else errors++;
        },
      },
    ],
  });
  await server.stop();
  const sql = await openDatabase({ dataDir: join(dataDir, 'pglite') });
  const stored = await sql.query<{ id: string; reference: string }>('SELECT id, reference FROM contact_request');
  await sql.close();
  rmSync(dataDir, { recursive: true, force: true });

  console.log(`\nContact requests under load (autocannon, 16 connections, ${COUNT} unique sealed requests, PGlite in a folder)`);
  row('stored per second (mean)', `${result.requests.average.toFixed(0)} req/s`);
  row('latency p50 / p99', `${result.latency.p50} ms / ${result.latency.p99} ms`);
  row('acknowledged (201) / other answers / errors', `${acknowledged.size} / ${errors} / ${result.errors + result.timeouts}`);
  const storedReferences = new Set(stored.map((r) => r.reference));
  const lost = [...acknowledged].filter((ref) => !storedReferences.has(ref)).length;
  const duplicated = stored.length - new Set(stored.map((r) => r.id)).size;
  row('rows in the database', String(stored.length));
  row('lost (acknowledged, not stored) / duplicated', `${lost} / ${duplicated}`);
  row('one sealed request on the wire (HTTP/1.1 head + body)', `${wireBytes} B (body ${Buffer.byteLength(wire.body)} B)`);
}
