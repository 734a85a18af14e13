// What a browser without JavaScript shows on a page that only the device can make (the request
// form, the outbox, saved items, settings): that it needs JavaScript, and what to do instead. On a
// service's request form, that is its phone numbers. Rendered by the server into <noscript>.
import type { Service } from '../../shared/directory';
import { pick } from '../../shared/localized';
import { dialable } from '../../i18n/format';
import { useT } from '../../i18n/use-t';

export function NoScriptNote({ service, home }: { service?: Service; home: string }) {
  const { t, lang } = useT();
  const name = service && pick(service.texts, 'name', lang)?.value;
  return (
    <div class="noscript-note">
      <p>{t('noscript.needsJs')}</p>
      {service && service.phones.length > 0 && (
        <>
          <p>{t('noscript.callInstead', { service: name })}</p>
          <ul>
            {service.phones.map((phone) => (
              <li key={phone.number}>
                <a href={`tel:${dialable(phone.number)}`}>{phone.number}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={home}>{t('common.backHome')}</a>
      </p>
    </div>
  );
}
