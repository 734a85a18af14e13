// A reverse proxy between Chromium and the Ponte server that counts what really crosses the
// wire (status line, headers and the compressed body, as the server sent them) for every
// request, page and service worker alike, and can slow the line down like a slow 3G phone.
// Counting here rather than in the page: the worker's own fetches (its precache) are invisible
// to the page's DevTools session, and Chromium's per-page network emulation does not slow them.
import http from 'node:http';

export interface Exchange {
  method: string;
  path: string;
  /** Sec-Fetch-Dest: 'script' for the page's modules, 'serviceworker' for sw.js, 'empty' for fetch(). */
  dest: string;
  status: number;
  contentType: string;
  /** Bytes on the wire from the server to the browser. */
  bytes: number;
  /** Epoch milliseconds, as the page's performance.timeOrigin counts. */
  start: number;
  end: number;
}

export interface Line {
  /** Added before each answer starts: the round trip of a request and its first byte. */
  rttMs: number;
  /** Shared by every open connection, as one radio link is. */
  bytesPerSecond: number;
}

export const SLOW_3G: Line = { rttMs: 400, bytesPerSecond: 400_000 / 8 };

export class MeasuringProxy {
  readonly exchanges: Exchange[] = [];
  private server?: http.Server;
  /** The requests not answered yet. */
  readonly open = new Set<Exchange>();
  private lastActivity = Date.now();
  /** When the shared link is next free to carry a byte (epoch ms). */
  private linkFreeAt = 0;
  port = 0;

  constructor(
    private readonly targetPort: number,
    private readonly line?: Line,
  ) {}

  get url() {
    return `http://localhost:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => void this.forward(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Resolves once no request has been open for `quietMs` (the usual "network idle"). */
  async idle(quietMs = 500): Promise<void> {
    for (;;) {
      const quietFor = Date.now() - this.lastActivity;
      if (this.open.size === 0 && quietFor >= quietMs) return;
      await new Promise((r) => setTimeout(r, Math.max(50, quietMs - quietFor)));
    }
  }

  private async forward(req: http.IncomingMessage, res: http.ServerResponse) {
    const exchange: Exchange = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      dest: String(req.headers['sec-fetch-dest'] ?? ''),
      status: 0,
      contentType: '',
      bytes: 0,
      start: Date.now(),
      end: 0,
    };
    this.open.add(exchange);
    res.on('close', () => done()); // also when the browser gives up on it
    const done = () => {
      if (exchange.end) return;
      exchange.end = this.lastActivity = Date.now();
      this.exchanges.push(exchange);
      this.open.delete(exchange);
    };
    const body = await new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
    });
    if (this.line) await sleep(this.line.rttMs);
    const upstream = http.request({ host: '127.0.0.1', port: this.targetPort, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      exchange.status = answer.statusCode ?? 0;
      exchange.contentType = String(answer.headers['content-type'] ?? '');
      exchange.bytes += headerBytes(answer);
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      // Each chunk leaves when the shared link has carried it; the end only after the last one.
      let sent = Promise.resolve();
      answer.on('data', (chunk: Buffer) => {
        exchange.bytes += chunk.length;
        const leavesAt = Date.now() + this.transmit(chunk.length);
        sent = sent.then(() => sleep(leavesAt - Date.now())).then(() => void res.write(chunk));
      });
      answer.on('end', () => void sent.then(() => res.end(done)));
    });
    upstream.on('error', () => (req.socket.destroy(), done()));
    upstream.end(body);
  }

  /** Milliseconds until `bytes` have crossed the shared link (0 when the line is not slowed). */
  private transmit(bytes: number): number {
    if (!this.line) return 0;
    const now = Date.now();
    this.linkFreeAt = Math.max(this.linkFreeAt, now) + (bytes / this.line.bytesPerSecond) * 1000;
    return this.linkFreeAt - now;
  }
}

/** The status line and headers as they cross the wire. */
function headerBytes(answer: http.IncomingMessage): number {
  let size = `HTTP/1.1 ${answer.statusCode} ${answer.statusMessage}\r\n`.length + 2;
  for (let i = 0; i < answer.rawHeaders.length; i += 2) size += answer.rawHeaders[i]!.length + answer.rawHeaders[i + 1]!.length + 4;
  return size;
}

const sleep = (ms: number) => new Promise<void>((r) => (ms > 0 ? setTimeout(r, ms) : r()));
