// Only our own code, styles and data: nothing inline, nothing from elsewhere (shared devices).
// The one exception: the public pages the server renders carry the app's stylesheets inline (a
// first visit on a slow line paints without waiting for another download), allowed by their
// exact hashes, never by 'unsafe-inline'.
const POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export const CONTENT_SECURITY_POLICY = POLICY.join('; ');

/** The policy, with these inline stylesheets (their SHA-256, base64) allowed. */
export const policyWithStyles = (hashes: string[]) => [...POLICY, `style-src 'self' ${hashes.map((h) => `'sha256-${h}'`).join(' ')}`].join('; ');
