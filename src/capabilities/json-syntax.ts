// A strict JSON syntax checker that says where the first mistake is.
// JSON.parse on Node 20 does not always report a position ("Unexpected token
// ']', "[1,]" is not valid JSON"), and the yaml package accepts things JSON
// forbids (trailing commas, comments), so capabilities.json files are checked
// here first. Only validity is decided; values are read with the yaml parser.

export interface JsonSyntaxError {
  /** Offset into the text of the offending character. */
  offset: number;
  message: string;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** How a character is named in a message. */
function describe(char: string | undefined): string {
  if (char === undefined) return 'the end of the file';
  if (char === '\n' || char === '\r') return 'a line break';
  return JSON.stringify(char);
}

class Scanner {
  private pos = 0;

  constructor(private readonly text: string) {}

  run(): void {
    this.value();
    this.space();
    if (this.pos < this.text.length) this.fail(`unexpected ${describe(this.text[this.pos])} after the end of the JSON value`);
  }

  private fail(reason: string, at = this.pos): never {
    throw new Stop(at, reason);
  }

  private space(): void {
    while (this.pos < this.text.length && ' \t\n\r'.includes(this.text[this.pos])) this.pos++;
    // Comments are the most common non-JSON in hand-written config.
    if (this.text.startsWith('//', this.pos) || this.text.startsWith('/*', this.pos)) {
      this.fail('JSON does not allow comments; use capabilities.yml if you want comments');
    }
  }

  private value(): void {
    this.space();
    const char = this.text[this.pos];
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    if (char === '-' || (char >= '0' && char <= '9')) return this.number();
    if (char === undefined) this.fail('unexpected end of the file; a value is missing');
    if (char === "'") this.fail('strings must be in double quotes, not single quotes');
    const word = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.pos))?.[0];
    if (word === 'true' || word === 'false' || word === 'null') {
      this.pos += word.length;
      return;
    }
    if (word) this.fail(`unexpected ${JSON.stringify(word)}; write true, false, null, a number, or text in double quotes`);
    this.fail(`unexpected ${describe(char)}; expected a value`);
  }

  /** Shared by objects and arrays: items separated by commas, no trailing comma. */
  private items(close: '}' | ']', item: () => void): void {
    this.pos++;
    this.space();
    if (this.text[this.pos] === close) {
      this.pos++;
      return;
    }
    for (;;) {
      item();
      this.space();
      const char = this.text[this.pos];
      if (char === close) {
        this.pos++;
        return;
      }
      if (char !== ',') this.fail(`expected "," or "${close}" after a value, got ${describe(char)}`);
      const comma = this.pos;
      this.pos++;
      this.space();
      if (this.text[this.pos] === close) this.fail(`trailing comma; JSON does not allow a comma before "${close}"`, comma);
    }
  }

  private object(): void {
    this.items('}', () => {
      this.space();
      if (this.text[this.pos] !== '"') this.fail(`expected a key in double quotes, got ${describe(this.text[this.pos])}`);
      this.string();
      this.space();
      if (this.text[this.pos] !== ':') this.fail(`expected ":" after the key, got ${describe(this.text[this.pos])}`);
      this.pos++;
      this.value();
    });
  }

  private array(): void {
    this.items(']', () => this.value());
  }

  private string(): void {
    const start = this.pos;
    this.pos++;
    while (this.pos < this.text.length) {
      const char = this.text[this.pos];
      if (char === '"') {
        this.pos++;
        return;
      }
      if (char < ' ') this.fail('line break or control character inside a string; write it as \\n or \\t');
      if (char === '\\') {
        const escape = this.text[this.pos + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) this.fail('invalid \\u escape; expected four hex digits');
          this.pos += 6;
          continue;
        }
        if (escape === undefined || !'"\\/bfnrt'.includes(escape)) this.fail(`invalid escape "\\${escape ?? ''}" in a string`);
        this.pos += 2;
        continue;
      }
      this.pos++;
    }
    this.fail('string is not closed; a double quote is missing', start);
  }

  private number(): void {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match || match[0] === '-') this.fail('invalid number');
    this.pos += match[0].length;
  }
}

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    new Scanner(text).run();
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return { offset: error.offset, message: error.reason };
    throw error;
  }
}
