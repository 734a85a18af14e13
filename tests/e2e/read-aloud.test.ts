// "Read aloud" on every screen, in Chromium with a stand-in voice: an init script replaces
// speechSynthesis and SpeechSynthesisUtterance and records what the page asks it to say. On each
// screen the spoken text holds the page's key facts (phone numbers in groups of digits, hours,
// address, what to bring, cost, the form's mistakes, a request's reference), in the page's
// language, other languages with their own voice; without a voice for the language, it says so.
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { newContext } from './support/browser';
import { serverAndBrowser } from './support/lab';

const chromePath = inject('chromePath');

interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
}
type Voice = { name: string; lang: string; default?: boolean };

/** A context whose pages have only these voices, and remember every utterance. */
async function contextWithVoices(lab: ReturnType<typeof serverAndBrowser>, voices: Voice[], language = 'en'): Promise<BrowserContext> {
  const context = await newContext(lab.browser, { viewport: { width: 390, height: 800 } });
  await context.addInitScript(
    ({ voices, language }) => {
      localStorage.setItem('ponte.tourDone', '2026-01-01T00:00:00Z');
      localStorage.setItem('ponte.language', language);
      const spoken: Spoken[] = [];
      const all = voices.map((v) => ({ voiceURI: v.name, localService: true, default: false, ...v }));
      class Utterance {
        lang = '';
        voice: Voice | null = null;
        onend: (() => void) | null = null;
        onerror: (() => void) | null = null;
        constructor(readonly text: string) {}
      }
      const synth = {
        getVoices: () => all,
        speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null }),
        cancel: () => {},
        pause: () => {},
        resume: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
      Object.defineProperty(window, 'spokenForTest', { value: spoken });
    },
    { voices, language },
  );
  return context;
}

describe.skipIf(!chromePath)('read aloud, in Chromium with a recorded voice', () => {
  const lab = serverAndBrowser();
  let app: PonteApp;

  beforeAll(async () => {
    const context = await contextWithVoices(lab, [
      { name: 'Daniel', lang: 'en-GB', default: true },
      { name: 'Lucía', lang: 'es-ES' },
    ]);
    app = new PonteApp(await context.newPage(), lab.server.url);
    await app.open('/service/food-bank-distribution');
    await app.heading.filter({ hasText: 'Food Bank Distribution Point' }).waitFor({ timeout: 30_000 });
  });

  /** Presses Read aloud on the page as it is and returns what the voice was given. */
  async function readAloud(): Promise<Spoken[]> {
    await app.page.evaluate(() => ((window as unknown as { spokenForTest: Spoken[] }).spokenForTest.length = 0));
    await app.page.getByRole('button', { name: 'Read aloud' }).click();
    await app.page.getByRole('button', { name: 'Stop' }).waitFor();
    return app.page.evaluate(() => [...(window as unknown as { spokenForTest: Spoken[] }).spokenForTest]);
  }
  const said = (parts: Spoken[]) => parts.map((p) => p.text).join(' ');
  const textsOf = (selector: string) => app.page.locator(selector).allInnerTexts();

  it('on a service: its name, the phone number in groups of digits, the hours, the address, what to bring and the cost', async () => {
    await app.open('/service/food-bank-distribution');
    await app.section('Opening hours').waitFor();
    const parts = await readAloud();
    const text = said(parts);
    expect(parts[0]).toEqual({ text: 'Food Bank Distribution Point.', lang: 'en-GB', voice: 'Daniel' });
    expect(text).toContain('+3 4, 9 8 5, 5 5 0, 1 4 0');
    expect(text).not.toMatch(/985 550 140/);
    expect(text).toContain('Monday, 10:00 AM to 1:00 PM.');
    expect(text).toContain('Friday, 4:00 PM to 7:00 PM.');
    expect(text).toContain('Polígono La Maruca, nave 7.');
    expect(text).toContain('33410 Valdemar.');
    for (const item of await textsOf('section[aria-labelledby="bring"] li')) expect(text).toContain(item.trim());
    for (const line of await textsOf('section[aria-labelledby="cost"] p')) expect(text).toContain(line.trim());
    // Headings are sentences of their own; buttons and the read-aloud controls are not read.
    expect(parts.map((p) => p.text)).toContain('Opening hours.');
    expect(text).not.toContain('Read aloud');
    // The organisation's name in Spanish, with the Spanish voice.
    const spanish = parts.filter((p) => p.voice === 'Lucía').map((p) => p.text);
    expect(spanish.join(' ')).toMatch(/Punto de Reparto del Banco de Alimentos/);
  });

  it('on home, a need, search results and a rights card: everything listed', async () => {
    await app.open('/');
    let text = said(await readAloud());
    expect(text).toContain('What do you need help with?');
    for (const need of ['Housing.', 'Food.', 'Digital help.']) expect(text).toContain(need);

    await app.open('/need/food');
    await app.page.locator('main .items .item-title').first().waitFor();
    text = said(await readAloud());
    for (const title of await app.itemTitles()) expect(text).toContain(title.trim());

    await app.open('/search?q=vivienda');
    await app.page.locator('main .items .item-title').first().waitFor();
    text = said(await readAloud());
    for (const title of await app.resultTitles()) expect(text).toContain(title.trim());

    await app.open('/rights/right-to-register');
    await app.section('What to bring').waitFor();
    text = said(await readAloud());
    expect(text).toContain('Registering at the town hall');
    for (const item of await textsOf('main section[aria-labelledby="rights-bring"] li')) expect(text).toContain(item.trim());
  });

  it('on the request form: its questions, then its mistakes once Send found some', async () => {
    await app.open('/service/youth-compass/ask');
    let text = said(await readAloud());
    expect(text).toContain('Your name');
    expect(text).toContain('Your phone number');
    await app.page.getByRole('button', { name: 'Stop' }).click();
    await app.page.getByRole('button', { name: 'Send' }).click();
    await app.page.getByRole('alert').waitFor();
    text = said(await readAloud());
    expect(text).toContain('Your name: Please fill this in.');
  });

  it('in My requests: the reference letter by letter', async () => {
    const id = await app.askToBeContacted('youth-compass', { name: 'Amina Haddad', phone: '+34 611 22 33 44' });
    await app.waitForRequest(id, 'delivered');
    const reference = (await app.page.locator(`[data-request-id="${id}"] .reference`).innerText()).trim();
    const text = said(await readAloud());
    const spelled = reference.split('-').map((group) => [...group].join(' ')).join(', ');
    expect(text).toContain(spelled);
    expect(text).toContain('Youth Compass');
  });

  it('on About and Privacy: every sentence', async () => {
    await app.open('/about');
    let text = said(await readAloud());
    expect(text).toContain('Valdemar City Council runs Ponte.');
    await app.open('/privacy');
    text = said(await readAloud());
    expect(text).toContain('Only the service\'s staff can open them.');
    expect(text).toContain('How to clear it.');
  });
});

