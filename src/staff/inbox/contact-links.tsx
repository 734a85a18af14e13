// One tap to reach the person, the way they asked for (and only that way): a call, an SMS, a
// WhatsApp chat or an e-mail. Numbers are dialled as digits (and a leading +).
import type { ContactMethod } from '../../shared/contact-request';
import { useStaffT } from '../i18n';
import type { AttemptMethod, RequestDetails } from './types';

const digits = (phone: string) => phone.replace(/[^\d+]/g, '');

/** The link for a way of reaching the person, or undefined when their details lack it. */
export function contactHref(method: ContactMethod, details: Pick<RequestDetails, 'phone' | 'email'>): string | undefined {
  const phone = digits(details.phone);
  switch (method) {
    case 'call':
      return phone ? `tel:${phone}` : undefined;
    case 'sms':
      return phone ? `sms:${phone}` : undefined;
    case 'whatsapp':
      // wa.me takes the international number as digits only, without "+" or leading zeros.
      return phone ? `https://wa.me/${phone.replace(/^\+/, '').replace(/^00/, '')}` : undefined;
    case 'email':
      return details.email ? `mailto:${encodeURI(details.email)}` : undefined;
    default:
      return undefined;
  }
}

/** The ways an attempt can have been made with these details: the one they asked for first. */
export function attemptMethods(details: RequestDetails | null): AttemptMethod[] {
  const all: AttemptMethod[] = ['call', 'sms', 'whatsapp', 'email'];
  if (!details) return all;
  const possible = all.filter((m) => contactHref(m, details));
  const asked = details.method as AttemptMethod;
  return possible.includes(asked) ? [asked, ...possible.filter((m) => m !== asked)] : possible;
}

export function ContactLinks({ details }: { details: RequestDetails }) {
  const { t } = useStaffT();
  const href = contactHref(details.method, details);
  if (details.method === 'visit') return <p>{t('request.reach.visit')}</p>;
  if (!href) return <p>{t('request.reach.missing')}</p>;
  return (
    <p class="staff-actions contact-actions">
      <a class="staff-button" href={href} {...(details.method === 'whatsapp' ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
        {/* A number that wraps in a narrow button breaks into pieces that a right-to-left line
            reorders ("44" before "+34 611…"): its spaces do not break. */}
        {t(`request.reach.${details.method}`, { phone: details.phone.replace(/ /g, '\u00a0'), email: details.email })}
      </a>
    </p>
  );
}
