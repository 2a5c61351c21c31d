// Tree walks without recursion (deep input cannot overflow the stack) and
// without unist-util-visit's per-call set-up, which shows in profiles when a
// walk runs once per sentence.
import type { Node, Parent } from 'unist';

export const isParent = (node: Node): node is Parent => Array.isArray((node as Partial<Parent>).children);

/** Call `visit` on every node under and including `root`, in document order; return false from it to skip a node's children. */
export function eachNode(root: Node, visit: (node: Node) => boolean | void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === false || !isParent(node)) continue;
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]);
  }
}
