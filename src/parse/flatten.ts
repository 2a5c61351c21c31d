// Deeply nested input (10,000 blockquotes, 2,000 nested <div>s) would
// overflow the stack of the recursive tree walkers downstream. Past a depth
// no real copy reaches, fold each subtree into its text leaves, in order:
// the words and their positions survive, only the nesting goes.
import type { DefaultTreeAdapterMap } from 'parse5';
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

type Parse5Node = DefaultTreeAdapterMap['node'];
type Parse5Parent = DefaultTreeAdapterMap['parentNode'];

const hasChildren = (node: Parse5Node): node is Parse5Parent => 'childNodes' in node && node.childNodes.length > 0;

/**
 * The same folding on parse5's tree, before it becomes hast: the converter
 * (hast-util-from-parse5) recurses once per level and overflowed the stack
 * at about 2,000 nested elements, while parse5 itself builds the tree
 * without recursion.
 */
export function flattenDeepParse5(document: DefaultTreeAdapterMap['document'], maxDepth = MAX_DEPTH): void {
  const stack: Array<[Parse5Node, number]> = [[document, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!hasChildren(node)) continue;
    if (depth < maxDepth) {
      for (const child of node.childNodes) stack.push([child, depth + 1]);
      continue;
    }
    if (!node.childNodes.some(hasChildren)) continue;
    const leaves = parse5Leaves(node);
    for (const leaf of leaves) leaf.parentNode = node;
    node.childNodes = leaves;
  }
}

/** Text and comments below a node, in document order, found without recursion. */
function parse5Leaves(root: Parse5Parent): DefaultTreeAdapterMap['childNode'][] {
  const leaves: DefaultTreeAdapterMap['childNode'][] = [];
  const stack: DefaultTreeAdapterMap['childNode'][] = [...root.childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (hasChildren(node)) stack.push(...[...node.childNodes].reverse());
    else if (node.nodeName === '#text' || node.nodeName === '#comment') leaves.push(node);
  }
  return leaves;
}
