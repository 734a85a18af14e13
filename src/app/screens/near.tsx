// Services sorted by distance from the device's position, computed on the device. The position
// never leaves the device and is not stored.
import { useState } from 'preact/hooks';
import { allServices } from '../../data/directory';
import { coordinatesOf, sortByDistance, type LatLng } from '../../shared/distance';
import { formatDistance } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { ItemList, ServiceItem } from '../components/item-lists';
import { Page } from '../components/page';
import { useLive } from '../use-live';

type Position = { state: 'idle' } | { state: 'locating' } | { state: 'found'; at: LatLng } | { state: 'error'; message: string };
const SHOWN = 30;

export default function Near() {
  const { t, lang } = useT();
  const [position, setPosition] = useState<Position>({ state: 'idle' });
  const services = useLive(allServices, []);

  const locate = () => {
    if (!('geolocation' in navigator)) return setPosition({ state: 'error', message: 'near.unsupported' });
    setPosition({ state: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (p) => setPosition({ state: 'found', at: { latitude: p.coords.latitude, longitude: p.coords.longitude } }),
      (error) => setPosition({ state: 'error', message: error.code === error.PERMISSION_DENIED ? 'near.denied' : 'near.unavailable' }),
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 10 * 60_000 },
    );
  };

  const sorted = position.state === 'found' && services ? sortByDistance(services, position.at, (s) => coordinatesOf(s.address)).slice(0, SHOWN) : [];
  return (
    <Page title={t('near.title')}>
      <p>{t('near.intro')}</p>
      <p class="actions">
        <button type="button" class="button" onClick={locate} disabled={position.state === 'locating'}>
          {t('near.use')}
        </button>
      </p>
      <div role="status" aria-live="polite">
        {position.state === 'locating' && <p>{t('near.locating')}</p>}
        {position.state === 'error' && <p class="notice">{t(position.message)}</p>}
      </div>
      {sorted.length > 0 && (
        <ItemList>
          {sorted.map(({ item, km }) => (
            <ServiceItem
              key={item.id}
              service={item}
              extra={km !== undefined && <span class="distance">{t('near.away', { distance: formatDistance(km, lang) })}</span>}
            />
          ))}
        </ItemList>
      )}
    </Page>
  );
}