describe.skipIf(!chromePath)('read aloud in Arabic', () => {
  const lab = serverAndBrowser();

  it('says the phone has no voice for Arabic, instead of hiding the button', async () => {
    const context = await contextWithVoices(lab, [{ name: 'Daniel', lang: 'en-GB' }], 'ar');
    const app = new PonteApp(await context.newPage(), lab.server.url);
    await app.open('/about');
    await app.page.getByRole('button', { name: 'اقرأ بصوت عالٍ' }).click();
    await app.page.getByText(/لا يوجد في هذا الهاتف صوت باللغة .?العربية/).waitFor();
    expect(await app.page.evaluate(() => (window as unknown as { spokenForTest: Spoken[] }).spokenForTest.length)).toBe(0);
    await context.close();
  });

  it('reads Arabic with the Arabic voice, and Spanish names with the Spanish one', async () => {
    const context = await contextWithVoices(lab, [{ name: 'Maged', lang: 'ar-SA' }, { name: 'Lucía', lang: 'es-ES' }], 'ar');
    const app = new PonteApp(await context.newPage(), lab.server.url);
    await app.open('/service/food-bank-distribution');
    await app.heading.filter({ hasText: 'بنك الطعام' }).waitFor({ timeout: 30_000 });
    await app.page.getByRole('button', { name: 'اقرأ بصوت عالٍ' }).click();
    await app.page.getByRole('button', { name: 'إيقاف', exact: true }).waitFor();
    const parts = await app.page.evaluate(() => [...(window as unknown as { spokenForTest: Spoken[] }).spokenForTest]);
    expect(parts[0].voice).toBe('Maged');
    expect(parts[0].lang).toBe('ar-SA');
    expect(parts.some((p) => p.voice === 'Lucía' && /Punto de Reparto del Banco de Alimentos/.test(p.text))).toBe(true);
    expect(parts.map((p) => p.text).join(' ')).toContain('9 8 5, 5 5 0, 1 4 0');
    await context.close();
  });
});
