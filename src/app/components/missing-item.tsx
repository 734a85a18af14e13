// A service or rights card the device does not hold. Three different answers: the directory is
// not on the device yet (downloading, or waiting for a connection), the item was listed and
// then removed ("no longer listed"), or its address was never listed ("not found").
import { getMeta, wasRemoved } from '../../data/directory';
import { useT } from '../../i18n/use-t';
import NotFound from '../screens/not-found';
import { useLive } from '../use-live';
import { DirectoryDownload } from './directory-download';
import { Gone } from './gone';

export function MissingItem({ kind, id }: { kind: 'service' | 'rights'; id: string }) {
  const { t } = useT();
  const meta = useLive(getMeta, []);
  const removed = useLive(() => wasRemoved(kind === 'service' ? 'services' : 'rights', id), [kind, id]);
  if (meta === undefined || removed === undefined) return <p>{t('common.loading')}</p>;
  if (meta === null) return <DirectoryDownload />;
  if (!removed) return <NotFound />;
  return <Gone title={t(`${kind}.goneTitle`)} text={t(`${kind}.goneText`)} />;
}
