import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ReadAloud } from '../../src/app/components/read-aloud';
import { setupI18n } from '../../src/i18n/i18n';

/** A stand-in for the browser's speech engine: records what it is asked to do. */
function fakeSpeech(voices: { lang: string; name: string }[]) {
  const listeners = new Set<() => void>();
  const synth = {
    voices,
    getVoices: () => synth.voices,
    speak: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    cancel: vi.fn(),
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
    announceVoices: (v: { lang: string; name: string }[]) => ((synth.voices = v), listeners.forEach((fn) => fn())),
  };
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', class { constructor(public text: string) {} lang = ''; voice: unknown = null; onend = null; onerror = null; });
  return synth;
}

beforeAll(() => setupI18n('en'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('read aloud', () => {
  it('is hidden when the device has no voice for the content language', () => {
    fakeSpeech([{ lang: 'en-GB', name: 'English' }]);
    render(<ReadAloud lang="es" text="Hola" />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('appears when a voice arrives, reads in that language, pauses, resumes and stops', async () => {
    const synth = fakeSpeech([]);
    render(<ReadAloud lang="es" text="Banco de alimentos" />);
    expect(screen.queryByRole('button')).toBeNull();
    await act(() => synth.announceVoices([{ lang: 'es-ES', name: 'Lucía' }]));
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    const utterance = synth.speak.mock.calls[0][0];
    expect(utterance).toMatchObject({ text: 'Banco de alimentos', lang: 'es-ES', voice: { name: 'Lucía' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(synth.pause).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(synth.resume).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(synth.cancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeTruthy();
  });
});
