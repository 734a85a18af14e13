// Loaded just after first paint. Whether the directory's texts in the reading language are on
// this device: the interface strings of every language are, the directory's texts only in the
// device's languages (the reader's, the city's and English), downloaded by the sync.
import type { DirectoryMeta } from '../data/db';
import { getMeta } from '../data/directory';
import { useT } from '../i18n/use-t';
import { useLive } from './use-live';

/** Whether the directory has texts in `lang` that this device does not hold yet. Before the
 *  directory is on the device the download screens speak; a language the directory has no
 *  texts in at all is said text by text (FallbackNotice). */
export function contentNotOnDevice(meta: DirectoryMeta | null | undefined, lang: string): boolean {
  if (!meta || meta.locales.includes(lang)) return false;
  return !meta.offered_locales || meta.offered_locales.includes(lang);
}

/** The directory's texts in the reading language are missing from the device (false while unknown). */
export function useContentNotOnDevice(): boolean {
  const { lang } = useT();
  return contentNotOnDevice(useLive(getMeta, []), lang);
}
