// FIRST-LOAD BUNDLE: keep small. "Display" on every screen: text size and high contrast, at
// once, without a reload. A <details> element: it opens and closes without script.
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { TEXT_SIZES, changeDisplay, readDisplay } from '../display-settings';

export function DisplayMenu() {
  const { t } = useT();
  const [display, setDisplay] = useState(readDisplay);
  return (
    <details class="display-menu">
      <summary>{t('display.title')}</summary>
      <div class="display-panel">
        <fieldset>
          <legend>{t('display.textSize')}</legend>
          {TEXT_SIZES.map((size) => (
            <label key={size} class="choice">
              <input type="radio" name="text-size" checked={display.textSize === size} onChange={() => setDisplay(changeDisplay({ textSize: size }))} />
              <span>{t(`display.size${size}`)}</span>
            </label>
          ))}
        </fieldset>
        <label class="choice">
          <input type="checkbox" checked={display.contrast === 'high'} onChange={(e) => setDisplay(changeDisplay({ contrast: e.currentTarget.checked ? 'high' : 'normal' }))} />
          <span>{t('display.highContrast')}</span>
        </label>
        <p>
          <a href="/clear">{t('clear.link')}</a>
        </p>
      </div>
    </details>
  );
}
