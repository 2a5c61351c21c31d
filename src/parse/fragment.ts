// Copy that lives outside the main text flow (HTML attributes, front-matter
// values) is parsed on its own and then moved to where it sits in the file.
import type { Paragraph, Root as NlcstRoot } from 'nlcst';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { english } from './english.js';

/**
 * Parse `text`, which starts at `offset` in `file`, as prose and return its
 * paragraphs with positions shifted to the file.
 */
export function fragmentParagraphs(text: string, offset: number, file: VFile): Paragraph[] {
  const tree: NlcstRoot = english.parse(text);
  const place = location(file);
  visit(tree as Node, (node) => {
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
  return tree.children.filter((child): child is Paragraph => child.type === 'ParagraphNode');
}
