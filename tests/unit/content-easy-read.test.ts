// The demo directory's easy-read texts: every service and rights card, and every document to
// bring, in easy English, Spanish and French, written to the Inclusion Europe rules a test can check (short sentences, one a
// line, no initials), and published under the `<lang>-x-easy` tags the devices look for.
import { describe, expect, it } from 'vitest';
import { demoDirectory } from '../../src/content';
import { easyRead } from '../../src/content/easy';

const items = [...demoDirectory.services, ...demoDirectory.rights];
const ids = new Set(items.map((i) => i.id));
/** Initials a reader knows as words, and the emergency number. */
const KNOWN = new Set(['SMS', '112']);

/** Every document some card asks for, by its standard English text. */
const documents = new Set([
  ...demoDirectory.services.flatMap((s) => s.texts.en?.required_documents ?? []),
  ...demoDirectory.rights.flatMap((r) => r.texts.en?.bring ?? []),
]);

describe.each(Object.entries(easyRead))('easy-read texts in "%s"', (lang, { cards: texts, documents: easyDocuments }) => {
  it('exist for every service and rights card, and for nothing else', () => {
    expect([...ids].filter((id) => !texts[id])).toEqual([]);
    expect(Object.keys(texts).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('exist for every document to bring, and for nothing else', () => {
    expect([...documents].filter((d) => !easyDocuments[d])).toEqual([]);
    expect(Object.keys(easyDocuments).filter((d) => !documents.has(d))).toEqual([]);
  });

  const sentences = [
    ...Object.entries(texts).flatMap(([id, t]) => [...t.what, ...t.who, ...t.how].map((s) => ({ id, s }))),
    ...Object.values(easyDocuments).flatMap((d) => d.split(/(?<=\.) /).map((s) => ({ id: 'bring', s }))),
  ];

  it('use sentences of at most 15 words, each a whole sentence', () => {
    expect(sentences.filter(({ s }) => s.split(/\s+/).length > 15).map(({ id, s }) => `${id}: ${s}`)).toEqual([]);
    expect(sentences.filter(({ s }) => !/[.?!]$/.test(s)).map(({ id, s }) => `${id}: ${s}`)).toEqual([]);
  });

  it('use no initials', () => {
    const initials = sentences.flatMap(({ id, s }) => (s.match(/\b[A-Z]{2,}\b/g) ?? []).filter((w) => !KNOWN.has(w)).map((w) => `${id}: ${w}`));
    expect(initials).toEqual([]);
  });

  it('are on each card as its easy-read version, one sentence a line', () => {
    const shelter = demoDirectory.services.find((s) => s.id === 'night-shelter')!;
    expect(shelter.texts[`${lang}-x-easy`]?.description).toBe(texts['night-shelter']!.what.join('\n'));
    const card = demoDirectory.rights.find((r) => r.id === 'right-to-school')!;
    expect(card.texts[`${lang}-x-easy`]?.summary?.split('\n')).toEqual(texts['right-to-school']!.what);
  });

  it('list what to bring in easy words on each card', () => {
    const foodBank = demoDirectory.services.find((s) => s.id === 'food-bank-distribution')!;
    const english = foodBank.texts.en!.required_documents!;
    expect(foodBank.texts[`${lang}-x-easy`]?.required_documents).toEqual(english.map((d) => easyDocuments[d]));
    const card = demoDirectory.rights.find((r) => r.id === 'right-to-register')!;
    expect(card.texts[`${lang}-x-easy`]?.bring).toEqual(card.texts.en!.bring!.map((d) => easyDocuments[d]));
  });
});
