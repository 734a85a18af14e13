// Serves the built app from memory. Hashed assets are immutable for a year; the HTML, the
// service worker and the web manifest must be revalidated every time, or phones keep old code.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { EncodedBody, encodedResponse } from './compression';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

interface StaticFile {
  body: EncodedBody;
  type: string;
  etag: string;
  immutable: boolean;
}

export class StaticFiles {
  private constructor(private readonly files: Map<string, StaticFile>) {}

  static async load(dir: string): Promise<StaticFiles> {
    const files = new Map<string, StaticFile>();
    for (const path of await walk(dir)) {
      const rel = '/' + relative(dir, path).split('\\').join('/');
      if (rel.startsWith('/.vite/')) continue; // build metadata, not for browsers
      const raw = await readFile(path);
      const ext = extname(path);
      files.set(rel, {
        body: new EncodedBody(raw),
        type: TYPES[ext] ?? 'application/octet-stream',
        etag: `"${createHash('sha256').update(raw).digest('base64url').slice(0, 22)}"`,
        immutable: rel.startsWith('/assets/'),
      });
    }
    return new StaticFiles(files);
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  /** Every file's path. */
  paths(): string[] {
    return [...this.files.keys()];
  }

  /** A file's text (the page template: index.html). */
  text(path: string): string | undefined {
    const file = this.files.get(path);
    return file && Buffer.from(file.body.raw).toString('utf8');
  }

  // A Promise when the body is still being compressed (once per file and encoding).
  respond(path: string, request: Request, status = 200): Response | Promise<Response> | undefined {
    const file = this.files.get(path);
    if (!file) return undefined;
    const headers = {
      'Content-Type': file.type,
      ETag: file.etag,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (status === 200 && request.headers.get('If-None-Match') === file.etag) {
      return new Response(null, { status: 304, headers });
    }
    const compressible = COMPRESSIBLE.has(extname(path));
    return encodedResponse(file.body, compressible ? (request.headers.get('Accept-Encoding') ?? undefined) : undefined, headers, status);
  }
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))),
  );
  return nested.flat();
}
