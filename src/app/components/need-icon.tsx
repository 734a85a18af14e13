// FIRST-LOAD BUNDLE: keep small. Pictograms for the twelve needs: simple line drawings, always
// beside their text label, so they are decorative for screen readers.
import type { NeedId } from '../../shared/needs';

export const NEED_PATHS: Record<NeedId, string> = {
  housing: 'M3 11.5 12 4l9 7.5M5.5 10v10h13V10M10 20v-5.5h4V20',
  food: 'M3 12h18a9 9 0 0 1-18 0ZM8.5 8.5c0-1.5 1.5-1.5 1.5-3M13.5 8.5c0-1.5 1.5-1.5 1.5-3',
  money: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM15 8.6a4 4 0 1 0 0 6.8M7.5 11h6M7.5 13.5h6',
  work: 'M3 8h18v12H3ZM9 8V5h6v3M3 13.5h18',
  health: 'M12 20s-8-4.8-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 9c0 6.2-8 11-8 11ZM7 12h2.5l1.5-2.5 2 5 1.5-2.5H17',
  legal: 'M12 4v16M8 20h8M4.5 7h15M6.5 7 3.5 13h6ZM17.5 7l-3 6h6M3.5 13a3 3 0 0 0 6 0M14.5 13a3 3 0 0 0 6 0',
  family: 'M8 7.5a2.5 2.5 0 1 0 0-.01M4.5 20v-6a3.5 3.5 0 0 1 7 0v6M16.5 10.5a2 2 0 1 0 0-.01M14 20v-4a2.5 2.5 0 0 1 5 0v4',
  older: 'M10 5.5a2 2 0 1 0 0-.01M10 9.5v5l-2 5.5M10 14.5l2.5 5.5M10 10.5l4 2.5M16 13v7',
  disability: 'M11 4.5a1.8 1.8 0 1 0 0-.01M11 8v6h5l2 5M11 11h4.5M8.5 10.5a5.5 5.5 0 1 0 7 7.5',
  migrants: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM3 12h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9M12 3c-2.5 2.5-3.5 5.5-3.5 9s1 6.5 3.5 9',
  safety: 'M12 3 20 6v6c0 4.5-3.5 7.8-8 9-4.5-1.2-8-4.5-8-9V6ZM8.5 12l2.5 2.5 4.5-5',
  digital: 'M7.5 2.5h9v19h-9ZM10.5 18.5h3M7.5 5h9M7.5 16h9',
};

export function NeedIcon({ need, size = 40 }: { need: NeedId; size?: number }) {
  return (
    <svg class="need-icon" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={NEED_PATHS[need]} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
