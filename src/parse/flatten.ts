// Deeply nested input (10,000 blockquotes, 2,000 nested <div>s) would
// overflow the stack of the recursive tree walkers downstream. Past a depth
// no real copy reaches, fold each subtree into its text leaves, in order:
// the words and their positions survive, only the nesting goes.
import type { Node, Parent } from 'unist';
import { isParent, leavesOf } from '../util/tree.js';

/** Input nested deeper than a parser can take in reasonable time and stack. */
export class NestingError extends Error {}

/** Real pages nest a few dozen levels; this leaves ample room. */
export const MAX_DEPTH = 200;

/**
 * Walk the tree without recursion; a parent at `maxDepth` keeps its leaves
 * as direct children. Returns whether anything was folded.
 */
export function flattenDeepNesting(tree: Node, maxDepth = MAX_DEPTH): boolean {
  let folded = false;
  const stack: Array<[Node, number]> = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isParent(node)) continue;
    if (depth >= maxDepth) {
      if (node.children.some(isParent)) {
        node.children = leavesOf(node) as Parent['children'];
        folded = true;
      }
      continue;
    }
    for (const child of node.children) stack.push([child, depth + 1]);
  }
  return folded;
}
