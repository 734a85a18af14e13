// robots.txt: every public page may be crawled; the APIs (the directory is offered to other tools
// as the HSDS API, not as pages) and the staff side may not. Pages that exist only on a device
// (favourites, requests) or hold a search are kept out of indexes by their own
// <meta name="robots" content="noindex">, which a crawler must be allowed to fetch to read.

export function robotsTxt(origin: string): string {
  return ['User-agent: *', 'Allow: /', 'Disallow: /api/', 'Disallow: /staff', '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n');
}
