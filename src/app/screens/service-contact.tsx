// Phone (call and SMS), e-mail, website, address and directions for a service.
import type { Service } from '../../shared/directory';
import { text } from '../../shared/localized';
import { unbroken } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { Pictogram } from '../components/pictogram';

const dial = (number: string) => number.replace(/\s+/g, '');

export function ContactSection({ service }: { service: Service }) {
  const { t, lang } = useT();
  const { latitude, longitude, address_1, postal_code, city } = service.address;
  const label = encodeURIComponent(String(text(service.texts, 'name', lang)));
  return (
    <>
      <section aria-labelledby="contact">
        <h2 id="contact">
          <Pictogram name="contact" keyIdea />
          {t('service.contact')}
        </h2>
        <ul class="contact-list">
          {service.phones.map((phone) => (
            <li key={phone.number}>
              <span class="contact-label">{t(`phone.${phone.purpose}`)}</span>
              <a class="button" href={`tel:${dial(phone.number)}`}>
                {t('service.call', { number: unbroken(phone.number) })}
              </a>
              {phone.sms && (
                <a class="button secondary" href={`sms:${dial(phone.number)}`}>
                  {t('service.sms', { number: unbroken(phone.number) })}
                </a>
              )}
            </li>
          ))}
          {service.email && (
            <li>
              <a class="button secondary" href={`mailto:${service.email}`}>
                {t('service.email')}: <span dir="ltr">{service.email}</span>
              </a>
            </li>
          )}
          {service.url && (
            <li>
              <a class="button secondary" href={service.url} rel="noopener noreferrer" target="_blank">
                {t('service.website')}: <span dir="ltr">{new URL(service.url).host}</span>
              </a>
            </li>
          )}
        </ul>
      </section>
      <section aria-labelledby="address">
        <h2 id="address">
          <Pictogram name="address" keyIdea />
          {t('service.address')}
        </h2>
        {/* Each line isolated: "33410 Valdemar" must not turn into "Valdemar 33410" in Arabic. */}
        <address>
          <bdi>{address_1}</bdi>
          <br />
          <bdi>
            {postal_code} {city}
          </bdi>
        </address>
        <p class="actions">
          <a class="button" href={`geo:${latitude},${longitude}?q=${latitude},${longitude}(${label})`}>
            {t('service.directions')}
          </a>
          <a
            class="button secondary"
            href={`https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=18/${latitude}/${longitude}`}
            rel="noopener noreferrer"
            target="_blank"
          >
            {t('service.map')}
          </a>
        </p>
      </section>
    </>
  );
}
