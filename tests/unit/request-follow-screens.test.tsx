// What a person reads and does around a request they follow from their own phone: the kiosk's
// hand-off code said to be private, "Remove from the list" asked in words first, the hand-off's
// address not kept, a withdrawn request not also called "delivered", what the device keeps said
// plainly (the reference, the secret code), and the report's thanks pointing at the menu's page.
// jsdom on fake-indexeddb; the outbox's sender and status checks are not started (no network).
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { HandOff } from '../../src/app/kiosk/hand-off';
import { ReportMistake } from '../../src/app/components/report-mistake';
import AskScreen from '../../src/app/screens/ask';
import FollowScreen from '../../src/app/screens/follow';
import PrivacyScreen from '../../src/app/screens/privacy';
import RequestsScreen from '../../src/app/screens/requests';
import { loadDemoDirectory } from '../../src/server/hsds/demo-package';
import { db, type OutboxEntry } from '../../src/data/db';
import { listOutbox } from '../../src/data/outbox';
import { loadPageStrings, setEasyRead, setupI18n, switchLanguage } from '../../src/i18n/i18n';
import { handOffUrl } from '../../src/shared/hand-off';

const demoDirectory = await loadDemoDirectory();

vi.mock('../../src/app/outbox-start', () => ({ checkStatusesNow: async () => {}, sendNow: async () => {} }));

const TOKEN = 'k'.repeat(43);
const delivered = (fields: Partial<OutboxEntry> = {}): OutboxEntry => ({
  id: '0b7a9a4e-2f0c-4e63-9d52-9d1c6a0f3a11',
  service_id: 'free-legal-guidance',
  created_at: '2026-11-26T10:15:00.000Z',
  status: 'delivered',
  attempts: 1,
  next_attempt_at: 0,
  body: '',
  receipt: { reference: 'P9Y-TDJ', promised_response_hours: 72, received_at: '2026-11-26T10:15:00.000Z' },
  status_token: TOKEN,
  progress: { state: 'new', opened_at: null, contacted_at: null, closed_at: null, outcome: null, attempts: [], details_erased: false },
  progress_checked_at: Date.parse('2026-11-26T11:00:00Z'),
  ...fields,
});

beforeAll(async () => {
  await setupI18n('en');
  await loadPageStrings(); // as the app's screen loader does
  await db().services.bulkPut(demoDirectory.services);
  await db().organizations.bulkPut(demoDirectory.organizations);
});
beforeEach(() => db().outbox.clear());
afterEach(async () => {
  cleanup();
  history.replaceState(null, '', '/');
  await setEasyRead(false);
  await switchLanguage('en');
});

/** The app's router around the screens, at an address, as the app shows them. */
function openAt(path: string) {
  history.replaceState(null, '', path);
  return render(
    <LocationProvider>
      <Router>
        <Route path="/requests" component={RequestsScreen} />
        <Route path="/follow" component={FollowScreen} />
        <Route path="/privacy" component={PrivacyScreen} />
        <Route path="/service/:id/ask" component={AskScreen} />
      </Router>
    </LocationProvider>,
  );
}

const item = (id = delivered().id) => document.querySelector<HTMLElement>(`[data-request-id="${id}"]`)!;
/** The request's item, once the list has read the outbox. */
const shownItem = () => waitFor(() => {
  expect(item()).not.toBeNull();
  return item();
});

describe('the kiosk hand-off code', () => {
  it('says that the code is private: with it, a phone can follow or withdraw the request', async () => {
    const entry = delivered({ progress: undefined });
    const { unmount } = render(
      <LocationProvider>
        <HandOff entry={{ ...entry, receipt: entry.receipt! }} />
      </LocationProvider>,
    );
    screen.getByText('Keep this code to yourself: with it, a phone can follow or withdraw your request.');
    unmount();
    await setEasyRead(true);
    render(
      <LocationProvider>
        <HandOff entry={{ ...entry, receipt: entry.receipt! }} />
      </LocationProvider>,
    );
    expect(screen.getByTestId('hand-off').textContent).toContain('Do not show this code to other people.');
  });
});

