// FIRST-LOAD BUNDLE: keep small. Every screen's frame: after a route change its heading gets
// focus, so screen-reader and keyboard users start at the new content (not on the first page
// load, where the browser's own order, starting with the skip link, is right). The tab title follows.
// Under the heading, "Read aloud" (read-aloud.tsx): on every screen, for the whole main content.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { i18next } from '../../i18n/i18n';
import { ReadAloud } from './read-aloud';

let firstPage = true;

/** The tab's title of a screen: its heading, then the app's name. */
export const tabTitle = (title: string) => `${title} · Ponte`;

let serverTitle = '';
/** The title of the page the server has just rendered (render-page.tsx): the very one the
 *  device sets, so the tab's title does not change when the app takes the page over. */
export const renderedTitle = () => serverTitle;

export function Page({
  title,
  lang,
  children,
  icon,
  subtitle,
  focusHeading = true,
}: {
  title: string;
  lang?: string;
  children: ComponentChildren;
  icon?: ComponentChildren;
  /** Right under the heading, before anything else (a service's own name and who runs it). */
  subtitle?: ComponentChildren;
  /** false when the screen moves focus itself (search focuses its field). */
  focusHeading?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { path } = useLocation();
  if (typeof document === 'undefined') serverTitle = tabTitle(title);
  useLayoutEffect(() => {
    document.title = tabTitle(title);
  }, [title]);
  // Before the new screen is painted: focus never lands in it first and then jumps away from
  // whatever a person (or a test) already tapped into. Only a new page moves focus: a new
  // language retitles the same page, and focus stays in the language picker.
  useLayoutEffect(() => {
    if (!firstPage && focusHeading) heading.current?.focus();
    firstPage = false;
  }, [path]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1} lang={lang} dir={lang ? i18next.dir(lang) : undefined} class="page-title">
        {icon}
        {title}
      </h1>
      {subtitle}
      <ReadAloud />
      {children}
    </>
  );
}
