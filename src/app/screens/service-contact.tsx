// Phone (call and SMS), e-mail, website, address and directions for a service.
import type { Service } from '../../shared/directory';
import { coordinatesOf } from '../../shared/distance';
import { text } from '../../shared/localized';
import { dialable as dial } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { WithNumber } from '../components/phone-number';
import { Pictogram } from '../components/pictogram';
import { PostalAddress } from '../components/postal-address';
import { LeavingLink } from '../kiosk/kiosk-link';
import { isKiosk } from '../kiosk/kiosk-mode';
import { useDeviceValue } from '../served-page';

/**
 * Whether "Directions" can be a geo: link: on a phone or tablet (a touch screen is its main
 * pointer) the system hands geo: to a maps app; a desktop browser (a library PC) does nothing
 * with it, so there it opens directions on a web map. Decided by what the device is, not by its
 * user agent. A kiosk's links become QR codes that a phone reads: geo: suits that phone.
 */
const geoLinksOpen = () => isKiosk() || matchMedia('(pointer: coarse)').matches;

/** OpenStreetMap's directions with the service as the destination; the person sets the start. */
const webDirections = (lat: number, lon: number) => `https://www.openstreetmap.org/directions?route=${encodeURIComponent(`;${lat},${lon}`)}`;

export function ContactSection({ service }: { service: Service }) {
  const { t, lang } = useT();
  const { address } = service;
  const label = encodeURIComponent(String(text(service.texts, 'name', lang)));
  const reachable = service.phones.length > 0 || service.email || service.url;
  return (
    <>
      {reachable && (
        <section aria-labelledby="contact">
          <h2 id="contact">
            <Pictogram name="contact" keyIdea />
            {t('service.contact')}
          </h2>
          <ul class="contact-list">
            {service.phones.map((phone) => (
              <li key={phone.number}>
                <span class="contact-label">{t(`phone.${phone.purpose}`)}</span>
                <LeavingLink class="button" href={`tel:${dial(phone.number)}`}>
                  <WithNumber sentence={(number) => t('service.call', { number })} number={phone.number} />
                </LeavingLink>
                {phone.sms && (
                  <LeavingLink class="button secondary" href={`sms:${dial(phone.number)}`}>
                    <WithNumber sentence={(number) => t('service.sms', { number })} number={phone.number} />
                  </LeavingLink>
                )}
              </li>
            ))}
            {service.email && (
              <li>
                <LeavingLink class="button secondary" href={`mailto:${service.email}`}>
                  {`${t('service.email')}: `}
                  <span dir="ltr">{service.email}</span>
                </LeavingLink>
              </li>
            )}
            {service.url && (
              <li>
                <LeavingLink class="button secondary" href={service.url}>
                  {`${t('service.website')}: `}
                  <span dir="ltr">{new URL(service.url).host}</span>
                </LeavingLink>
              </li>
            )}
          </ul>
        </section>
      )}
      {address && (
        <section aria-labelledby="address">
          <h2 id="address">
            <Pictogram name="address" keyIdea />
            {t('service.address')}
          </h2>
          <PostalAddress address={address} />
          <MapLinks address={address} label={label} />
        </section>
      )}
    </>
  );
}

/** Directions and the map; an address without coordinates (some imported directories have none)
 *  is looked up on the map by its words instead, and has no directions. */
function MapLinks({ address, label }: { address: NonNullable<Service['address']>; label: string }) {
  const { t } = useT();
  const at = coordinatesOf(address);
  // The server's page (any device) links to the web map; a phone then gets its maps app.
  const geo = useDeviceValue(geoLinksOpen, false);
  const words = encodeURIComponent(`${address.address_1}, ${address.postal_code} ${address.city}`);
  const map = at
    ? `https://www.openstreetmap.org/?mlat=${at.latitude}&mlon=${at.longitude}#map=18/${at.latitude}/${at.longitude}`
    : geo ? `geo:0,0?q=${words}` : `https://www.openstreetmap.org/search?query=${words}`;
  return (
    <p class="actions">
      {at && (
        <LeavingLink class="button" href={geo ? `geo:${at.latitude},${at.longitude}?q=${at.latitude},${at.longitude}(${label})` : webDirections(at.latitude, at.longitude)}>
          {t('service.directions')}
        </LeavingLink>
      )}
      <LeavingLink class={at ? 'button secondary' : 'button'} href={map}>
        {t('service.map')}
      </LeavingLink>
    </p>
  );
}
