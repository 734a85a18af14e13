// Switching language never fails silently: a language whose strings cannot be loaded (offline
// before the worker kept them, a Wi-Fi login page answering instead) leaves the interface whole
// in the current language, not saved, and the picker says so in words.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LanguagePicker } from '../../src/app/components/language-picker';
import { i18next, loadPageStrings, setupI18n, switchLanguage } from '../../src/i18n/i18n';

const unreachable = vi.hoisted(() => new Set<string>());
vi.mock('../../src/i18n/i18n', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/i18n/i18n')>();
  return {
    ...actual,
    switchLanguage: async (lang: string) => {
      if (unreachable.has(lang)) throw new TypeError('Failed to fetch dynamically imported module');
      return actual.switchLanguage(lang);
    },
  };
});

// As the app's screen loader does: the later screens' strings too.
beforeAll(() => setupI18n('en').then(loadPageStrings));
afterEach(async () => {
  cleanup();
  unreachable.clear();
  await switchLanguage('en');
  localStorage.clear();
});

describe('switching language', () => {
  it('says so when the language cannot be loaded, and stays in the current one, unsaved', async () => {
    unreachable.add('ar');
    render(<LanguagePicker />);
    const select = screen.getByLabelText<HTMLSelectElement>('Language');
    await act(async () => void fireEvent.change(select, { target: { value: 'ar' } }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Ponte could not switch to العربية. Connect to the internet, then try again.');
    expect(alert.querySelector('[lang="ar"]')?.textContent).toBe('العربية');
    expect(select.value).toBe('en');
    expect(i18next.resolvedLanguage).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('ponte.language')).toBeNull();

    // Another try that works: the message goes.
    await act(async () => void fireEvent.change(select, { target: { value: 'fr' } }));
    await screen.findByLabelText('Langue');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(localStorage.getItem('ponte.language')).toBe('fr');
  });

  it('a language Ponte has no strings for is refused with what to add, the current one untouched', async () => {
    const { switchLanguage: realSwitch } = await vi.importActual<typeof import('../../src/i18n/i18n')>('../../src/i18n/i18n');
    await expect(realSwitch('xx')).rejects.toThrow('Ponte has no interface strings for "xx": add locales/xx/common.json.');
    expect(i18next.resolvedLanguage).toBe('en');
  });
});
