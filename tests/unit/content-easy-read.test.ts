// The demo directory's easy-read texts: every service and rights card in easy English, Spanish
// and French, written to the Inclusion Europe rules a test can check (short sentences, one a
// line, no initials), and published under the `<lang>-x-easy` tags the devices look for.
import { describe, expect, it } from 'vitest';
import { demoDirectory } from '../../src/content';
import { easyTexts } from '../../src/content/easy';

const items = [...demoDirectory.services, ...demoDirectory.rights];
const ids = new Set(items.map((i) => i.id));
/** Initials a reader knows as words, and the emergency number. */
const KNOWN = new Set(['SMS', '112']);

describe.each(Object.entries(easyTexts))('easy-read texts in "%s"', (lang, texts) => {
  it('exist for every service and rights card, and for nothing else', () => {
    expect([...ids].filter((id) => !texts[id])).toEqual([]);
    expect(Object.keys(texts).filter((id) => !ids.has(id))).toEqual([]);
  });

  const sentences = Object.entries(texts).flatMap(([id, t]) => [...t.what, ...t.who, ...t.how].map((s) => ({ id, s })));

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
});
