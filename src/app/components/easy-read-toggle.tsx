// FIRST-LOAD BUNDLE: keep small. Easy-read in one tap from every screen: a toggle button in the
// header. The same screens and routes, in easy words with pictograms; remembered.
import { setEasyRead } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { changeDisplay } from '../display-settings';
import { takenOver } from '../take-over';
import { Pictogram } from './pictogram';

/** Easy read on or off, remembered. Not while the server's page is being taken over: parts
 *  still waiting would keep its reading. */
export async function chooseReading(easy: boolean): Promise<void> {
  await takenOver();
  changeDisplay({ reading: easy ? 'easy' : 'standard' });
  await setEasyRead(easy);
}

export function EasyReadToggle() {
  const { t, easy } = useT();
  return (
    <button
      type="button"
      class="easy-read-toggle"
      aria-pressed={easy}
      onClick={() => void chooseReading(!easy)}
    >
      <Pictogram name="easyRead" size={24} />
      {t('display.easyRead')}
    </button>
  );
}
