// Where bytes stop being UTF-8: a copy file, a capabilities file or a config
// file that is not UTF-8 is refused with the place, never read with its
// bytes replaced (a declared "café" read as "caf\uFFFD").
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';

/** Where a text's bytes stop being UTF-8: line and column (of the text before it) and the byte's index. */
export interface Utf8Break {
  line: number;
  column: number;
  byte: number;
}

/** Where bytes stop being UTF-8, or undefined for UTF-8. isUtf8 is native and fast; the byte-by-byte scan runs only to say where. */
export function whereUtf8Breaks(bytes: Uint8Array): Utf8Break | undefined {
  if (isUtf8(bytes)) return undefined;
  const byte = firstInvalidUtf8(bytes);
  const lines = new TextDecoder().decode(bytes.subarray(0, byte)).split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1, byte };
}

/** Index of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index];
    let length: number;
    let min: number;
    if (byte < 0x80) {
      index++;
      continue;
    } else if (byte >= 0xc2 && byte <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3;
      min = 0x800;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4;
      min = 0x10000;
    } else {
      return index;
    }
    if (index + length > bytes.length) return index;
    let codePoint = byte & (0xff >> (length + 1));
    for (let next = 1; next < length; next++) {
      const continuation = bytes[index + next];
      if ((continuation & 0xc0) !== 0x80) return index;
      codePoint = (codePoint << 6) | (continuation & 0x3f);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid too.
    if (codePoint < min || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) return index;
    index += length;
  }
  return -1;
}

/** A settings file's text, or `refuse(reason)` thrown, naming the place, when it is not UTF-8. */
export function readUtf8(path: string, shown: string, refuse: (problem: string) => Error): string {
  const bytes = readFileSync(path);
  const invalid = whereUtf8Breaks(bytes);
  if (invalid) throw refuse(`${shown}:${invalid.line}:${invalid.column}: invalid UTF-8 (byte ${invalid.byte}); save the file as UTF-8`);
  return new TextDecoder().decode(bytes);
}
