// The safety need as the screen shows it: the need's own order (need_rank, then by name), and
// the emergency box with 112 and the 24-hour line, its numbers isolated in right-to-left text.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EmergencyHelp, urgentContacts } from '../../src/app/components/emergency-help';
import { byNeedOrder } from '../../src/app/screens/need';
import { loadDemoDirectory } from '../../src/server/hsds/demo-package';
import { loadPageStrings, setupI18n, switchLanguage } from '../../src/i18n/i18n';
import { text } from '../../src/shared/localized';

const demoDirectory = await loadDemoDirectory();

const safety = demoDirectory.services.filter((s) => s.needs.includes('safety'));

// As the app's screen loader does: the later screens' strings too.
beforeAll(() => setupI18n('en').then(loadPageStrings));
afterEach(async () => {
  cleanup();
  await switchLanguage('en');
});

describe('the order of a need', () => {
  it('puts ranked services first, in their order, then the others by name in the reader’s language', () => {
    for (const lang of ['en', 'es']) {
      const ordered = byNeedOrder(safety, 'safety', lang);
      expect(ordered.slice(0, 5).map((s) => s.id)).toEqual(['violence-24h-line', 'womens-centre-advice', 'child-protection-line', 'emergency-social-service', 'hate-crime-support']);
      const rest = ordered.slice(5).map((s) => String(text(s.texts, 'name', lang)));
      expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, lang)));
    }
  });
  it('ranks only within the need it names: elsewhere the same service goes by name', () => {
    const family = byNeedOrder(demoDirectory.services.filter((s) => s.needs.includes('family')), 'family', 'en');
    const names = family.map((s) => String(text(s.texts, 'name', 'en')));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

describe('the emergency box of the safety need', () => {
  it('takes the emergency number and the round-the-clock violence lines from the directory', () => {
    const contacts = urgentContacts(demoDirectory.services);
    expect(contacts.emergency).toEqual(['112']);
    expect(contacts.lines.map((l) => [l.service.id, l.number])).toEqual([['violence-24h-line', '+34 900 550 800']]);
  });

  it('shows them with call buttons', () => {
    render(<EmergencyHelp contacts={urgentContacts(demoDirectory.services)} />);
    expect(screen.getByRole('heading', { name: 'In danger now?' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Call 112' }).getAttribute('href')).toBe('tel:112');
    expect(screen.getByRole('link', { name: /^Call \+34\s900\s550\s800$/ }).getAttribute('href')).toBe('tel:+34900550800');
    expect(screen.getByRole('link', { name: /^Send an SMS to \+34/ }).getAttribute('href')).toBe('sms:+34900550800');
    expect(screen.getByRole('link', { name: '24-Hour Line Against Gender Violence' }).getAttribute('href')).toBe('/service/violence-24h-line');
  });

  it('isolates the numbers in Arabic, so the bidi algorithm cannot reverse their groups', async () => {
    await switchLanguage('ar');
    render(<EmergencyHelp contacts={urgentContacts(demoDirectory.services)} />);
    const call = document.querySelector('a[href="tel:+34900550800"]')!;
    expect(call.textContent).toContain('\u2068+34\u00a0900\u00a0550\u00a0800\u2069');
  });

  it('shows nothing when the directory gives no urgent contact', () => {
    const { container } = render(<EmergencyHelp contacts={{ emergency: [], lines: [] }} />);
    expect(container.innerHTML).toBe('');
  });
});
