// The words people really use, per language, as content (see ../README.md, "Search
// vocabulary"): editors extend the JSON files; the search compiles them (src/data/search-vocabulary.ts).
// Imported by the search screen only, so the vocabulary loads with it, never at boot. Every
// language is bundled, not only the interface's: a person may type in any of them.
import type { VocabularyFile } from '../../data/search-vocabulary';
import ar from './ar.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import pt from './pt.json';
import uk from './uk.json';

export const vocabularies: Record<string, VocabularyFile> = { en, es, fr, pt, ar, uk };
