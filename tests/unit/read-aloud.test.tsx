import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Page } from '../../src/app/components/page';
import { readingOf, speakable } from '../../src/app/components/read-aloud-speech';
import { loadPageStrings, setupI18n } from '../../src/i18n/i18n';

interface FakeUtterance {
  text: string;
  lang: string;
  voice: { lang: string; name: string } | null;
  onend: (() => void) | null;
  onerror: ((event: { error: string }) => void) | null;
}

/** A stand-in for the browser's speech engine: records what it is asked to say. */
function fakeSpeech(voices: { lang: string; name: string; default?: boolean }[]) {
  const synth = {
    getVoices: () => voices,
    spoken: [] as FakeUtterance[],
    speak: vi.fn((u: FakeUtterance) => synth.spoken.push(u)),
    pause: vi.fn(),
    resume: vi.fn(),
    cancel: vi.fn(),
    addEventListener: () => {},
    removeEventListener: () => {},
    /** The voice reaches the end of everything it was given. */
    finish: () => synth.spoken.at(-1)?.onend?.(),
  };
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', class { lang = ''; voice = null; onend = null; onerror = null; constructor(public text: string) {} });
  return synth;
}

// As the app's screen loader does: the later screens' strings too.
beforeAll(() => setupI18n('en').then(loadPageStrings));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A page as the app renders it: the Page frame (with its Read aloud button) inside <main>. */
function renderPage(content: preact.ComponentChildren, title = 'Food Bank') {
  return render(
    <LocationProvider>
      <main id="main">
        <Page title={title}>{content}</Page>
      </main>
    </LocationProvider>,
  );
}

const fixture = (html: string) => {
  const root = document.createElement('main');
  root.innerHTML = html;
  return root;
};

describe('what is read', () => {
  it('reads the page in order, headings and paragraphs as sentences, phone numbers digit by digit', () => {
    const main = fixture(`
      <h1>Food Bank</h1>
      <div class="read-aloud"><button>Read aloud</button><p aria-live="polite"></p></div>
      <p>Run by <span lang="es">Fundación Banco de Alimentos</span></p>
      <p class="actions"><a class="button" href="/ask">Ask them to contact me</a><button>Save</button></p>
      <section><h2><svg aria-hidden="true"></svg>Contact</h2>
        <a class="button" href="tel:+34611234567">Call +34\u00a0611\u00a0234\u00a0567</a>
        <a class="button" href="tel:112">Call 112</a>
        <a class="button" href="tel:+34985550150" style="display: inline-flex">Call <bdi class="phone-number" dir="ltr" style="display: block">+34\u00a0<wbr>985\u00a0<wbr>550\u00a0<wbr>150</bdi></a></section>
      <section><h2>Address</h2><address><bdi>Calle Mayor 5</bdi><br><bdi>33410 Valdemar</bdi></address></section>
      <section><h2>Opening hours</h2><table><tbody>
        <tr><th>Monday</th><td>9:00\u00a0AM to 2:00\u00a0PM</td></tr>
        <tr><th>Sunday</th><td>Closed</td></tr></tbody></table></section>
      <section><h2>What to bring</h2><ul><li>Your ID card</li><li>A bag</li></ul></section>
      <section><h2>Cost</h2><p>Free of charge.</p></section>
      <p hidden>Never shown</p>
      <svg class="qr-code" role="img" aria-label="QR code"></svg>
      <details><summary>Scan to open</summary><p>Inside a closed box</p></details>
      <p>Reference: <strong class="reference">7MV-N62</strong></p>`);
    expect(readingOf(main, 'en')).toEqual([
      { lang: 'en', text: 'Food Bank.' },
      { lang: 'en', text: 'Run by' },
      { lang: 'es', text: 'Fundación Banco de Alimentos.' },
      { lang: 'en', text: 'Ask them to contact me.' },
      { lang: 'en', text: 'Contact.' },
      // A number laid out as a block of its own (phone-number.tsx) is still part of its sentence.
      { lang: 'en', text: 'Call +3 4, 6 1 1, 2 3 4, 5 6 7 Call 1 1 2 Call +3 4, 9 8 5, 5 5 0, 1 5 0.' },
      { lang: 'en', text: 'Address.' },
      { lang: 'en', text: 'Calle Mayor 5.' },
      { lang: 'en', text: '33410 Valdemar.' },
      { lang: 'en', text: 'Opening hours.' },
      { lang: 'en', text: 'Monday, 9:00 AM to 2:00 PM.' },
      { lang: 'en', text: 'Sunday, Closed.' },
      { lang: 'en', text: 'What to bring.' },
      { lang: 'en', text: 'Your ID card.' },
      { lang: 'en', text: 'A bag.' },
      { lang: 'en', text: 'Cost.' },
      { lang: 'en', text: 'Free of charge.' },
      { lang: 'en', text: 'Scan to open.' },
      { lang: 'en', text: 'Reference: 7 M V, N 6 2.' },
    ]);
  });

  it('reads a filter\'s tick box with its state first, never as a fact; a drop-down with what is chosen', () => {
    const main = fixture(`
      <fieldset class="filters"><legend>Show only</legend>
        <div class="filter-options">
          <label class="filter-check"><input type="checkbox" checked><span>Open now</span></label>
          <!-- In the app the label is a flex box: its words are a block, still one sentence. -->
          <label class="filter-check"><input type="checkbox"><span style="display: block">Free of charge</span></label>
        </div>
        <label class="filter-language"><span style="display: block">Language they speak</span>
          <select><option value="">Any language</option><option value="ar" selected>Arabic</option></select></label>
      </fieldset>
      <fieldset><legend>How should they contact you?</legend>
        <label class="choice"><input type="radio" name="m" checked><span>Phone call</span></label>
        <label class="choice"><input type="radio" name="m"><span>SMS</span></label>
      </fieldset>
      <label for="name">Your name</label><input id="name" value="Amina">`);
    const words = { ticked: 'Ticked:', notTicked: 'Not ticked:', chosen: 'Chosen:', notChosen: 'Not chosen:' };
    expect(readingOf(main, 'en', words).map((p) => p.text)).toEqual([
      'Show only.',
      'Ticked: Open now.',
      'Not ticked: Free of charge.',
      'Language they speak: Arabic.',
      'How should they contact you?',
      'Chosen: Phone call.',
      'Not chosen: SMS.',
      // A field's label, never what was typed in it.
      'Your name.',
    ]);
    // Without the words for their state, tick boxes and choices are left out altogether.
    expect(readingOf(main, 'en').map((p) => p.text)).not.toContain('Free of charge.');
    expect(readingOf(main, 'en').map((p) => p.text).join(' ')).not.toMatch(/Open now|Phone call/);
  });

  it('spells grouped phone numbers in running text and drops the marks that isolate them', () => {
    expect(speakable('اتصل بالرقم \u2068900 100 200\u2069')).toBe('اتصل بالرقم 9 0 0, 1 0 0, 2 0 0');
    // A reference is read letter by letter, in its two groups, even with no digit in it.
    expect(speakable('Reference CVX-QSM.')).toBe('Reference C V X, Q S M.');
    // A year, a time and a postcode are numbers, not phone numbers.
    expect(speakable('On 26 November 2026 at 9:00, 33410 Valdemar')).toBe('On 26 November 2026 at 9:00, 33410 Valdemar');
  });
});

