// A test proxy that can play a captive portal (the Wi-Fi of a station or a hotel before logging
// in): in portal mode it answers every request, whatever was asked, with "200 OK" and an HTML
// login page; otherwise it passes everything to the server untouched. The browser talks only to
// the proxy, so the page, its origin and its service worker stay the same in both modes.
import { EventEmitter } from 'node:events';
import http from 'node:http';

export const PORTAL_PAGE = '<!doctype html><html><head><title>Free Wi-Fi</title></head><body><h1>Log in to the Wi-Fi</h1></body></html>';

export class CaptivePortalProxy extends EventEmitter<{ portal: [path: string] }> {
  private server?: http.Server;
  port = 0;
  portal = false;

  constructor(private readonly target: () => number) {
    super();
  }

  get url() {
    return `http://localhost:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server!.address() as { port: number }).port;
  }

  /** Resolves when the portal has answered a request whose path matches. */
  answered(path: RegExp): Promise<string> {
    return new Promise((resolve) => {
      const listener = (p: string) => {
        if (!path.test(p)) return;
        this.off('portal', listener);
        resolve(p);
      };
      this.on('portal', listener);
    });
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse) {
    if (this.portal) {
      req.resume();
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(PORTAL_PAGE);
      this.emit('portal', req.url ?? '');
      return;
    }
    const upstream = http.request({ host: '127.0.0.1', port: this.target(), method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
