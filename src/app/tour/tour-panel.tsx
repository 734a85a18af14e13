// Loaded just after first paint (in the after-paint file), when the tour is to be shown. Five
// short steps on the home page, in the page's flow rather than over it: nothing of the page is
// out of reach while it shows, at any width or text size. A dialog (not modal) whose heading
// takes focus at each step and says which step it is ("Step 2 of 5"); Back, Next and "Skip the
// tour" are buttons; Escape skips. When it ends, focus goes to the home page's heading.
import { useEffect, useRef, useState } from 'preact/hooks';
import { LANGUAGES } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { chooseReading } from '../components/easy-read-toggle';
import { LanguageProblem, chooseLanguage, ownName } from '../components/language-picker';
import { Pictogram, type PictogramName } from '../components/pictogram';
import { TOUR_STEPS, endTour, goToStep, tourAskedFor, tourStep, tourTakesFocus } from './tour-slot';

/** Each step's strings are under tour.<name> (title, text); its pictogram shows in easy read. */
const STEPS: { name: string; pictogram?: PictogramName }[] = [
  { name: 'language', pictogram: 'languages' },
  { name: 'easyRead', pictogram: 'easyRead' },
  { name: 'findHelp', pictogram: 'services' },
  { name: 'save' },
  { name: 'ask', pictogram: 'contact' },
];

/** The names of the buttons and places the steps point at, as the screens show them (places: as
 *  the menu names them, where a person looks for them). */
const labels = (t: (key: string) => string) => ({
  search: t('nav.search'),
  save: t('favourites.save'),
  saved: t('nav.favourites'),
  ask: t('ask.button'),
  requests: t('nav.requests'),
});

export function TourPanel() {
  const { t } = useT();
  const step = tourStep();
  const { name, pictogram } = STEPS[step]!;
  const heading = useRef<HTMLHeadingElement>(null);
  const mounted = useRef(false);
  useEffect(() => {
    // When the tour opens and at each new step; not when home is visited again mid-tour. When it
    // opens by itself with the page (the server's, taken over seconds later on a slow phone),
    // only if the person has not moved on meanwhile: no taking focus from a menu they opened,
    // no scrolling them back to the top.
    const opening = !mounted.current && tourTakesFocus();
    if (mounted.current || (opening && tourAskedFor())) heading.current?.focus();
    else if (opening && document.activeElement === document.body) heading.current?.focus({ preventScroll: true });
    mounted.current = true;
  }, [step]);

  const end = () => {
    endTour();
    document.querySelector<HTMLElement>('main h1')?.focus();
  };
  const last = step === TOUR_STEPS - 1;
  return (
    <div
      class="tour"
      role="dialog"
      aria-labelledby="tour-heading"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        end();
      }}
    >
      <h2 id="tour-heading" class="tour-heading" ref={heading} tabIndex={-1}>
        <span class="tour-progress">{t('tour.progress', { step: step + 1, total: TOUR_STEPS })}</span>{' '}
        <span class="tour-title">
          {pictogram && <Pictogram name={pictogram} size={32} keyIdea />}
          {t(`tour.${name}.title`)}
        </span>
      </h2>
      {t(`tour.${name}.text`, labels(t))
        .split('\n')
        .map((line) => (
          <p key={line}>{line}</p>
        ))}
      {name === 'language' && <LanguageChoice />}
      {name === 'easyRead' && <EasyReadChoice />}
      <div class="tour-actions">
        {step > 0 && (
          <button type="button" class="button secondary" onClick={() => goToStep(step - 1)}>
            {t('tour.back')}
          </button>
        )}
        <button type="button" class="button" onClick={last ? end : () => goToStep(step + 1)}>
          {last ? t('tour.done') : t('tour.next')}
        </button>
        <button type="button" class="button secondary tour-skip" onClick={end}>
          {t('tour.skip')}
        </button>
      </div>
    </div>
  );
}

/** The page's heading takes focus when its title changes (components/page.tsx), as it does
 *  in another language or reading mode: a choice made in the tour keeps focus where it was
 *  made, once the page has been drawn again. */
function keepFocusOn(element: HTMLElement) {
  requestAnimationFrame(() => element.isConnected && element.focus());
}

/** Every language, each named in its own words: a person who cannot read the current one
 *  finds theirs. A wiped phone starts again here. */
function LanguageChoice() {
  const { t, lang } = useT();
  const [failed, setFailed] = useState<string | undefined>();
  return (
    <>
      <ul class="tour-languages" aria-label={t('language.label')}>
        {LANGUAGES.map((code) => (
          <li key={code}>
            <button
              type="button"
              class="button secondary"
              lang={code}
              dir="auto"
              aria-pressed={code === lang}
              onClick={async (event) => {
                const button = event.currentTarget;
                try {
                  await chooseLanguage(code);
                  setFailed(undefined);
                  keepFocusOn(button);
                } catch (error) {
                  console.warn(`Could not switch to "${code}":`, error);
                  setFailed(code);
                }
              }}
            >
              {ownName(code)}
            </button>
          </li>
        ))}
      </ul>
      {failed && <LanguageProblem lang={failed} />}
    </>
  );
}

/** The same switch as the header's, offered here in the step's own words. */
function EasyReadChoice() {
  const { t, easy } = useT();
  return (
    <p>
      <button
        type="button"
        class="button secondary tour-easy-read"
        aria-pressed={easy}
        onClick={async (event) => {
          const button = event.currentTarget;
          await chooseReading(!easy);
          keepFocusOn(button);
        }}
      >
        <Pictogram name="easyRead" size={24} />
        {t('display.easyRead')}
      </button>
    </p>
  );
}
