// One CSV file of a tabular data package → one `Table`, read as a stream so that a directory of
// thousands of services never sits in memory as text. The files come from cities' spreadsheets,
// so the reader accepts what Excel and LibreOffice really write (BOM, CRLF, `;` separators, line
// breaks inside quoted cells, empty rows) and turns everything else into a finding that names the
// file, the line and what to do, never an exception.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { REQUIRED_COLUMNS, TABLE_COLUMNS, type Finding, type Table, type TableName } from './tables';
import { checkHeader, columnLetter } from './csv-header';
import { decodeUtf8, headerEnd, pickSeparator, type Decoding } from './csv-text';

/** A record longer than this is an unclosed quote swallowing the rest of the file, not a row: stop
 *  there with a message rather than holding the whole file in one cell. */
const MAX_RECORD_CHARS = 1_000_000;

/** Undoes the writer's formula neutralising (csv-write.ts): `'=1+1` was written for `=1+1`. */
export const unNeutralise = (cell: string): string => (/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const SEPARATOR_NAMES: Record<string, string> = { ',': 'a comma', ';': 'a semicolon (;)', '\t': 'a tab' };

const LINE_BREAKS = /\r\n|\r|\n/g;
const countLineBreaks = (text: string): number => text.match(LINE_BREAKS)?.length ?? 0;

export async function readCsvTable(
  bytes: AsyncIterable<Uint8Array> | NodeJS.ReadableStream,
  file: string,
  table: TableName,
): Promise<{ table: Table; findings: Finding[] }> {
  const decoding: Decoding = {};
  const texts = decodeUtf8(bytes as AsyncIterable<Uint8Array>, decoding)[Symbol.asyncIterator]();
  // The separator is decided from the header line, so that line is read before parsing starts.
  let head = '';
  while (headerEnd(head) < 0 && head.length <= MAX_RECORD_CHARS) {
    const next = await texts.next();
    if (next.done) break;
    head += next.value;
  }
  const known = table in TABLE_COLUMNS ? TABLE_COLUMNS[table as keyof typeof TABLE_COLUMNS] : undefined;
  const result: Table = { file, columns: [], rows: [] };
  const findings: Finding[] = [];
  let header: ReturnType<typeof checkHeader> | undefined;
  const unnamedColumnsUsed = new Set<number>();
  const required = REQUIRED_COLUMNS[table] ?? [];
  // Line numbers are counted here rather than taken from csv-parse's `info.lines`, which counts
  // CR LF as two lines. Each record's `raw` text holds its own line breaks (also those inside
  // quoted cells) and its final one, so the next record starts that many lines further down.
  let nextLine = 1;
  // A spreadsheet shows each record on one row, however many lines its cells hold.
  let nextRow = 1;
  const separator = pickSeparator(head);

  const onRecord = (cells: string[], raw: string): null => {
    const line = nextLine;
    const row = nextRow++;
    nextLine += countLineBreaks(raw);
    const source = row === line ? { file, line } : { file, line, row };
    if (!header) {
      const blank = cells.every((cell) => cell.trim() === '');
      if (blank && required.length > 0) {
        findings.push({ severity: 'error', source: { file, line }, message: `The first line is empty; it must hold the names of the columns (at least ${required.join(', ')}).` });
      }
      header = checkHeader(blank ? [] : cells, file, known, blank ? [] : required);
      result.columns = header.columns;
      findings.push(...header.findings);
      return null;
    }
    // An empty row (a blank line, or a row of empty cells as spreadsheets export it) is no record.
    if (cells.every((cell) => cell.trim() === '')) return null;
    const values: Record<string, string> = {};
    header.columns.forEach((name, index) => {
      if (header!.readAs[index] !== undefined) values[header!.readAs[index]!] = unNeutralise(cells[index] ?? '');
      else if (name === '' && (cells[index] ?? '').trim() !== '') unnamedColumnsUsed.add(index);
    });
    const extra = cells.slice(header.columns.length);
    if (extra.some((cell) => cell.trim() !== '')) {
      findings.push({
        severity: 'error',
        source,
        message: `This row has ${cells.length} cells but the first line names ${header.columns.length} columns. ` +
          `A cell holding ${SEPARATOR_NAMES[separator]} needs quotes around it, or a column name is missing from the first line.`,
      });
    }
    result.rows.push({ values, source });
    return null;
  };

  const parser = parse({
    delimiter: separator,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true, // too many cells is reported with the row's line, too few read as ''
    relax_quotes: true, // quotes typed inside a cell (5" screen, "One" and more) are text, as spreadsheets read them
    max_record_size: MAX_RECORD_CHARS,
    raw: true,
    // With `raw`, csv-parse hands over { record, raw }, which its types do not say.
    on_record: (data) => {
      const { record, raw } = data as unknown as { record: string[]; raw: string };
      return onRecord(record, raw);
    },
  });
  parser.resume(); // records are taken in on_record; nothing is left to read on the other side
  async function* allText(): AsyncGenerator<string> {
    if (head) yield head;
    for (let next = await texts.next(); !next.done; next = await texts.next()) yield next.value;
  }
  try {
    // Not object mode: the buffer between the two is counted in bytes, not in pieces of any size,
    // so a piece of text unzipped a thousandfold does not pile up sixteen times.
    await pipeline(Readable.from(allText(), { objectMode: false }), parser);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error; // the bytes could not be read: not the file's fault
    findings.push({ severity: 'error', source: { file, line: nextLine }, message: csvErrorMessage(error) });
  }
  if (decoding.problem) {
    // Text in another encoding would give wrong letters in every row: one message for the file.
    return { table: { file, columns: result.columns, rows: [] }, findings: [{ severity: 'error', source: { file }, message: `${file} ${decoding.problem}` }] };
  }
  if (!header && required.length > 0) {
    findings.push({ severity: 'error', source: { file }, message: `${file} is empty: write the names of its columns in the first line (at least ${required.join(', ')}), then one row per line.` });
  }
  for (const index of unnamedColumnsUsed) {
    findings.push({
      severity: 'warning',
      source: { file },
      message: `${file}: column ${columnLetter(index)} has no name in the first line, so its cells are ignored. Give it a name, or delete the column.`,
    });
  }
  return { table: result, findings };
}

function csvErrorMessage(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
    case 'CSV_MAX_RECORD_SIZE':
      return 'A quote (") opened in the row starting on this line is never closed, so the rest of the file cannot be read. ' +
        'Add the closing quote; a quote inside a cell is written as two quotes ("").';
    default:
      return `The file cannot be read from this line on (${error.message}). Check the quotes and separators on this line.`;
  }
}