describe('"Remove from the list" on a delivered request', () => {
  it('asks first, saying the reference and the secret code are lost and the service still has it; "No" and Escape keep it', async () => {
    await db().outbox.add(delivered());
    openAt('/requests');
    const remove = await within(await shownItem()).findByRole('button', { name: 'Remove from the list' });
    fireEvent.click(remove);
    const question = await screen.findByRole('group', { name: 'Remove this request from the list?' });
    expect(question.textContent).toContain('This phone will forget its reference and its secret code for good.');
    expect(question.textContent).toContain('The service still has your request.');
    await waitFor(() => expect(document.activeElement).toBe(question));
    fireEvent.click(within(question).getByRole('button', { name: 'No, keep it' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Remove from the list'));

    fireEvent.click(document.activeElement!);
    const again = await screen.findByRole('group', { name: 'Remove this request from the list?' });
    fireEvent.keyDown(within(again).getByRole('button', { name: 'Yes, remove it' }), { key: 'Escape' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Remove from the list'));
    expect((await listOutbox()).map((e) => e.id)).toEqual([delivered().id]);
  });

  it('"Yes" removes it and puts the keyboard on the list\'s heading', async () => {
    await db().outbox.add(delivered());
    openAt('/requests');
    fireEvent.click(await within(await shownItem()).findByRole('button', { name: 'Remove from the list' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, remove it' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'My requests' })));
    expect(await listOutbox()).toEqual([]);
  });

  it('once withdrawn, says only that the reference goes (nothing is left to follow)', async () => {
    await db().outbox.add(delivered({ progress: { ...delivered().progress!, state: 'closed', closed_at: '2026-11-27T09:00:00Z', outcome: 'withdrawn', details_erased: true } }));
    openAt('/requests');
    fireEvent.click(await within(await shownItem()).findByRole('button', { name: 'Remove from the list' }));
    const question = await screen.findByRole('group', { name: 'Remove this request from the list?' });
    expect(question.textContent).toContain('This phone will forget this request and its reference for good.');
    expect(question.textContent).not.toContain('still has');
  });
});

describe('a withdrawn or closed request', () => {
  const withdrawn = delivered({ progress: { ...delivered().progress!, state: 'closed', closed_at: '2026-11-27T09:00:00Z', outcome: 'withdrawn', details_erased: true } });

  it('is not also said to be "delivered, the service has your request"', async () => {
    await db().outbox.add(withdrawn);
    openAt('/requests');
    await waitFor(() => expect(item()?.textContent).toContain('You withdrew this request on'));
    expect(item().textContent).not.toContain('The service has your request');
    expect(item().textContent).toContain('P9Y-TDJ'); // the reference stays
  });

  it('in easy read in Spanish too', async () => {
    await switchLanguage('es');
    await setEasyRead(true);
    await db().outbox.add(withdrawn);
    openAt('/requests');
    // The line of what happened last (easy Spanish), then nothing that contradicts it.
    await waitFor(() => expect(item()?.querySelector('.progress-lines')?.textContent).toMatch(/\S/));
    expect(item().textContent).not.toContain('Enviada');
    expect(item().textContent).not.toContain('El servicio tiene tu');
  });

  it('still says "delivered" while the service has not closed it', async () => {
    await db().outbox.add(delivered());
    openAt('/requests');
    await waitFor(() => expect(item()?.textContent).toContain('Delivered. The service has your request.'));
  });
});

describe('opening a hand-off code on the phone', () => {
  const link = new URL(handOffUrl('https://ponte.example', { ...delivered(), receipt: delivered().receipt! }));

  it('lands on plain /requests, saying once that the request is in the list, not again on a reload', async () => {
    openAt(`/follow${link.hash}`);
    await screen.findByText('The request from the other device is now in your list.');
    expect(location.pathname + location.search + location.hash).toBe('/requests');
    expect((await listOutbox()).map((e) => e.status_token)).toEqual([TOKEN]);
    cleanup();
    openAt(location.pathname + location.search); // a reload
    await shownItem();
    expect(screen.queryByText('The request from the other device is now in your list.')).toBeNull();
  });
});

describe('what the device keeps, in words', () => {
  // The word My requests shows beside the reference, and the word for the secret code.
  const words: Record<string, { reference: string; code: string }> = {
    en: { reference: 'reference', code: 'code' },
    es: { reference: 'referencia', code: 'código' },
    fr: { reference: 'référence', code: 'code' },
    pt: { reference: 'referência', code: 'código' },
    ar: { reference: 'المرجعي', code: 'رمز' },
    uk: { reference: 'номер звернення', code: 'код' },
  };

  it.each(Object.keys(words))('the easy-read privacy page (%s) says the phone keeps the reference, not "its code"', async (lang) => {
    await switchLanguage(lang);
    await setEasyRead(true);
    openAt('/privacy');
    // The third thing that stays on the phone: the requests.
    const kept = (await waitFor(() => document.querySelector('section[aria-labelledby="privacy-device"] li:nth-child(3) p')!)).textContent!;
    const afterArrival = kept.split('\n').at(-1)!;
    expect(afterArrival).toContain(words[lang]!.reference);
    expect(afterArrival).not.toContain(words[lang]!.code);
  });

  it('the request form says the device keeps a secret code to see what happened, and that "Clear my information" removes it', async () => {
    openAt('/service/free-legal-guidance/ask');
    const note = (await screen.findByRole('link', { name: 'How Ponte uses your details' })).closest('p')!;
    expect(note.textContent).toContain('a secret code with which this phone can see what happened to your request');
    expect(note.textContent).toContain('“Clear my information”, which removes them');
    cleanup();
    await setEasyRead(true);
    openAt('/service/free-legal-guidance/ask');
    const easy = (await screen.findByRole('link', { name: 'How Ponte uses your details' })).closest('p')!.textContent!;
    expect(easy).toContain('It also keeps a secret code.');
    expect(easy).toContain('Clear my information takes all this away.');
  });
});

describe('the thanks for a reported mistake', () => {
  it.each([
    ['en', 'Requests', 'Send the report', 'Something else'],
    ['ar', 'الطلبات', undefined, undefined],
  ])('(%s) names the page as the menu does, and links to it', async (lang, navWord, send, reason) => {
    await switchLanguage(lang);
    render(<ReportMistake serviceId="free-legal-guidance" />);
    const form = document.querySelector('form.report-form')!;
    fireEvent.click(form.querySelectorAll<HTMLInputElement>('input[name="report-reason"]')[3]!);
    if (send) expect(within(form as HTMLElement).getByRole('button', { name: send })).toBeTruthy();
    if (reason) expect(within(form as HTMLElement).getByLabelText(reason)).toBeTruthy();
    fireEvent.submit(form);
    const link = await screen.findByRole('link', { name: navWord });
    expect(link.getAttribute('href')).toBe('/requests');
    expect(link.closest('[role="status"]')).toBeTruthy();
    expect(screen.getByRole('status').textContent).not.toMatch(/My requests|طلباتي/);
  });
});
