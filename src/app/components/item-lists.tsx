// Lists of services and rights cards, as used by a need, search, near me and saved.
import type { ComponentChildren } from 'preact';
import type { RightsCard, Service } from '../../shared/directory';
import { pick } from '../../shared/localized';
import { useT } from '../../i18n/use-t';
import { Localized } from './localized';
import { OpeningLine } from './opening-hours';

export function ServiceItem({ service, extra }: { service: Service; extra?: ComponentChildren }) {
  const { lang } = useT();
  return (
    <li class="item">
      <a class="item-link" href={`/service/${service.id}`}>
        <Localized as="span" class="item-title" text={pick(service.texts, 'name', lang)} uiLang={lang} />
      </a>
      <OpeningLine schedule={service.schedule} />
      {extra}
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
