// Translations of the directory into more languages, written apart from the records: each
// language is a catalog of English text → translation. A record's field is translated when its
// English text is in the catalog; when the English changes, the old translation stops matching
// and the device falls back (the city's language, then English) until a translator catches up.
// tests/unit/content-translations.test.ts lists what is missing or no longer used.

export type Catalog = Readonly<Record<string, string>>;

type Fields = Record<string, string | readonly string[]>;

/** The fields of one record that the catalog translates; a list only when every item is. */
export function translateFields(english: Fields, catalog: Catalog): Fields {
  const out: Fields = {};
  for (const [field, value] of Object.entries(english)) {
    if (typeof value === 'string') {
      if (catalog[value] !== undefined) out[field] = catalog[value];
    } else if (value.every((item) => catalog[item] !== undefined)) {
      out[field] = value.map((item) => catalog[item]!);
    }
  }
  return out;
}
