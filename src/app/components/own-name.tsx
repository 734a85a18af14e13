// Names people see on the door: an organisation or a service is known by its own name, the one
// in the city's language on its sign and its letters ("Acogida Valdemar"). Wherever a name is
// shown translated or transliterated ("أكوخيدا فالديمار"), its own name goes beside it, isolated
// with its own lang and dir so that a screen reader pronounces it right and the bidi algorithm
// keeps it whole in a right-to-left sentence. Never repeated when the translation is the same.
import { CITY_LANGUAGE, type Localized } from '../../shared/localized';
import { otherLanguage } from './localized';
import { i18next } from '../../i18n/i18n';

type Names = Record<string, Partial<Record<'name', string>>>;

const same = (a: string, b: string) => a.trim().toLocaleLowerCase(CITY_LANGUAGE) === b.trim().toLocaleLowerCase(CITY_LANGUAGE);

/** Whether two organisations or services go by the same name: the same own name on the door, or
 *  the same name as shown (a service run by an organisation of its own name, "Comedor Social
 *  San Martín" by "Comedor Social San Martín"). */
export function sameName(a: { texts: Names; shown: Localized<string> }, b: { texts: Names; shown: Localized<string> }): boolean {
  const ownA = a.texts[CITY_LANGUAGE]?.name;
  const ownB = b.texts[CITY_LANGUAGE]?.name;
  return (!!ownA && !!ownB && same(ownA, ownB)) || same(String(a.shown.value), String(b.shown.value));
}

/** The own name, when the name shown is another one; else undefined. */
export function ownName(texts: Names, shown: Localized<string> | undefined): string | undefined {
  const own = texts[CITY_LANGUAGE]?.name;
  if (!own || !shown) return undefined;
  if (shown.lang.split('-')[0] === CITY_LANGUAGE || same(String(shown.value), own)) return undefined;
  return own;
}

const ownAttributes = () => ({ lang: CITY_LANGUAGE, dir: i18next.dir(CITY_LANGUAGE) });

/** Its own line, under a translated name (in a results list, under a page's title). */
export function OwnNameLine({ texts, shown, as: Tag = 'span', class: extra }: { texts: Names; shown: Localized<string> | undefined; as?: 'span' | 'p'; class?: string }) {
  const own = ownName(texts, shown);
  // The line follows the page's direction (it starts where the name above starts); the name in
  // it is isolated in its own language and direction.
  return own ? (
    <Tag class={extra ? `own-name ${extra}` : 'own-name'}>
      <bdi {...ownAttributes()}>{own}</bdi>
    </Tag>
  ) : null;
}

/** Inside a sentence: "أكوخيدا فالديمار (Acogida Valdemar)", each name isolated. */
export function NameWithOwn({ texts, shown, uiLang }: { texts: Names; shown: Localized<string>; uiLang: string }) {
  const own = ownName(texts, shown);
  return (
    <>
      <bdi {...otherLanguage(shown.lang, uiLang)}>{String(shown.value)}</bdi>
      {/* The brackets inside the left-to-right isolate: should the name wrap onto a second line
          in a right-to-left sentence, each line still reads "(Acogida" … "Valdemar)". */}
      {own && (
        <>
          {' '}
          <bdi class="own-name-inline" dir={i18next.dir(CITY_LANGUAGE)}>
            (<span lang={CITY_LANGUAGE}>{own}</span>)
          </bdi>
        </>
      )}
    </>
  );
}

/**
 * A translated sentence with a name inside it ("Run by {{organization}}"), the name given as an
 * element: the sentence is translated around a marker, then split there, so the name may sit
 * wherever a language puts it.
 */
export function sentenceAround(sentence: (marker: string) => string): [before: string, after: string] {
  const MARKER = '\u0000';
  // In right-to-left languages i18next isolates inserted values (FSI…PDI): the element isolates
  // the name itself (bdi), so those marks go.
  const [before = '', after = ''] = sentence(MARKER).split(new RegExp(`\u2068?${MARKER}\u2069?`));
  return [before, after];
}

/** A translated sentence naming an organisation or a service, the name with its own name beside it. */
export function SentenceWithName({
  sentence,
  texts,
  shown,
  uiLang,
}: {
  sentence: (marker: string) => string;
  texts: Names;
  shown: Localized<string>;
  uiLang: string;
}) {
  const [before, after] = sentenceAround(sentence);
  return (
    <>
      {before || null}
      <NameWithOwn texts={texts} shown={shown} uiLang={uiLang} />
      {after || null}
    </>
  );
}
