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
  movePositions(tree, (from) => from + offset, place);
}

/** Give every position in `tree` the offset `move` makes of its own, with line and column from `place`. */
export function movePositions(tree: Node, move: (offset: number) => number, place: Place): void {
  eachNode(tree, (node) => {
    const position = node.position;
    if (!position) return;
    // Fresh points: a parent and its first child may share one point object.
    node.position = { start: pointAt(move(position.start.offset ?? 0), place), end: pointAt(move(position.end.offset ?? 0), place) };
  });
}

/** Move every point in a tree by `offset` characters and `lines` lines; columns stay. */
export function shiftPoints(tree: Node, offset: number, lines = 0): void {
  const seen = new Set<object>();
  eachNode(tree, (node) => {
    for (const point of [node.position?.start, node.position?.end]) {
      // Parent and first child can share one point object; move it once.
      if (!point || seen.has(point)) continue;
      seen.add(point);
      if (point.offset !== undefined) point.offset += offset;
      point.line += lines;
    }
  });
}

function pointAt(offset: number, place: Place) {
  const point = place.toPoint(offset);
  return { line: point?.line ?? 1, column: point?.column ?? 1, offset };
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
