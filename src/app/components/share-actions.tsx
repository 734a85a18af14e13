// Share, QR code and Print for a service or rights card: to pass a card on to someone else. A
// section of its own, with its heading, at the end of the page: the card's content comes first
// (at 200% text, three full-width buttons before "What is it?" took a whole screen).
// The link is the page's own address on this origin and nothing more (no search words, no
// query, nothing about the person), so a QR code or a message never carries what was typed.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { isKiosk } from '../kiosk/kiosk-mode';
import { useDeviceValue } from '../served-page';
import { QrCode } from './qr-code';

/** The address another phone opens: this origin and the card's path, never a query. */
export const cardUrl = (path: string) => (typeof location === 'undefined' ? path : new URL(path, location.origin).href);

type Copying = 'idle' | 'copied' | 'refused';

export function ShareActions({ path, title }: { path: string; title: string }) {
  const { t } = useT();
  const [qrShown, setQrShown] = useState(false);
  const [copying, setCopying] = useState<Copying>('idle');
  const qrId = useId();
  const headingId = useId();
  const url = cardUrl(path);
  return (
    <section class="share-actions no-print" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('share.heading')}</h2>
      <p class="actions">
        {/* A public computer shares nothing: its clipboard and its apps belong to the next person.
            The QR code takes the card to the person's own phone instead. */}
        {!isKiosk() && <ShareButton url={url} title={title} onCopied={setCopying} />}
        <button type="button" class="button secondary" aria-expanded={qrShown ? 'true' : 'false'} aria-controls={qrId} onClick={() => setQrShown(!qrShown)}>
          <QrIcon />
          {qrShown ? t('share.hideQr') : t('share.showQr')}
        </button>
        <button type="button" class="button secondary" onClick={() => window.print()}>
          <PrintIcon />
          {t('share.print')}
        </button>
      </p>
      {/* Always in the page, so screen readers announce what is written into it. */}
      <p class="share-status" role="status">
        {copying === 'copied' && t('share.copied')}
        {copying === 'refused' && t('share.copyRefused')}
      </p>
      {copying === 'refused' && <LinkField url={url} />}
      <div id={qrId} hidden={!qrShown}>
        {qrShown && (
          <>
            <QrCode text={url} label={t('share.qrLabel')} />
            <p class="hint">{t('share.qrHint')}</p>
          </>
        )}
      </div>
    </section>
  );
}

/** "Share" where the device can (WhatsApp, SMS… through its own sheet), else "Copy link". */
function ShareButton({ url, title, onCopied }: { url: string; title: string; onCopied: (state: Copying) => void }) {
  const { t } = useT();
  const data = { title, text: t('share.text', { name: title }), url };
  // The server's page offers "Copy link"; a phone with a share sheet then says "Share".
  const canShare = useDeviceValue(() => typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true), false);
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('No clipboard in this browser');
      await navigator.clipboard.writeText(url);
      onCopied('copied');
    } catch {
      onCopied('refused');
    }
  };
  const share = async () => {
    try {
      await navigator.share(data);
    } catch (error) {
      // The person closed the share sheet: nothing to say. Anything else: copy instead.
      if ((error as DOMException).name !== 'AbortError') await copy();
    }
  };
  return (
    <button type="button" class="button secondary" onClick={() => void (canShare ? share() : copy())}>
      <ShareIcon />
      {canShare ? t('share.share') : t('share.copyLink')}
    </button>
  );
}

/** The clipboard was refused: the link, selected, so a long press or Ctrl+C copies it by hand. */
function LinkField({ url }: { url: string }) {
  const { t } = useT();
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  return (
    <p class="field share-link">
      <label for={id}>{t('share.linkLabel')}</label>
      <input ref={field} id={id} type="url" dir="ltr" readOnly value={url} />
    </p>
  );
}

const icon = { width: 20, height: 20, viewBox: '0 0 24 24', 'aria-hidden': 'true' as const, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.8, 'stroke-linecap': 'round' as const, 'stroke-linejoin': 'round' as const };
const ShareIcon = () => (
  <svg {...icon}>
    <circle cx="18" cy="5" r="2.5" />
    <circle cx="6" cy="12" r="2.5" />
    <circle cx="18" cy="19" r="2.5" />
    <path d="M8.2 10.8l7.6-4.4M8.2 13.2l7.6 4.4" />
  </svg>
);
const QrIcon = () => (
  <svg {...icon}>
    <path d="M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h2v2h-2zM18 18h2v2h-2zM14 18h2M18 14h2" />
  </svg>
);
const PrintIcon = () => (
  <svg {...icon}>
    <path d="M7 9V3h10v6M7 17H4v-7h16v7h-3M7 14h10v7H7z" />
  </svg>
);
