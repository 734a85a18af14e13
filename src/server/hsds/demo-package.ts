// Valdemar, the demo city, ships as an HSDS 3.0 tabular data package with Ponte's extension
// tables (src/content/valdemar/) and is read by the same importer as a real city's directory:
// on a server's first start, and by the tests that check the demo's content.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Directory } from '../../shared/directory';
import type { Sql } from '../database';
import { currentVersion, publishDirectory, type VersionInfo } from '../directory-store';
import { readDirectoryFile } from './import-directory';
import { formatFinding } from './report';

export const DEMO_PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '../../content/valdemar');

let loaded: Promise<Directory> | undefined;

/** The demo directory; a package that does not import cleanly is a bug of ours, said in full. */
export function loadDemoDirectory(): Promise<Directory> {
  loaded ??= readDirectoryFile(DEMO_PACKAGE, { today: '2026-01-01' }).then(({ directory, findings }) => {
    if (!directory) throw new Error(`The demo package ${DEMO_PACKAGE} does not import:\n${findings.map(formatFinding).join('\n')}`);
    return directory;
  });
  return loaded;
}

/** A database where nothing is published yet (a first start) gets the demo city: the version
 *  made, or undefined when a directory was there already. */
export async function publishDemoIfEmpty(sql: Sql): Promise<VersionInfo | undefined> {
  if (await currentVersion(sql)) return undefined;
  return publishDirectory(sql, await loadDemoDirectory(), 'demo directory');
}
