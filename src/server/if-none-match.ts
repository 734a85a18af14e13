// Revalidation: whether a request's If-None-Match names the ETag an answer has (RFC 9110's weak
// comparison: a list, either form of the tag, or *), so that the answer can be a 304.
export function ifNoneMatch(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === bare;
  });
}
