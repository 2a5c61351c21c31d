// Turn a source file into an nlcst tree whose offsets point into the
// original file, keeping only what is copy.
import type { Root as NlcstRoot } from 'nlcst';
import type { VFile } from 'vfile';
import type { Directive } from './directives.js';
import { htmlToNlcst } from './html.js';
import { english } from './english.js';
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
  return { tree: english.parse(String(file)), directives: [] };
}
