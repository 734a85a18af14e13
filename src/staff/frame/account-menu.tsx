// Who is signed in, and the ways out: "Sign out" (this browser) and "Sign out everywhere" (every
// session of the account: a phone left somewhere, a shared PC). A disclosure button: its panel
// opens under it; Escape closes it (focus back on the button), and so does a tap or a click
// elsewhere. Focus moving elsewhere does not: a page that focuses its heading once its
// data has come would otherwise shut the menu under the person's pointer.
import { useEffect, useRef, useState } from 'preact/hooks';
import { signOut, type StaffAccount } from '../api';
import { useStaffT } from '../i18n';

export function AccountMenu({ account }: { account: StaffAccount }) {
  const { t } = useStaffT();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string>();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event instanceof PointerEvent && panel.current?.parentElement?.contains(event.target as Node)) return;
      setOpen(false);
      if (event instanceof KeyboardEvent) button.current?.focus();
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, [open]);

  const leave = async (everywhere: boolean) => {
    setProblem(undefined);
    try {
      await signOut({ everywhere });
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  return (
    <div class="account-menu">
      <button ref={button} type="button" class="account-button" aria-expanded={open} aria-controls="account-panel" onClick={() => setOpen(!open)}>
        {t('frame.account.button')}
      </button>
      <div ref={panel} id="account-panel" class="account-panel" hidden={!open}>
        <p class="account-email">
          {t('frame.account.signedInAs')} <bdi>{account.email}</bdi>
        </p>
        <button type="button" class="staff-button staff-button-secondary" onClick={() => void leave(false)}>
          {t('frame.account.signOut')}
        </button>
        <button type="button" class="staff-button staff-button-secondary" onClick={() => void leave(true)}>
          {t('frame.account.signOutEverywhere')}
        </button>
        {problem && (
          <p class="staff-error-text" role="alert">
            {problem}
          </p>
        )}
      </div>
    </div>
  );
}
