// Bytes of a CSV file → text, and the separator it uses. Spreadsheets save CSV in many ways: Excel's
// plain "CSV" is Windows-1252 and `;`-separated where the decimal mark is a comma (Spain, France),
// "Unicode Text" is UTF-16. Only UTF-8 is read; the others get a message saying how to save it.

/** Filled in when the bytes are not UTF-8: the rest of a sentence that starts with the file name. */
export interface Decoding {
  problem?: string;
}

const HOW_TO_SAVE_UTF8 =
  'In Excel, choose File › Save As › "CSV UTF-8 (Comma delimited)"; in LibreOffice, tick "Edit filter settings" ' +
  'and choose "Unicode (UTF-8)". Then import again.';
export const NOT_UTF8 = `is not UTF-8: it looks like Windows-1252 (what Excel saves as "CSV"). ${HOW_TO_SAVE_UTF8}`;
export const UTF16 = `is not UTF-8: it is saved as UTF-16 (what Excel calls "Unicode Text"). ${HOW_TO_SAVE_UTF8}`;

/** Decodes UTF-8 chunk by chunk (a letter may be split between chunks), dropping a BOM. On bytes
 *  that are not UTF-8 it records the problem and ends the text there. */
export async function* decodeUtf8(bytes: AsyncIterable<Uint8Array>, decoding: Decoding): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const encoder = new TextEncoder(); // for a stream that was given an encoding and yields strings
  let first = true;
  for await (const chunk of bytes) {
    const data = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    if (first && data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))) {
      decoding.problem = UTF16;
      return;
    }
    first = false;
    try {
      const text = decoder.decode(data, { stream: true });
      if (text) yield text;
    } catch {
      decoding.problem = NOT_UTF8;
      return;
    }
  }
  try {
    const rest = decoder.decode(); // a letter cut off at the end of the file is not UTF-8 either
    if (rest) yield rest;
  } catch {
    decoding.problem = NOT_UTF8;
  }
}

/** Where the first line ends (the first line break outside quotes), or -1 when not seen yet. */
export function headerEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) return i;
  }
  return -1;
}

/** The separator of the header line: the most frequent of `,` `;` and tab outside quotes (column
 *  names rarely hold any of them); a one-column file is read with `,`. */
export function pickSeparator(text: string): string {
  const end = headerEnd(text);
  const line = end < 0 ? text : text.slice(0, end);
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const [separator, count] of counts) if (count > counts.get(best)!) best = separator;
  return best;
}