describe('Read aloud on a page', () => {
  it('reads the whole main content with the voice of the page language, pauses, continues and stops', async () => {
    const synth = fakeSpeech([{ lang: 'es-ES', name: 'Lucía' }, { lang: 'en-GB', name: 'Daniel', default: true }]);
    renderPage(
      <>
        <p>Run by <span lang="es">Acogida Valdemar</span></p>
        <p>
          <a href="tel:611234567">Call 611 234 567</a>
        </p>
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    await screen.findByRole('button', { name: 'Pause' });
    expect(synth.spoken.map((u) => [u.text, u.lang, u.voice?.name])).toEqual([
      ['Food Bank.', 'en-GB', 'Daniel'],
      ['Run by', 'en-GB', 'Daniel'],
      ['Acogida Valdemar.', 'es-ES', 'Lucía'],
      ['Call 6 1 1, 2 3 4, 5 6 7.', 'en-GB', 'Daniel'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(synth.pause).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(synth.resume).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(synth.cancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeTruthy();
  });

  it('says the state of the filters in the interface language, from the button', async () => {
    const synth = fakeSpeech([{ lang: 'en-GB', name: 'Daniel' }]);
    renderPage(
      <fieldset>
        <legend>Show only</legend>
        <label>
          <input type="checkbox" />
          <span>Free of charge</span>
        </label>
      </fieldset>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    await screen.findByRole('button', { name: 'Pause' });
    expect(synth.spoken.map((u) => u.text)).toEqual(['Food Bank.', 'Show only.', 'Not ticked: Free of charge.']);
  });

  it('offers to read again once the voice has finished', async () => {
    const synth = fakeSpeech([{ lang: 'en-US', name: 'Samantha' }]);
    renderPage(<p>Free of charge.</p>);
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    await screen.findByRole('button', { name: 'Stop' });
    await act(() => synth.finish());
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeTruthy();
  });

  it('says so when the device has no voice for the page language, instead of hiding the button', async () => {
    const synth = fakeSpeech([{ lang: 'es-ES', name: 'Lucía' }]);
    renderPage(<p>Hello</p>);
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect((await screen.findByText('This phone has no voice for English.')).getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeTruthy();
    expect(synth.speak).not.toHaveBeenCalled();
  });

  it('says so when the browser cannot speak at all', async () => {
    renderPage(<p>Hello</p>);
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect((await screen.findByText('This browser cannot read aloud.')).getAttribute('aria-live')).toBe('polite');
  });
});
