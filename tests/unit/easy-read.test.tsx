// Easy-read is a reading mode: one tap turns the interface's sentences and the content into
// their easy form, remembered; where no easy form exists the standard text of the same
// language stands in (never another language's easy text), and the page says so.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EasyReadToggle } from '../../src/app/components/easy-read-toggle';
import { FallbackNotice } from '../../src/app/components/fallback-notice';
import { Localized, useContent } from '../../src/app/components/localized';
import { i18next, loadPageStrings, setEasyRead, setupI18n, switchLanguage } from '../../src/i18n/i18n';
import { useT } from '../../src/i18n/use-t';
import { languageChain, pick } from '../../src/shared/localized';

const texts = {
  en: { description: 'Advice on renting and social housing, and help with the housing register form.' },
  'en-x-easy': { description: 'We help you find a home.\nWe help you fill in the forms.' },
  fr: { description: 'Conseils sur la location et le logement social.' },
  es: { description: 'Información sobre alquiler y vivienda social.' },
};

function ServicePart() {
  const { t, lang } = useT();
  const content = useContent<{ description: string }>(texts, lang);
  return (
    <section>
      <h2>{t('service.who')}</h2>
      <p>{t('service.runBy', { organization: 'Acogida' })}</p>
      <FallbackNotice shownLang={content('description')?.lang} />
      <Localized as="p" text={content('description')} uiLang={lang} />
    </section>
  );
}

// As the app's screen loader does: the later screens' strings too.
beforeAll(() => setupI18n('en').then(loadPageStrings));
afterEach(async () => {
  cleanup();
  await setEasyRead(false);
  await switchLanguage('en');
  localStorage.clear();
});

describe('easy-read mode', () => {
  it('turns on in one tap, changes sentences and content at once, and is remembered', async () => {
    render(
      <>
        <EasyReadToggle />
        <ServicePart />
      </>,
    );
    const toggle = screen.getByRole('button', { name: 'Easy read' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('heading').textContent).toBe('Who it is for');
    expect(screen.getByText(/Advice on renting/)).toBeTruthy();

    await act(async () => void fireEvent.click(toggle));
    expect(await screen.findByRole('heading', { name: 'Who is it for?' })).toBeTruthy();
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/We help you find a home/).textContent).toBe('We help you find a home.\nWe help you fill in the forms.');
    expect(localStorage.getItem('ponte.reading')).toBe('easy');
    expect(document.documentElement.dataset.reading).toBe('easy');
    // A sentence with no easy form keeps its standard form.
    expect(screen.getByText('Run by Acogida')).toBeTruthy();

    await act(async () => void fireEvent.click(toggle));
    expect(await screen.findByRole('heading', { name: 'Who it is for' })).toBeTruthy();
    expect(localStorage.getItem('ponte.reading')).toBe('standard');
  });

  it('in French, shows French easy sentences, and standard French (not English easy) where no easy form exists', async () => {
    await setEasyRead(true);
    await switchLanguage('fr');
    render(<ServicePart />);
    expect(screen.getByRole('heading').textContent).toBe('C’est pour qui\u00a0?');
    expect(i18next.hasResourceBundle('en', 'easy')).toBe(false);
    // The content has no French easy text: the French text, and a plain-words notice.
    expect(screen.getByText('Conseils sur la location et le logement social.').getAttribute('lang')).toBeNull();
    expect(screen.getByText('Cette page n’est pas encore écrite avec des mots faciles.')).toBeTruthy();
  });
});

describe('choosing a text in easy-read mode', () => {
  it('tries each language easy first, then standard, then the city language, then English', () => {
    expect(languageChain('fr', true)).toEqual(['fr-x-easy', 'fr', 'es-x-easy', 'es', 'en-x-easy', 'en']);
    expect(languageChain('fr')).toEqual(['fr', 'es', 'en']);
    expect(pick(texts, 'description', 'en', true)?.lang).toBe('en-x-easy');
    expect(pick(texts, 'description', 'fr', true)?.lang).toBe('fr');
    expect(pick(texts, 'description', 'en', false)?.lang).toBe('en');
  });
});
