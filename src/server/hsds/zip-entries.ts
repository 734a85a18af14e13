// Reading a zipped package without unzipping it to disk: fflate's streaming `Unzip` is fed the file
// in small pieces and hands each entry's bytes on as they come. A zip's central directory sits at
// its end, so the file is read twice: once to list the entries and read datapackage.json, once to
// stream the CSV files it lists. Unzipped bytes are counted as they come out, whatever the zip's
// headers claim, so a zip bomb stops at the limit instead of filling the memory.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
/** Small pieces: one piece of deflate can grow about a thousand times when unzipped. */
const PIECE_BYTES = 8 * 1024;

export class ZipTooBigError extends Error {}
/** An entry fflate cannot unzip (damaged, cut short, or compressed in a way other than deflate). */
export class UnzipError extends Error {}

/** The entries' bytes, pushed by the unzipper, pulled by the CSV reader; the unzipper waits for the
 *  reader to catch up (`drained`) so only a few pieces are held at a time. */
class EntryBytes implements AsyncIterable<Uint8Array> {
  private pieces: Uint8Array[] = [];
  private ended = false;
  private failure: Error | undefined;
  private stopped = false; // the reader has stopped reading (an error in the file): drop the rest
  private wake: (() => void) | undefined;
  private waitingForDrain: (() => void)[] = [];
  push(piece: Uint8Array): void {
    if (!this.stopped) this.pieces.push(piece);
    this.notify();
  }
  end(failure?: Error): void {
    if (this.ended) return;
    this.ended = true;
    this.failure = failure;
    this.notify();
  }
  drained(): Promise<void> {
    return this.pieces.length === 0 || this.stopped ? Promise.resolve() : new Promise((resolve) => this.waitingForDrain.push(resolve));
  }
  private notify(): void {
    this.wake?.();
    this.wake = undefined;
  }
  private release(): void {
    for (const resolve of this.waitingForDrain.splice(0)) resolve();
  }
  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    try {
      for (;;) {
        const piece = this.pieces.shift();
        if (piece) {
          if (this.pieces.length === 0) this.release();
          yield piece;
        } else if (this.failure) throw this.failure;
        else if (this.ended) return;
        else await new Promise<void>((resolve) => (this.wake = resolve));
      }
    } finally {
      this.stopped = true;
      this.pieces = [];
      this.release();
    }
  }
}

/** Feeds the zip file to an `Unzip`, piece by piece, waiting after each piece for `afterPiece`. */
async function unzipFile(path: string, onFile: (file: UnzipFile) => void, afterPiece: () => Promise<void>): Promise<void> {
  const unzip = new Unzip(onFile);
  unzip.register(UnzipInflate);
  const stream = createReadStream(path, { highWaterMark: PIECE_BYTES });
  try {
    for await (const piece of stream) {
      pushTo(unzip, piece as Buffer);
      await afterPiece();
    }
    pushTo(unzip, new Uint8Array(0), true);
    await afterPiece();
  } finally {
    stream.destroy();
  }
}

/** fflate throws plain errors on damaged data: they become UnzipError, the package's fault. */
function pushTo(unzip: Unzip, piece: Uint8Array, final = false): void {
  try {
    unzip.push(piece, final);
  } catch (error) {
    throw error instanceof ZipTooBigError || error instanceof UnzipError ? error : new UnzipError((error as Error).message);
  }
}

/** Entries a zip made on a Mac or by hand carries beside the files: folders, resource forks. */
const isClutter = (name: string) => name.endsWith('/') || name.startsWith('__MACOSX/') || /(^|\/)\._/.test(name);

/** The unzipped size the zip's central directory (at its end) declares for all its files, read
 *  without unzipping anything: an honest zip bomb is refused at once, before any byte is unzipped
 *  (a dishonest one is stopped by counting, slower). Undefined when the zip has no readable one. */
