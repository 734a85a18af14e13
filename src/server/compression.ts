// Content negotiation for compressed bodies. Bodies are compressed once and cached by the
// caller (directory payloads per version, static files per build), never per request.
// Compression runs on libuv's thread pool (zlib's callback API), never on the event loop: a
// large directory payload takes tens of milliseconds at brotli quality 9, and every other
// request (manifests, contact requests) would wait that long.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The best encoding the client accepts (q=0 means refused). */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name) accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

export async function encode(body: Uint8Array, encoding: Encoding): Promise<Uint8Array> {
  if (encoding === 'br') {
    return brotliAsync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
  }
  if (encoding === 'gzip') return gzipAsync(body, { level: 9 });
  return body;
}

/**
 * Lazily encodes one body per encoding and remembers the results. Callers asking for an
 * encoding that is still being compressed wait for that one compression, not a second.
 * `compress: false` keeps a body identity-only (a payload not worth the CPU).
 */
export class EncodedBody {
  private readonly encoded = new Map<Encoding, Promise<Uint8Array>>();
  private encodedBytes = 0;
  constructor(
    readonly raw: Uint8Array,
    private readonly compress = true,
  ) {}

  as(encoding: Encoding): Promise<Uint8Array> {
    // Tiny bodies are not worth the CPU or the header.
    if (encoding === 'identity' || !this.compress || this.raw.length < 512) return Promise.resolve(this.raw);
    let body = this.encoded.get(encoding);
    if (!body) {
      body = encode(this.raw, encoding);
      this.encoded.set(encoding, body);
      body.then(
        (bytes) => (this.encodedBytes += bytes.length),
        () => this.encoded.delete(encoding), // tried again by the next request
      );
    }
    return body;
  }

  /** Memory held: the body and its finished encodings. */
  get bytes(): number {
    return this.raw.length + this.encodedBytes;
  }
}

export async function encodedResponse(
  body: EncodedBody,
  acceptEncoding: string | undefined,
  headers: Record<string, string>,
  status = 200,
): Promise<Response> {
  let encoding = negotiateEncoding(acceptEncoding);
  const bytes = await body.as(encoding);
  if (bytes === body.raw) encoding = 'identity';
  const h = new Headers({ ...headers, Vary: 'Accept-Encoding', 'Content-Length': String(bytes.length) });
  if (encoding !== 'identity') h.set('Content-Encoding', encoding);
  return new Response(bytes as Uint8Array<ArrayBuffer>, { status, headers: h });
}
