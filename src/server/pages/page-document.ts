// A page's HTML document: the built app's own index.html (its scripts and stylesheet, named by
// the build) with the page's language, head and rendered app put in. The served page's data goes
// in as a JSON data block the app reads to take the page over (src/app/main.tsx).
import { SERVED_PAGE_ID, type ServedPage } from '../../shared/page-data';

export interface DocumentParts {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Easy read: its styles (more space, pictograms) from the first paint, as the app sets them. */
  easy: boolean;
  /** Title, description, links and Open Graph (head.ts), and any JSON-LD. */
  head: string;
  /** The rendered app, or '' for a page the device alone can show. */
  app?: string;
  served?: ServedPage;
  /** Said to a browser without JavaScript instead of the shell's sentence. */
  noscript: string;
}

/** Without JavaScript, the controls that only work with it are not offered (the header's menu and
 *  tools, the guided tour, the quick exit, read aloud, saving, filters, sharing, reporting a
 *  mistake, the printable set): the page reads as a plain document. With JavaScript this
 *  stylesheet is never applied. */
export const WITHOUT_SCRIPT_STYLE =
  '.header-menu-button,.header-tools,.tour,.quick-exit,.read-aloud,.favourite-button,.filters,.share-actions,.report-mistake,.print-set-link,.status-placeholder{display:none!important}';

/** JSON inside a <script> element: nothing in it may close the element or open a comment. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export function pageDocument(shell: string, parts: DocumentParts): string {
  const data = parts.served ? `<script type="application/json" id="${SERVED_PAGE_ID}">${scriptJson(parts.served)}</script>` : '';
  // Replacements by functions: a text holding "$&" or "$'" (a service's description may) is put
  // in as it is, never read as a replacement pattern.
  return (
    shell
      // The shell's own <noscript> first: the head gets one of its own below.
      .replace(/<noscript>[\s\S]*?<\/noscript>/, () => `<noscript>${parts.noscript}</noscript>`)
      .replace(/<html[^>]*>/, () => `<html lang="${parts.lang}" dir="${parts.dir}"${parts.easy ? ' data-reading="easy"' : ''}>`)
      .replace(/\s*<title>[^<]*<\/title>/, '')
      .replace(/\s*<meta name="description"[^>]*>/, '')
      .replace('</head>', () => `${parts.head}\n<noscript><style>${WITHOUT_SCRIPT_STYLE}</style></noscript>\n  </head>`)
      .replace('<div id="app"></div>', () => `<div id="app">${parts.app ?? ''}</div>${data}`)
  );
}
