// Turn a source file into an nlcst tree whose offsets point into the
// original file, keeping only what is copy.
import { extname } from 'node:path';
import type { Root as NlcstRoot } from 'nlcst';
import type { VFile } from 'vfile';
import { htmlToNlcst } from './html.js';
import { english } from './english.js';
import { markdownToNlcst } from './markdown.js';

export type Format = 'markdown' | 'html' | 'text';

/** File extensions a directory walk picks up, by format. */
export const EXTENSIONS: Record<Format, string[]> = {
  markdown: ['.md', '.markdown'],
  html: ['.html', '.htm'],
  text: ['.txt'],
};

export function formatFromPath(path: string | undefined): Format {
  const extension = path ? extname(path).toLowerCase() : '';
  if (EXTENSIONS.markdown.includes(extension)) return 'markdown';
  if (EXTENSIONS.html.includes(extension)) return 'html';
  // .txt, stdin, --text and anything unknown are read as plain prose.
  return 'text';
}

export function toNlcst(file: VFile, format: Format): NlcstRoot {
  if (format === 'markdown') return markdownToNlcst(file);
  if (format === 'html') return htmlToNlcst(file);
  return english.parse(String(file));
}
