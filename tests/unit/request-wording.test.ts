// Words people stumbled on around contact requests, in every interface language: "outbox" is
// jargon ("bandeja de salida"), and a time of day must not read as "tomorrow" (Spanish "Mañana").
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const languages = readdirSync('locales');
const strings = (lang: string, ns: 'common' | 'pages' | 'easy') => JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8'));
const allValues = (node: unknown): string[] => (typeof node === 'string' ? [node] : Object.values(node as object).flatMap(allValues));

/** How each language says "outbox". */
const OUTBOX = /outbox|bandeja de salida|boîte d.envoi|caixa de saída|صندوق الصادر|черзі на надсилання|скриньк[аи] вихідних/i;

describe.each(languages)('"%s"', (lang) => {
  it('never says "outbox": requests are "waiting to be sent", in "My requests"', () => {
    const found = (['common', 'pages', 'easy'] as const).flatMap((ns) => allValues(strings(lang, ns))).filter((v) => OUTBOX.test(v));
    expect(found).toEqual([]);
  });

  it('offers only ways for the service to reach the person (going there is a link to the address)', () => {
    expect(Object.keys(strings(lang, 'pages').ask.method).sort()).toEqual(['call', 'email', 'sms', 'whatsapp']);
  });
});

it('Spanish times of day cannot be read as "tomorrow"', () => {
  expect(strings('es', 'pages').ask.times).toEqual({ morning: 'Por la mañana', afternoon: 'Por la tarde', evening: 'Por la noche' });
});
