// Is this answer what we asked for? A captive portal (hotel or station Wi-Fi before logging in)
// answers every address with "200 OK" and its own HTML page. Stored as a language file or as the
// directory, that page would break the app long after the network is back. So nothing is kept
// unless it is OK and of the type asked for. Used by the worker's caches and by the sync.

export type ExpectedType = 'javascript' | 'json' | 'css';

const MEDIA_TYPES: Record<ExpectedType, RegExp> = {
  // RFC 9239: text/javascript; older servers still say application/javascript.
  javascript: /^(?:text|application)\/(?:x-)?javascript$/,
  json: /^application\/(?:[\w.+-]+\+)?json$/,
  css: /^text\/css$/,
};

/** The media type without its parameters (`text/javascript; charset=utf-8` → `text/javascript`). */
export const mediaType = (response: Response): string =>
  (response.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();

/** A 200–299 answer with the content type asked for. */
export function isExpectedResponse(response: Response, type: ExpectedType): boolean {
  return response.ok && MEDIA_TYPES[type].test(mediaType(response));
}
