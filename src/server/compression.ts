// Content negotiation for compressed bodies. Bodies are compressed once and cached by the
// caller (directory payloads per version, static files per build), never per request.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

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

export function encode(body: Uint8Array, encoding: Encoding): Uint8Array {
  if (encoding === 'br') {
    return brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
  }
  if (encoding === 'gzip') return gzipSync(body, { level: 9 });
  return body;
}

/** Lazily encodes one body per encoding and remembers the results. */
export class EncodedBody {
  private readonly cache = new Map<Encoding, Uint8Array>();
  constructor(readonly raw: Uint8Array) {}
  as(encoding: Encoding): Uint8Array {
    // Tiny bodies are not worth the CPU or the header.
    if (this.raw.length < 512) encoding = 'identity';
    let body = this.cache.get(encoding);
    if (!body) this.cache.set(encoding, (body = encode(this.raw, encoding)));
    return body;
  }
}

export function encodedResponse(
  body: EncodedBody,
  acceptEncoding: string | undefined,
  headers: Record<string, string>,
  status = 200,
): Response {
  let encoding = negotiateEncoding(acceptEncoding);
  const bytes = body.as(encoding);
  if (bytes === body.raw) encoding = 'identity';
  const h = new Headers({ ...headers, Vary: 'Accept-Encoding', 'Content-Length': String(bytes.length) });
  if (encoding !== 'identity') h.set('Content-Encoding', encoding);
  return new Response(bytes as Uint8Array<ArrayBuffer>, { status, headers: h });
}
