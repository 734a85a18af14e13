// Where a JSON text goes wrong. JSON.parse says so only sometimes ("at position 7"), and for
// some faults only with a copy of the whole file in its message; a person fixing a file in an
// editor needs a line and a column. This small scanner is run only after JSON.parse has failed.

export interface JsonSyntaxError {
  line: number;
  column: number;
  /** What is wrong there, in words. */
  reason: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

class Fault extends Error {
  constructor(
    readonly at: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** The first syntax error of `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const unexpected = (): never => {
    if (i >= text.length) throw new Fault(i, 'the file ends too early (a bracket, brace or quote is not closed)');
    const c = text[i]!;
    let before = i - 1;
    while (before >= 0 && ' \t\n\r'.includes(text[before]!)) before--;
    if ((c === '}' || c === ']') && text[before] === ',') throw new Fault(before, `a comma before "${c}": remove it`);
    if (c === "'") throw new Fault(i, "a single quote: JSON wants double quotes (\") around text and names");
    throw new Fault(i, `unexpected ${JSON.stringify(c)}`);
  };
  const expect = (c: string) => {
    skipSpace();
    if (text[i] !== c) {
      if (i < text.length && !'}],:'.includes(text[i]!) && (c === ',' || c === ':')) throw new Fault(i, `"${c}" expected before ${JSON.stringify(text[i])}`);
      unexpected();
    }
    i++;
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) throw new Fault(i, 'the file ends inside a text (a closing " is missing)');
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c === '\\') {
        const e = text[i + 1] ?? '';
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (ESCAPES.has(e)) i += 2;
        else throw new Fault(i, `"\\${e}" is not a JSON escape (write "\\\\" for a backslash)`);
      } else if (c.charCodeAt(0) < 0x20) {
        throw new Fault(i, 'a line break or control character inside a text (write it as \\n)');
      } else i++;
    }
  };
  const value = (): void => {
    skipSpace();
    const c = text[i];
    if (c === '{') return members('}', () => {
      skipSpace();
      if (text[i] !== '"') unexpected();
      string();
      expect(':');
      value();
    });
    if (c === '[') return members(']', value);
    if (c === '"') return string();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) return void (i += literal.length);
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    unexpected();
  };
  const members = (close: string, member: () => void) => {
    i++;
    skipSpace();
    if (text[i] === close) return void i++;
    for (;;) {
      member();
      skipSpace();
      if (text[i] === close) return void i++;
      expect(',');
    }
  };
  try {
    value();
    skipSpace();
    if (i < text.length) throw new Fault(i, `more after the end of the JSON value: ${JSON.stringify(text[i])}`);
    return undefined;
  } catch (error) {
    if (!(error instanceof Fault)) throw error;
    const upTo = text.slice(0, error.at);
    const line = upTo.split('\n').length;
    return { line, column: error.at - upTo.lastIndexOf('\n'), reason: error.reason };
  }
}