export async function declaredUnzippedBytes(path: string): Promise<number | undefined> {
  const handle = await open(path);
  try {
    const { size } = await handle.stat();
    const tail = Buffer.alloc(Math.min(size, 22 + 65535)); // the end record, and a comment of up to 64 KB
    await handle.read(tail, 0, tail.length, size - tail.length);
    const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0) return undefined;
    const [entries, directorySize, directoryOffset] = [tail.readUInt16LE(end + 10), tail.readUInt32LE(end + 12), tail.readUInt32LE(end + 16)];
    if (directoryOffset === 0xffffffff || directorySize > 64 * 1024 * 1024) return undefined; // ZIP64: left to counting
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    let total = 0;
    for (let at = 0, entry = 0; entry < entries && at + 46 <= directory.length && directory.readUInt32LE(at) === 0x02014b50; entry++) {
      const unzipped = directory.readUInt32LE(at + 24);
      total += unzipped === 0xffffffff ? 2 ** 32 : unzipped; // ZIP64's mark: 4 GB or more
      at += 46 + directory.readUInt16LE(at + 28) + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
    return total;
  } finally {
    await handle.close();
  }
}

/** First reading: the names of the files in the zip, and the text of the small entries `wanted`
 *  picks (datapackage.json), unzipped in memory. */
export async function listZip(path: string, wanted: (name: string) => boolean): Promise<{ names: string[]; texts: Map<string, string> }> {
  const names: string[] = [];
  const texts = new Map<string, string>();
  await unzipFile(path, (file) => {
    const name = file.name.replace(/^\.\//, '');
    if (isClutter(name)) return;
    names.push(name);
    if (!wanted(name)) return; // not started, so not unzipped (fflate holds its zipped bytes: at most the zip's size)
    const pieces: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, data, final) => {
      if (error) throw new UnzipError(error.message);
      size += data.length;
      if (size > 10 * 1024 * 1024) throw new ZipTooBigError(name); // no datapackage.json is this big
      pieces.push(data);
      if (final) texts.set(name, Buffer.concat(pieces).toString('utf8'));
    };
    file.start();
  }, async () => {});
  return { names, texts };
}

/** Second reading: streams the bytes of each entry `wanted` picks to `read`, one entry after the
 *  other, and waits for every `read`. Throws ZipTooBigError past `maxBytes` unzipped in all. */
export async function streamZipEntries(
  path: string,
  wanted: (name: string) => boolean,
  read: (name: string, bytes: AsyncIterable<Uint8Array>) => Promise<void>,
  maxBytes = MAX_UNZIPPED_BYTES,
): Promise<void> {
  const open: EntryBytes[] = [];
  const reading: Promise<void>[] = [];
  let total = 0;
  let tooBig: ZipTooBigError | undefined;
  const unzipping = unzipFile(path, (file) => {
    const name = file.name.replace(/^\.\//, '');
    if (isClutter(name) || !wanted(name)) return;
    const bytes = new EntryBytes();
    open.push(bytes);
    reading.push(read(name, bytes));
    file.ondata = (error, data, final) => {
      if (error) return bytes.end(new UnzipError(error.message));
      total += data.length;
      if (total > maxBytes && !tooBig) tooBig = new ZipTooBigError(name);
      if (tooBig) return bytes.end(tooBig);
      if (data.length) bytes.push(data);
      if (final) bytes.end();
    };
    try {
      file.start();
    } catch (error) {
      bytes.end(new UnzipError((error as Error).message)); // a compression method fflate cannot unzip
    }
  }, async () => {
    if (tooBig) throw tooBig;
    await Promise.all(open.map((bytes) => bytes.drained()));
  });
  // Whatever happens, every reader is told the end and waited for, so none is left hanging.
  const unzipped = await unzipping.then(() => undefined, (error: Error) => error);
  for (const bytes of open) bytes.end(unzipped ?? new UnzipError('the zip file ends in the middle of it'));
  const results = await Promise.allSettled(reading);
  if (tooBig) throw tooBig;
  if (unzipped) throw unzipped;
  for (const result of results) if (result.status === 'rejected') throw result.reason;
}
