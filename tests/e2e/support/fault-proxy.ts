// A test proxy between the browser and the server that spoils a share of the contact-request
// exchanges: half of the faults let the server store the request and then drop the answer;
// the others drop the connection before the server sees it, answer 500/503 themselves, or delay.
// Everything else passes through untouched. Seeded, so a failing run can be replayed.
import http from 'node:http';

export type Fault = 'drop-before' | 'fail' | 'delay' | 'drop-after';

export class FaultProxy {
  private server?: http.Server;
  port = 0;
  readonly faults: Record<Fault, number> = { 'drop-before': 0, fail: 0, delay: 0, 'drop-after': 0 };
  passed = 0;
  private state: number;

  constructor(
    private readonly target: () => number,
    private readonly rate = 0.3,
    seed = 20261124,
  ) {
    this.state = seed;
  }

  get url() {
    return `http://localhost:${this.port}`;
  }

  /** mulberry32: small, seeded, good enough to pick faults. */
  private random(): number {
    let t = (this.state += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  private faultCount = 0;

  /** Every other fault comes after the server has committed (the hardest case); the rest vary. */
  private pickFault(): Fault | undefined {
    if (this.random() >= this.rate) return undefined;
    if (this.faultCount++ % 2 === 0) return 'drop-after';
    const r = this.random();
    return r < 1 / 3 ? 'drop-before' : r < 2 / 3 ? 'fail' : 'delay';
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server!.address() as { port: number }).port;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const body = await new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
    });
    const fault = req.method === 'POST' && req.url === '/api/v1/requests' ? this.pickFault() : undefined;
    if (fault) this.faults[fault]++;
    else this.passed++;
    if (fault === 'drop-before') return req.socket.destroy();
    if (fault === 'fail') {
      const unavailable = this.random() < 0.5;
      res.writeHead(unavailable ? 503 : 500, unavailable ? { 'Retry-After': '1' } : {});
      return res.end('injected failure');
    }
    if (fault === 'delay') await new Promise((r) => setTimeout(r, 500 + this.random() * 2500));

    const upstream = http.request(
      { host: '127.0.0.1', port: this.target(), method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        if (fault === 'drop-after') {
          // The server has committed; the phone never hears about it.
          answer.resume();
          answer.on('end', () => req.socket.destroy());
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => req.socket.destroy());
    upstream.end(body);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
