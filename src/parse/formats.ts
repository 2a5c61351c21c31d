// Which format a file is, from its name. Kept apart from the parsers, so
// that code which only needs to know what to look for (the folder walk, the
// reporters) does not load them.
import { extname } from 'node:path';

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
