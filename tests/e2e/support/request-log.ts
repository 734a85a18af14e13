// A pass-through proxy in front of the test server that writes down every request reaching it
// (method, path, Idempotency-Key): the server's own log, as the tests need it. Whatever the page
// or its service worker sends, and however, it is here if it left the browser.
import http from 'node:http';

export interface LoggedRequest {
  method: string;
  path: string;
  idempotencyKey?: string;
}

export class RequestLog {
  private server?: http.Server;
  port = 0;
  readonly requests: LoggedRequest[] = [];

  constructor(private readonly target: () => number) {}

  get url() {
    return `http://localhost:${this.port}`;
  }

  /** The contact requests that reached the server, by id. */
  contactRequests(): string[] {
    return this.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/api/v1/requests')).map((r) => r.idempotencyKey ?? '(no id)');
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const key = req.headers['idempotency-key'];
      this.requests.push({ method: req.method ?? '', path: req.url ?? '', idempotencyKey: typeof key === 'string' ? key : undefined });
      const upstream = http.request({ host: '127.0.0.1', port: this.target(), method: req.method, path: req.url, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => req.socket.destroy());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server!.address() as { port: number }).port;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
