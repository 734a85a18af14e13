// The staff pages show what a person typed as text: markup stays letters, and characters that
// would reorder or hide text (bidi overrides, isolates, controls) are drawn as their code points.
// Also the inbox's address (filters a staff member can bookmark) and the one-tap contact links.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { contactHref, attemptMethods } from '../../src/staff/inbox/contact-links';
import { inboxHref, pageNumbers, viewFromQuery } from '../../src/staff/inbox/inbox-query';
import { VisibleText } from '../../src/staff/inbox/visible-text';

afterEach(cleanup);

describe('a name or message shown to staff', () => {
  it('shows HTML as text, never as elements', () => {
    const { container } = render(<VisibleText text={'<img src=x onerror="alert(1)"><b>Amina</b>'} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror="alert(1)"><b>Amina</b>');
  });

  it('draws bidi overrides, isolates and controls as code points, inside an isolating <bdi>', () => {
    // "Amina" followed by a right-to-left override that would show "moc.live" as "evil.com".
    const { container } = render(<VisibleText text={'Amina\u202Emoc.live\u2066x\u2069\u0007'} />);
    const bdi = container.querySelector('bdi')!;
    expect(bdi).not.toBeNull();
    expect([...bdi.querySelectorAll('.hidden-char')].map((e) => e.textContent)).toEqual(['U+202E', 'U+2066', 'U+2069', 'U+0007']);
    expect(bdi.textContent).toBe('AminaU+202Emoc.liveU+2066xU+2069U+0007');
    expect(bdi.textContent).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u0000-\u001f]/);
  });

  it('keeps a message\'s lines and tabs, but not its other controls', () => {
    const { container } = render(<VisibleText text={'Line one\nLine\ttwo\u000b'} multiline />);
    expect(container.textContent).toBe('Line one\nLine\ttwoU+000B');
  });

  it('leaves the marks and joiners Arabic and Persian names need', () => {
    const name = 'مريم\u200c\u200fحداد';
    const { container } = render(<VisibleText text={name} />);
    expect(container.querySelector('.hidden-char')).toBeNull();
    expect(container.textContent).toBe(name);
  });
});

describe('the inbox address', () => {
  it('reads service, state and page, and writes only what differs from "everything, page 1"', () => {
    const view = viewFromQuery({ service: 'youth-compass', state: 'late', page: '3' });
    expect(view).toEqual({ service: 'youth-compass', state: 'late', page: 3 });
    expect(inboxHref(view)).toBe('/staff?service=youth-compass&state=late&page=3');
    expect(inboxHref({ service: '', state: '', page: 1 })).toBe('/staff');
  });
  it('falls back to everything, page 1, for what it does not know', () => {
    expect(viewFromQuery({ service: '<script>', state: 'lost', page: '-2' })).toEqual({ service: '', state: '', page: 1 });
  });
  it('offers the first, the last and the pages around the current one', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(5, 12)).toEqual([1, null, 3, 4, 5, 6, 7, null, 12]);
    expect(pageNumbers(2, 4)).toEqual([1, 2, 3, 4]);
  });
});

describe('one tap to reach the person', () => {
  const details = { phone: '+34 611 22 33 44', email: 'amina@example.org' };
  it('calls, texts, opens WhatsApp or writes, with digits only', () => {
    expect(contactHref('call', details)).toBe('tel:+34611223344');
    expect(contactHref('sms', details)).toBe('sms:+34611223344');
    expect(contactHref('whatsapp', details)).toBe('https://wa.me/34611223344');
    expect(contactHref('email', details)).toBe('mailto:amina@example.org');
    expect(contactHref('visit', details)).toBeUndefined();
  });
  it('offers first, for a failed attempt, the way the person asked for', () => {
    const asked = { method: 'whatsapp' as const, name: 'A', phone: '611 22 33 44', email: '', reach_times: ['morning' as const], language: 'es', message: '' };
    expect(attemptMethods(asked)).toEqual(['whatsapp', 'call', 'sms']);
  });
});
