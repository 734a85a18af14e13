// FIRST-LOAD BUNDLE: keep small. Every screen's frame: after a route change its heading gets
// focus, so screen-reader and keyboard users start at the new content (not on the first page
// load, where the browser's own order, starting with the skip link, is right). The tab title follows.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { i18next } from '../../i18n/i18n';

let firstPage = true;

export function Page({
  title,
  lang,
  children,
  icon,
  focusHeading = true,
}: {
  title: string;
  lang?: string;
  children: ComponentChildren;
  icon?: ComponentChildren;
  /** false when the screen moves focus itself (search focuses its field). */
  focusHeading?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Before the new screen is painted: focus never lands in it first and then jumps away from
  // whatever a person (or a test) already tapped into.
  useLayoutEffect(() => {
    document.title = `${title} · Ponte`;
    if (!firstPage && focusHeading) heading.current?.focus();
    firstPage = false;
  }, [title]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1} lang={lang} dir={lang ? i18next.dir(lang) : undefined} class="page-title">
        {icon}
        {title}
      </h1>
      {children}
    </>
  );
}
