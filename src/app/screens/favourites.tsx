// Saved services and rights cards, newest first, readable offline.
import { getRightsCard, getService } from '../../data/directory';
import { listFavourites, setFavourite } from '../../data/favourites';
import { useT } from '../../i18n/use-t';
import { ItemList, RightsItem, ServiceItem } from '../components/item-lists';
import { Page } from '../components/page';
import { useLive } from '../use-live';

export default function Favourites() {
  const { t } = useT();
  const saved = useLive(
    async () =>
      Promise.all(
        (await listFavourites()).map(async (f) => ({
          ...f,
          service: f.kind === 'service' ? await getService(f.ref) : null,
          card: f.kind === 'rights' ? await getRightsCard(f.ref) : null,
        })),
      ),
    [],
  );
  return (
    <Page title={t('favourites.title')}>
      {saved === undefined ? (
        <p>{t('common.loading')}</p>
      ) : saved.length === 0 ? (
        <p>{t('favourites.empty')}</p>
      ) : (
        <ItemList>
          {saved.map((f) =>
            f.service ? (
              <ServiceItem key={f.id} service={f.service} />
            ) : f.card ? (
              <RightsItem key={f.id} card={f.card} />
            ) : (
              <li key={f.id} class="item">
                <span>{t('favourites.gone')}</span>{' '}
                <button type="button" class="button small secondary" onClick={() => setFavourite(f.kind, f.ref, false)}>
                  {t('favourites.remove')}
                </button>
              </li>
            ),
          )}
        </ItemList>
      )}
    </Page>
  );
}
