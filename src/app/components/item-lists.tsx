// Lists of services and rights cards, as used by a need, search, near me and saved.
// A service in a list says what it is in one line, whether it is open now, and offers a call
// button, so a person can often act without opening it; its name stays the main link.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { RightsCard, Service } from '../../shared/directory';
import { pick, type Localized as Picked } from '../../shared/localized';
import { dialable } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { LeavingLink } from '../kiosk/kiosk-link';
import { Localized, useContent } from './localized';
import { OpeningLine } from './opening-hours';
import { OwnNameLine } from './own-name';
import { WithNumber } from './phone-number';
import { firstSentence } from './first-sentence';
import './item-lists.css';

/** The number to call from a list: the main line, else the help line, else any. */
function mainPhone(service: Service): Service['phones'][number] | undefined {
  const order = ['main', 'helpline', 'appointments', 'emergency'];
  return [...service.phones].sort((a, b) => order.indexOf(a.purpose) - order.indexOf(b.purpose))[0];
}

export function ServiceItem({ service, extra }: { service: Service; extra?: ComponentChildren }) {
  const { t, lang } = useT();
  const titleId = useId();
  const content = useContent(service.texts, lang);
  const name = pick(service.texts, 'name', lang);
  const description = content('description');
  const summary: Picked<string> | undefined = description && { value: firstSentence(description.value, description.lang), lang: description.lang };
  const phone = mainPhone(service);
  return (
    <li class="item service-item">
      <a class="item-link" href={`/service/${service.id}`}>
        <Localized as="span" class="item-title" id={titleId} text={name} uiLang={lang} />
        <OwnNameLine texts={service.texts} shown={name} />
      </a>
      <Localized as="p" class="item-summary" text={summary} uiLang={lang} />
      <OpeningLine schedule={service.schedule} appointment={service.appointment_required} />
      {extra}
      {phone && (
        <p class="item-actions">
          <LeavingLink class="button small secondary" href={`tel:${dialable(phone.number)}`} describedBy={titleId}>
            <WithNumber sentence={(number) => t('service.call', { number })} number={phone.number} />
          </LeavingLink>
        </p>
      )}
    </li>
  );
}

export function RightsItem({ card, extra }: { card: RightsCard; extra?: ComponentChildren }) {
  const { t, lang } = useT();
  return (
    <li class="item rights-item">
      <a class="item-link" href={`/rights/${card.id}`}>
        <span class="item-kind">{t('rights.label')}</span>
        <Localized as="span" class="item-title" text={pick(card.texts, 'title', lang)} uiLang={lang} />
      </a>
      {extra}
    </li>
  );
}

export function ItemList({ children, label }: { children: ComponentChildren; label?: string }) {
  return (
    <ul class="items" aria-label={label}>
      {children}
    </ul>
  );
}
