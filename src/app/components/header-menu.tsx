// FIRST-LOAD BUNDLE: keep small. Language, easy read and display in one place. Where the header
// is narrow (a phone, or any screen with large text) they wait behind one "Menu" disclosure
// button, so each page's own heading and first lines start in the first screenful; where it has
// room (a container query in styles.css, in em, so it follows the text size) they show in the
// header and the button is hidden. The panel is rendered once either way: the language picker's
// id stays unique. It pushes the page down rather than covering it, at any width or text size.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useT } from '../../i18n/use-t';
import { DisplayMenu } from './display-menu';
import { EasyReadToggle } from './easy-read-toggle';
import { LanguagePicker } from './language-picker';

export function HeaderMenu() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { path } = useLocation();
  // Another page: the menu has done its job.
  useEffect(() => setOpen(false), [path]);
  // Escape closes it from anywhere: choosing a language re-renders the page, and focus may
  // have fallen back to the document by then. Focus returns to the button unless it is elsewhere.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const focus = document.activeElement;
      setOpen(false);
      if (!focus || focus === document.body || button.current?.parentElement?.contains(focus)) button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <div class="header-menu">
      <button ref={button} type="button" class="header-menu-button" aria-expanded={open} aria-controls="header-tools" onClick={() => setOpen(!open)}>
        <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M4 7h16M4 12h16M4 17h16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
        {t('headerMenu.button')}
      </button>
      <div id="header-tools" class="header-tools" hidden={!open}>
        <LanguagePicker />
        <EasyReadToggle />
        <DisplayMenu />
      </div>
    </div>
  );
}
