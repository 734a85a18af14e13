// What a page's <head> tells search engines and link previews: its title and description, its
// canonical address and the same page in the other languages (hreflang), Open Graph for the
// preview a messaging app shows under a shared link, and whether it belongs in an index at all.
// Pure functions: the page renderer gives the facts, this file only writes them as HTML.
import { addressOf, INTERFACE_LANGUAGES } from '../../shared/routes';

export interface HeadInfo {
  title: string;
  description: string;
  /** The page's language: on <html lang>, and og:locale's default. */
  lang: string;
  /** On <html dir>; headTags does not write it (it is the renderer's <html> element). */
  dir: 'ltr' | 'rtl';
  /** Absolute URL. */
  canonical: string;
  /** Absolute URLs, x-default included (see alternatesOf). */
  alternates: { hreflang: string; href: string }[];
  ogType: 'website' | 'article';
  siteName: string;
  /** Open Graph's locale (es_ES); by default the one of `lang` (OG_LOCALES). */
  locale?: string;
  /** Not for an index: a search's results, a page that does not exist. */
  noindex?: boolean;
  /** Absolute URL of a preview image. */
  image?: string;
}

/** Open Graph wants language_TERRITORY. Ponte's languages as spoken where its cities are: the
 *  territory is only a hint for the preview's formatting, and these are the forms Facebook's
 *  list of locales has (ar_AR is its pan-Arabic one). */
const OG_LOCALES: Record<string, string> = {
  ar: 'ar_AR',
  en: 'en_GB',
  es: 'es_ES',
  fr: 'fr_FR',
  pt: 'pt_PT',
  uk: 'uk_UA',
};

export const ogLocaleOf = (lang: string): string => OG_LOCALES[lang.split('-')[0]!] ?? lang.replace('-', '_');

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe inside an attribute value (either quote) and as text. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const meta = (attribute: 'name' | 'property', key: string, content: string) =>
  `<meta ${attribute}="${key}" content="${escapeHtml(content)}">`;

/** The tags for the page's <head>, one a line, in the order a reader of the source expects. */
export function headTags(info: HeadInfo): string {
  const locale = info.locale ?? ogLocaleOf(info.lang);
  const otherLocales = [...new Set(INTERFACE_LANGUAGES.map(ogLocaleOf))].filter((l) => l !== locale);
  const tags = [
    `<title>${escapeHtml(info.title)}</title>`,
    meta('name', 'description', info.description),
    ...(info.noindex ? [meta('name', 'robots', 'noindex')] : []),
    `<link rel="canonical" href="${escapeHtml(info.canonical)}">`,
    ...info.alternates.map((a) => `<link rel="alternate" hreflang="${escapeHtml(a.hreflang)}" href="${escapeHtml(a.href)}">`),
    meta('property', 'og:title', info.title),
    meta('property', 'og:description', info.description),
    meta('property', 'og:type', info.ogType),
    meta('property', 'og:url', info.canonical),
    meta('property', 'og:site_name', info.siteName),
    meta('property', 'og:locale', locale),
    ...otherLocales.map((l) => meta('property', 'og:locale:alternate', l)),
    ...(info.image ? [meta('property', 'og:image', info.image)] : []),
    // "summary": a small card; previews take title, description and image from Open Graph.
    meta('name', 'twitter:card', 'summary'),
  ];
  return tags.join('\n');
}

/**
 * The same page in every interface language, as absolute URLs, and `x-default`: the address
 * without a language, which picks the visitor's. An easy-read page's alternates are the easy-read
 * pages of the other languages (still hreflang="es": easy read is a way of writing, not a
 * language), so the two sets never mix; both share the unprefixed address as x-default, as easy
 * read has no address without a language.
 */
export function alternatesOf(origin: string, path: string, easy: boolean): { hreflang: string; href: string }[] {
  return [
    ...INTERFACE_LANGUAGES.map((lang) => ({ hreflang: lang, href: origin + addressOf(path, lang, easy) })),
    { hreflang: 'x-default', href: origin + path },
  ];
}

/** Where a sentence ends: full stop, question and exclamation marks (Arabic's question mark too),
 *  the ellipsis, followed by a space. */
const SENTENCE_END = /(?<=[.!?؟…])\s+/;
const ELLIPSIS = '…';

/**
 * A description of at most `max` characters: the whole text if it fits, else as many of its
 * first sentences as fit whole, else the first sentence cut after a word with "…". Whitespace
 * (line breaks of easy-read texts included) is one space.
 */
export function describe(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let kept = '';
  for (const sentence of flat.split(SENTENCE_END)) {
    const longer = kept ? `${kept} ${sentence}` : sentence;
    if (longer.length > max) break;
    kept = longer;
  }
  if (kept) return kept;
  // The first sentence alone is too long: cut at the last space that leaves room for "…", and
  // leave no dangling comma or dash before it. A single word longer than that is cut anywhere
  // (never between the two halves of a character outside the BMP, an emoji).
  const room = flat.slice(0, max - ELLIPSIS.length).replace(/[\uD800-\uDBFF]$/, '');
  const space = room.lastIndexOf(' ');
  const cut = space > 0 ? room.slice(0, space) : room;
  return cut.replace(/[\s,;:–—-]+$/, '') + ELLIPSIS;
}
