// Every staff page's heading and title. After a route change the heading takes focus, so screen
// reader and keyboard users start at the new content (not on the first page load, where the
// browser's own order, starting with the skip link, is right). One h1 per page: this one.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useStaffT } from './i18n';

let firstPage = true;

export function StaffPage({ title, children, wide = false }: { title: string; children: ComponentChildren; wide?: boolean }) {
  const { t } = useStaffT();
  const heading = useRef<HTMLHeadingElement>(null);
  const { path } = useLocation();
  useLayoutEffect(() => {
    document.title = `${title} · ${t('frame.siteName')}`;
  }, [title, t('frame.siteName')]);
  useLayoutEffect(() => {
    if (!firstPage) heading.current?.focus();
    firstPage = false;
  }, [path]);
  return (
    <div class={wide ? 'staff-page staff-page-wide' : 'staff-page'}>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}
