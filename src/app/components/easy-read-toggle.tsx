// FIRST-LOAD BUNDLE: keep small. Easy-read in one tap from every screen: a toggle button in the
// header. The same screens and routes, in easy words with pictograms; remembered.
import { setEasyRead } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { changeDisplay } from '../display-settings';
import { Pictogram } from './pictogram';

export function EasyReadToggle() {
  const { t, easy } = useT();
  return (
    <button
      type="button"
      class="easy-read-toggle"
      aria-pressed={easy}
      onClick={() => {
        changeDisplay({ reading: easy ? 'standard' : 'easy' });
        void setEasyRead(!easy);
      }}
    >
      <Pictogram name="easyRead" size={24} />
      {t('display.easyRead')}
    </button>
  );
}
