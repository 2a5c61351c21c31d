// Turn a source file into an nlcst tree whose offsets point into the
// original file, keeping only what is copy.
import type { Root as NlcstRoot } from 'nlcst';
import type { VFile } from 'vfile';
import type { Directive } from './directives.js';
import { htmlToNlcst } from './html.js';
import { location } from 'vfile-location';
import { fragmentParagraphs } from './fragment.js';
import type { Format } from './formats.js';
import { markdownToNlcst } from './markdown.js';

export { EXTENSIONS, formatFromPath, type Format } from './formats.js';

/** A document's copy as nlcst, and the inline control comments found beside it. */
export interface ParsedCopy {
  tree: NlcstRoot;
  directives: Directive[];
}

/**
 * Whether a block's source text may hold a claim: blocks it rules out are not
 * turned into words (every sentence lies inside one block). The prefilter's
 * test, asked of one block instead of a whole file.
 */
export type MayHoldClaims = (blockSource: string) => boolean;

export function parseCopy(file: VFile, format: Format, mayHoldClaims?: MayHoldClaims): ParsedCopy {
  if (format === 'markdown' || format === 'mdx') return markdownToNlcst(file, format === 'mdx', mayHoldClaims);
  if (format === 'html') return htmlToNlcst(file, mayHoldClaims);
  return { tree: plainTextToNlcst(String(file)), directives: [] };
}

/**
 * A blank line (spaces and tabs allowed on it) ends a paragraph of plain
 * text, as it does for the English parser. Parsed whole, a long text whose
 * lines end in no stop was one sentence until the parser cut it at each
 * blank line, in time that grew with its square: 20,000 short paragraphs
 * (140 KB) took 46 s. Parsed a paragraph at a time, it takes well under one.
 */
const BLANK_LINES = /(?:\r\n|\r|\n)[ \t]*(?:(?:\r\n|\r|\n)[ \t]*)+/g;

function plainTextToNlcst(text: string): NlcstRoot {
  const place = location(text);
  const children: NlcstRoot['children'] = [];
  let from = 0;
  for (const gap of [...text.matchAll(BLANK_LINES), undefined]) {
    const to = gap?.index ?? text.length;
    if (/\S/.test(text.slice(from, to))) children.push(...fragmentParagraphs(text.slice(from, to), from, place));
    from = to + (gap?.[0].length ?? 0);
  }
  return { type: 'RootNode', children, position: { start: place.toPoint(0) ?? { line: 1, column: 1, offset: 0 }, end: place.toPoint(text.length) ?? { line: 1, column: 1, offset: 0 } } };
}
