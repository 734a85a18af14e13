import type { SavedKind } from '../../data/db';
import { isFavourite, setFavourite } from '../../data/favourites';
import { useT } from '../../i18n/use-t';
import { useLive } from '../use-live';

export function FavouriteButton({ kind, id }: { kind: SavedKind; id: string }) {
  const { t } = useT();
  const saved = useLive(() => isFavourite(kind, id), [kind, id]);
  return (
    <button type="button" class="button secondary favourite-button" aria-pressed={saved ? 'true' : 'false'} onClick={() => setFavourite(kind, id, !saved)}>
      <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.3-4.1 5.9-.9Z" fill={saved ? 'currentColor' : 'none'} stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />
      </svg>
      {saved ? t('favourites.saved') : t('favourites.save')}
    </button>
  );
}
