// On a kiosk, a link that would leave Ponte (a phone number, an e-mail, a website, a map) is
// shown as a QR code to continue on the person's own phone: a tab left open on a library
// computer, or a call app, would outlive the session and show the next person where they went.
import type { ComponentChildren } from 'preact';
import { useT } from '../../i18n/use-t';
import { QrCode } from '../components/qr-code';
import { isKiosk } from './kiosk-mode';

export function LeavingLink({
  href,
  class: className,
  children,
  describedBy,
}: {
  href: string;
  class: string;
  children: ComponentChildren;
  /** The id of what the link is about, where its words alone do not say it (a call button in a list). */
  describedBy?: string;
}) {
  const { t } = useT();
  const external = /^https?:/.test(href);
  if (!isKiosk()) {
    return external ? (
      <a class={className} href={href} rel="noopener noreferrer" target="_blank" aria-describedby={describedBy}>
        {children}
      </a>
    ) : (
      <a class={className} href={href} aria-describedby={describedBy}>
        {children}
      </a>
    );
  }
  return (
    <details class="kiosk-link">
      <summary class={className} aria-describedby={describedBy}>
        {children}
      </summary>
      <QrCode text={href} label={t('kiosk.scanToOpen')} size={180} />
      <p class="hint">{t('kiosk.scanToOpen')}</p>
    </details>
  );
}
