// A rights card on the device: the card and the services that help, from IndexedDB (from the
// server's data until the directory is on the device), shown by views/rights-view.tsx.
import { useRoute } from 'preact-iso';
import { getRightsCard, servicesByIds } from '../../data/directory';
import { useT } from '../../i18n/use-t';
import { MissingItem } from '../components/missing-item';
import { useServed } from '../served-page';
import { useAboutSafety } from '../session/about-safety';
import { useDirectory } from '../use-live';
import { RightsView } from '../views/rights-view';

export default function RightsScreen() {
  const { params } = useRoute();
  const { t } = useT();
  const served = useServed('rights');
  const card = useDirectory(() => getRightsCard(params.id), [params.id], served?.card);
  const services = useDirectory(async () => (card ? servicesByIds(card.service_ids) : []), [card], served?.services);
  useAboutSafety(card?.needs.includes('safety') ?? false);
  if (card === undefined) return <p>{t('common.loading')}</p>;
  if (card === null) return <MissingItem kind="rights" id={params.id} />;
  return <RightsView card={card} services={services} />;
}
