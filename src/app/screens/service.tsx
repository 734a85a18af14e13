// A service page on the device: the service, who runs it and its rights cards, from IndexedDB
// (from the server's data until the directory is on the device), shown by views/service-view.tsx.
import { useRoute } from 'preact-iso';
import { getOrganization, getService, rightsForService } from '../../data/directory';
import { useT } from '../../i18n/use-t';
import { MissingItem } from '../components/missing-item';
import { useServed } from '../served-page';
import { useAboutSafety } from '../session/about-safety';
import { useDirectory } from '../use-live';
import { ServiceView } from '../views/service-view';

export default function ServiceScreen() {
  const { params } = useRoute();
  const { t } = useT();
  const served = useServed('service');
  const service = useDirectory(() => getService(params.id), [params.id], served?.service);
  const organization = useDirectory(async () => (service ? getOrganization(service.organization_id) : null), [service?.organization_id], served?.organization);
  const rights = useDirectory(() => rightsForService(params.id), [params.id], served?.rights);
  useAboutSafety(service?.needs.includes('safety') ?? false);
  if (service === undefined) return <p>{t('common.loading')}</p>;
  if (service === null) return <MissingItem kind="service" id={params.id} />;
  return <ServiceView service={service} organization={organization} rights={rights} />;
}
