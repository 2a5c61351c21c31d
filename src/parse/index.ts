// Turn a source file into an nlcst tree whose offsets point into the
// original file, keeping only what is copy.
import { extname } from 'node:path';
import type { Root as NlcstRoot } from 'nlcst';
import type { VFile } from 'vfile';
import type { Directive } from './directives.js';
import { htmlToNlcst } from './html.js';
import { english } from './english.js';
import { markdownToNlcst } from './markdown.js';

export type Format = 'markdown' | 'mdx' | 'html' | 'text';

/** File extensions a directory walk picks up, by format. */
export const EXTENSIONS: Record<Format, string[]> = {
  markdown: ['.md', '.markdown'],
  mdx: ['.mdx'],
  html: ['.html', '.htm'],
  text: ['.txt'],
};

export function formatFromPath(path: string | undefined): Format {
  const extension = path ? extname(path).toLowerCase() : '';
  if (EXTENSIONS.markdown.includes(extension)) return 'markdown';
  if (EXTENSIONS.mdx.includes(extension)) return 'mdx';
  if (EXTENSIONS.html.includes(extension)) return 'html';
  // .txt, stdin, --text and anything unknown are read as plain prose.
  return 'text';
}

/** A document's copy as nlcst, and the inline control comments found beside it. */
export interface ParsedCopy {
  tree: NlcstRoot;
  directives: Directive[];
}

export function parseCopy(file: VFile, format: Format): ParsedCopy {
  if (format === 'markdown' || format === 'mdx') return markdownToNlcst(file, format === 'mdx');
  if (format === 'html') return htmlToNlcst(file);
  return { tree: english.parse(String(file)), directives: [] };
}
