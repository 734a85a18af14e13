// FIRST-LOAD BUNDLE: keep small. Every screen's frame: its heading gets focus when the route
// changes, so screen-reader and keyboard users start at the new content; the tab title follows.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export function Page({ title, lang, children, icon }: { title: string; lang?: string; children: ComponentChildren; icon?: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Ponte`;
    if (document.activeElement !== document.body && document.activeElement?.id === 'search-input') return;
    heading.current?.focus({ preventScroll: false });
  }, [title]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1} lang={lang} class="page-title">
        {icon}
        {title}
      </h1>
      {children}
    </>
  );
}
