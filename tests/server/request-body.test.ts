// Request bodies are limited while they are read: a client streaming an endless body gets its
// 413 while it is still sending, so the server never holds more than the limit in memory.
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REQUEST_BYTES } from '../../src/server/requests-api';
import { testServer } from '../helpers/server';

let server: Awaited<ReturnType<typeof testServer>>;
let listening: ServerType;
let origin: string;
beforeAll(async () => {
  server = await testServer();
  await new Promise<void>((ready) => {
    listening = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' }, () => ready());
  });
  origin = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((closed) => listening.close(closed));
  await server.close();
});

/** A chunked body (no Content-Length) that would go on for `totalBytes`, counting what was taken. */
function endlessBody(totalBytes: number) {
  const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
  const progress = { sent: 0, finished: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (progress.sent >= totalBytes) {
        progress.finished = true;
        return controller.close();
      }
      progress.sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, progress };
}

const CLIENT_WOULD_SEND = 64 * 1024 * 1024;
// What sits in the client's and the kernel's buffers when the server stops reading (about 4 MB
// on loopback), far below what the client would send.
const BUFFERED_AT_MOST = 16 * 1024 * 1024;

describe('request bodies on a real server', () => {
  it.each([
    ['/api/v1/requests', { 'Idempotency-Key': crypto.randomUUID() }],
    ['/api/v1/kiosk/staff-code', {}],
  ])('%s answers a streamed body far over the limit with 413 while it is still being sent', async (path, headers) => {
    const body = endlessBody(CLIENT_WOULD_SEND);
    const res = await fetch(origin + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: body.stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('too_large');
    expect(body.progress.finished).toBe(false);
    expect(body.progress.sent).toBeLessThan(BUFFERED_AT_MOST);
  });

  it('answers a Content-Length over the limit with 413 before reading any of it', async () => {
    const res = await fetch(`${origin}/api/v1/requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: 'x'.repeat(MAX_REQUEST_BYTES + 1),
    });
    expect(res.status).toBe(413);
  });
});
