// FIRST-LOAD BUNDLE: keep small. Pictograms for the key ideas of a page (who, how, what to
// bring, cost, contact, hours…), drawn like the need icons: simple lines, always beside their
// words, so screen readers skip them. Shown in easy-read mode, where a picture beside each key
// idea helps people who find reading hard. Arrows are mirrored in right-to-left languages.
import { NEED_PATHS } from './need-icon';

const PATHS = {
  what: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM12 11v6M12 7.5v.01',
  who: 'M12 4a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7ZM5 20c0-4 3-6.5 7-6.5s7 2.5 7 6.5',
  how: 'M4 12h14M13 6l6 6-6 6',
  bring: 'M6 3h8l4 4v14H6ZM14 3v4h4M9 12h6M9 16h6',
  cost: NEED_PATHS.money,
  contact: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a1 1 0 0 1-1 1A16 16 0 0 1 4 5a1 1 0 0 1 1-1Z',
  hours: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM12 7v5l3.5 2',
  address: 'M12 21s-7-6.5-7-12a7 7 0 0 1 14 0c0 5.5-7 12-7 12ZM12 6.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5Z',
  languages: 'M4 5h16v11H9l-5 4ZM8 9.5h8M8 12.5h5',
  accessibility: NEED_PATHS.disability,
  response: 'M3 6h18v12H3ZM3 6l9 7 9-7',
  rights: NEED_PATHS.legal,
  services: 'M3 10l9-6 9 6ZM5 10v9M9.5 10v9M14.5 10v9M19 10v9M3 20h18',
  easyRead: 'M12 6c-2-1.5-5-2-8-1.5v13c3-.5 6 0 8 1.5 2-1.5 5-2 8-1.5v-13c-3-.5-6 0-8 1.5ZM12 6v13',
} as const;

export type PictogramName = keyof typeof PATHS;
const POINTING: readonly PictogramName[] = ['how'];

export function Pictogram({ name, size = 40, keyIdea = false }: { name: PictogramName; size?: number; keyIdea?: boolean }) {
  const classes = ['pictogram', keyIdea && 'key-idea', POINTING.includes(name) && 'directional'].filter(Boolean).join(' ');
  return (
    <svg class={classes} width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
