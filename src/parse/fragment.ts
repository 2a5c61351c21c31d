// Copy parsed on its own (an HTML attribute, a front-matter value, a slice
// of a large Markdown file) and then moved to where it sits in the file.
import type { Paragraph, Root as NlcstRoot } from 'nlcst';
import type { Node } from 'unist';
import { location } from 'vfile-location';
import { eachNode } from '../util/tree.js';
import { english } from './english.js';

/** Line and column lookup for one file; build it once per file, it indexes every line. */
export type Place = ReturnType<typeof location>;

/** Move every position in `tree` by `offset` characters, with line and column from `place`. */
export function shiftPositions(tree: Node, offset: number, place: Place): void {
  eachNode(tree, (node) => {
    const position = node.position;
    if (!position) return;
    const startOffset = (position.start.offset ?? 0) + offset;
    const endOffset = (position.end.offset ?? 0) + offset;
    const start = place.toPoint(startOffset);
    const end = place.toPoint(endOffset);
    node.position = {
      start: { line: start?.line ?? 1, column: start?.column ?? 1, offset: startOffset },
      end: { line: end?.line ?? 1, column: end?.column ?? 1, offset: endOffset },
    };
  });
}

/**
 * Parse `text`, which starts at `offset` in the file `place` indexes, as
 * prose and return its paragraphs with positions in the file.
 */
export function fragmentParagraphs(text: string, offset: number, place: Place): Paragraph[] {
  const tree: NlcstRoot = english.parse(text);
  shiftPositions(tree as Node, offset, place);
  return tree.children.filter((child): child is Paragraph => child.type === 'ParagraphNode');
}
