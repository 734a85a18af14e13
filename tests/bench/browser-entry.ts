// Bundled for the benchmark page in Chromium: the app's real sync and search code, on real IndexedDB.
import Dexie from 'dexie';
import { PonteDatabase } from '../../src/data/db';
import { vocabularies } from '../../src/content/vocabulary';
import { loadIndex, search } from '../../src/data/search-index';
import { compileVocabulary } from '../../src/data/search-vocabulary';
import type { DirectoryPayload } from '../../src/shared/api';
import { applyPayload } from '../../src/sync/directory-sync';

export async function applySnapshot(json: string): Promise<number> {
  await Dexie.delete('bench');
  const db = new PonteDatabase('bench');
  await db.open();
  const payload = JSON.parse(json) as DirectoryPayload;
  const start = performance.now();
  await applyPayload(db, payload, new Date());
  const ms = performance.now() - start;
  db.close();
  return ms;
}

/** As the search screen searches: with the vocabulary of every language, compiled once (vocabularyMs). */
export async function searchLatencies(queries: string[]): Promise<{ loadMs: number; vocabularyMs: number; timings: number[] }> {
  const db = new PonteDatabase('bench');
  const start = performance.now();
  const index = loadIndex((await db.searchIndex.get('directory'))!.json);
  const loadMs = performance.now() - start;
  const compiling = performance.now();
  const vocabulary = compileVocabulary(vocabularies);
  const vocabularyMs = performance.now() - compiling;
  const timings: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      // As typed: every prefix of the query, like results appearing while typing.
      for (let i = 1; i <= q.length; i++) {
        const t = performance.now();
        search(index, q.slice(0, i), { vocabulary });
        timings.push(performance.now() - t);
      }
    }
  }
  db.close();
  return { loadMs, vocabularyMs, timings };
}
