// A service's postal address, on its page and on its printed card.
import type { Service } from '../../shared/directory';

/** Each line isolated: "33410 Valdemar" must not turn into "Valdemar 33410" in Arabic. */
export function PostalAddress({ address: { address_1, postal_code, city } }: { address: NonNullable<Service['address']> }) {
  return (
    <address>
      <bdi>{address_1}</bdi>
      <br />
      <bdi>{`${postal_code} ${city}`}</bdi>
    </address>
  );
}
