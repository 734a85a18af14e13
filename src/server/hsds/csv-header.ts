// The first line of a CSV file: which column is which. Names are matched loosely (spaces around
// them, any case: "ID" is `id`) because people type headers by hand; what cannot be matched is
// said once per column, in words a content editor can act on.
import type { Finding } from './tables';

export interface Header {
  /** The names of the file's columns, in its order (known ones spelled as the standard does). */
  columns: string[];
  /** For each column, the value name it is read into, or undefined when it is ignored. */
  readAs: (string | undefined)[];
  findings: Finding[];
}

/** `known` = the table's columns, or undefined for a table Ponte keeps as is (HSDS tables it has
 *  no use for: every named column is read, nothing is warned about). */
export function checkHeader(cells: string[], file: string, known: readonly string[] | undefined, required: readonly string[]): Header {
  const byLowerCase = new Map((known ?? []).map((name) => [name.toLowerCase(), name]));
  const findings: Finding[] = [];
  const firstIndex = new Map<string, number>();
  const warned = new Set<string>();
  const columns: string[] = [];
  const readAs: (string | undefined)[] = [];
  cells.forEach((cell, index) => {
    const trimmed = cell.trim();
    const name = byLowerCase.get(trimmed.toLowerCase()) ?? trimmed;
    columns.push(name);
    if (name === '') return void readAs.push(undefined); // an unnamed column (see csv-read.ts)
    if (known && !byLowerCase.has(name.toLowerCase())) {
      if (!warned.has(name.toLowerCase())) {
        warned.add(name.toLowerCase());
        findings.push({
          severity: 'warning',
          source: { file },
          message: `${file}: the column "${name}" is not part of HSDS 3.0 or Ponte's extension; it is ignored.`,
        });
      }
      return void readAs.push(undefined);
    }
    const earlier = firstIndex.get(name);
    if (earlier !== undefined) {
      findings.push({
        severity: 'error',
        source: { file },
        message: `${file}: the column "${name}" is in the first line twice (columns ${columnLetter(earlier)} and ${columnLetter(index)}); keep only one of them.`,
      });
      return void readAs.push(undefined);
    }
    firstIndex.set(name, index);
    readAs.push(name);
  });
  for (const name of required) {
    if (!firstIndex.has(name)) {
      findings.push({ severity: 'error', source: { file }, message: `${file}: the column "${name}" is missing; add it to the first line.` });
    }
  }
  return { columns, readAs, findings };
}

/** "C" for the third column, "AA" for the 27th, as a spreadsheet labels them. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
