// Deeply nested input (lists nested level by level, 100,000 <div>s) would
// overflow the stack of the recursive tree walkers and converters
// downstream. Past a depth no real copy reaches, fold each subtree into its
// text leaves, in order: the words and their positions survive, only the
// nesting goes. The same folding serves unist trees (mdast) and parse5's
// tree, which is folded before hast-util-from-parse5 converts it: that
// converter recurses once per level and overflowed at about 2,000 nested
// elements, while parse5 itself builds the tree without recursion.
import type { DefaultTreeAdapterMap } from 'parse5';
import type { Node, Parent } from 'unist';
import { isParent } from '../util/tree.js';

/** Real pages nest a few dozen levels; this leaves ample room. */
export const MAX_DEPTH = 200;

/** What folding needs to know of one kind of tree. */
interface Shape<N> {
  /** A node's children, or undefined for a leaf. */
  childrenOf(node: N): readonly N[] | undefined;
  /** Whether a leaf is kept when its ancestors are folded away. */
  keeps(leaf: N): boolean;
  /** Make `leaves` the children of `parent`. */
  adopt(parent: N, leaves: N[]): void;
}

const UNIST: Shape<Node> = {
  childrenOf: (node) => (isParent(node) ? node.children : undefined),
  keeps: () => true,
  adopt: (parent, leaves) => {
    (parent as Parent).children = leaves as Parent['children'];
  },
};

type Parse5Node = DefaultTreeAdapterMap['node'];

const PARSE5: Shape<Parse5Node> = {
  childrenOf: (node) => ('childNodes' in node ? node.childNodes : undefined),
  // Text, and comments for control comments; an empty element holds no copy.
  keeps: (leaf) => leaf.nodeName === '#text' || leaf.nodeName === '#comment',
  adopt: (parent, leaves) => {
    const adopter = parent as DefaultTreeAdapterMap['parentNode'];
    const children = leaves as DefaultTreeAdapterMap['childNode'][];
    for (const child of children) child.parentNode = adopter;
    adopter.childNodes = children;
  },
};

/** Fold a unist tree past `maxDepth`; returns whether anything was folded. */
export function flattenDeepNesting(tree: Node, maxDepth = MAX_DEPTH): boolean {
  return foldDeep(tree, UNIST, maxDepth);
}

/** Fold parse5's document past `maxDepth`, before it becomes hast. */
export function flattenDeepParse5(document: DefaultTreeAdapterMap['document'], maxDepth = MAX_DEPTH): boolean {
  return foldDeep<Parse5Node>(document, PARSE5, maxDepth);
}

/**
 * Walk the tree without recursion; a parent at `maxDepth` keeps its leaves
 * as direct children.
 */
function foldDeep<N>(root: N, shape: Shape<N>, maxDepth: number): boolean {
  let folded = false;
  const stack: Array<[N, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const children = shape.childrenOf(node);
    if (!children) continue;
    if (depth < maxDepth) {
      for (const child of children) stack.push([child, depth + 1]);
    } else if (children.some((child) => shape.childrenOf(child))) {
      shape.adopt(node, leavesBelow(node, shape));
      folded = true;
    }
  }
  return folded;
}

/** The kept leaves below `root`, in document order, found without recursion. */
function leavesBelow<N>(root: N, shape: Shape<N>): N[] {
  const leaves: N[] = [];
  const stack = [...(shape.childrenOf(root) ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children = shape.childrenOf(node);
    if (children) for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
    else if (shape.keeps(node)) leaves.push(node);
  }
  return leaves;
}
