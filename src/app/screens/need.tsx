// A need on the device: its services and rights cards from IndexedDB (from the server's data
// until the directory is on the device), shown by views/need-view.tsx.
import { useRoute } from 'preact-iso';
import { rightsForNeed, servicesForNeed } from '../../data/directory';
import { isNeedId, type NeedId } from '../../shared/needs';
import { useServed } from '../served-page';
import { useAboutSafety } from '../session/about-safety';
import { useDirectory } from '../use-live';
import { NeedView } from '../views/need-view';
import NotFound from './not-found';

export { byNeedOrder } from '../views/need-view';

export default function Need() {
  const { params } = useRoute();
  if (!isNeedId(params.id)) return <NotFound />;
  // A page of its own for each need: its filters start afresh (they live in the history entry).
  return <NeedPage key={params.id} need={params.id} />;
}

function NeedPage({ need }: { need: NeedId }) {
  const served = useServed('need');
  const services = useDirectory(() => servicesForNeed(need), [need], served?.services);
  const rights = useDirectory(() => rightsForNeed(need), [need], served?.rights);
  useAboutSafety(need === 'safety');
  return <NeedView need={need} services={services} rights={rights} />;
}
