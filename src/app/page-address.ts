// FIRST-LOAD BUNDLE: keep small. A page reached at an address with a language (`/es/…`,
// `/ar/easy/…`) keeps it: every link to another page of the app gets the same prefix, so a reader
// (or a search engine) stays in the language and reading it came in; an unprefixed address (a
// printed QR code) keeps unprefixed links. One hook on Preact's elements does it for every link
// of every screen, on the server and the device alike: components write plain `/need/housing`.
import { options, type VNode } from 'preact';
import { addressOf, matchRoute, parseAddress, prefixOf } from '../shared/routes';

let prefix = '';

/** Set from the address being shown, before the frame renders its links (app.tsx). */
export function followAddress(url: string): void {
  prefix = prefixOf(url);
}

/** The address of an app page from the page being shown: `/requests` → `/es/requests` on a Spanish
 *  address. Anything else (an API, a file, another site, an address already prefixed) stays. */
export function localAddress(path: string): string {
  if (!prefix || !path.startsWith('/') || path.startsWith('//')) return path;
  if (parseAddress(path).lang || !matchRoute(path.split(/[?#]/)[0]!)) return path;
  const { lang, easy } = parseAddress(prefix);
  return addressOf(path, lang, easy);
}

const previous = options.vnode;
options.vnode = (vnode: VNode) => {
  if (prefix && vnode.type === 'a') {
    const props = vnode.props as { href?: unknown };
    if (typeof props.href === 'string') props.href = localAddress(props.href);
  }
  previous?.(vnode);
};
