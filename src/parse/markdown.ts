// Markdown → mdast → nlcst. Code, raw HTML and front-matter keys are not copy.
import type { Paragraph as MdastParagraph, Root as MdastRoot } from 'mdast';
import { toNlcst } from 'mdast-util-to-nlcst';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { expressionCommentInside, htmlCommentInside, parseDirective, type Directive } from './directives.js';
import { english } from './english.js';
import { flattenDeepNesting } from './flatten.js';
import { fragmentParagraphs } from './fragment.js';
import type { ParsedCopy } from './index.js';

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const mdxParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMdx);

/**
 * Not copy: code, raw HTML and comments, front matter (handled apart), and in
 * MDX the imports, exports and {expressions}. Text inside JSX elements is copy.
 */
const NOT_COPY = ['code', 'html', 'yaml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'];

export function markdownToNlcst(file: VFile, mdx = false): ParsedCopy {
  const mdast = (mdx ? mdxParser : markdownParser).parse(file) as MdastRoot;
  flattenDeepNesting(mdast);
  const directives = markdownDirectives(mdast);
  const cells = takeTableCells(mdast);
  const tree = toNlcst(mdast, file, english, { ignore: NOT_COPY });
  for (const cell of cells) {
    const cellTree = toNlcst({ type: 'root', children: [cell], position: cell.position }, file, english, { ignore: NOT_COPY });
    tree.children.push(...cellTree.children);
  }
  for (const node of mdast.children) {
    if (node.type === 'yaml') tree.children.push(...frontMatterParagraphs(node.value, file, node.position?.start.offset ?? 0));
  }
  // Keep document order so messages come out sorted by position.
  tree.children.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
  return { tree, directives };
}

/** Control comments: <!-- overclaim-… --> in Markdown, {/* overclaim-… *\/} in MDX. */
function markdownDirectives(tree: MdastRoot): Directive[] {
  const directives: Directive[] = [];
  visit(tree, (node, index, parent) => {
    const value = (node as { value?: unknown }).value;
    if (typeof value !== 'string' || !node.position) return;
    const inside =
      node.type === 'html' ? htmlCommentInside(value) : node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' ? expressionCommentInside(value) : undefined;
    if (inside === undefined) return;
    const directive = parseDirective(inside, node.position.start.offset ?? 0, node.position.end.offset ?? 0);
    if (!directive) return;
    const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
    if (next?.position) directive.target = { start: next.position.start.offset ?? 0, end: next.position.end.offset ?? 0 };
    directives.push(directive);
  });
  return directives.sort((a, b) => a.start - b.start);
}

/**
 * mdast-util-to-nlcst always drops tables, yet pricing and comparison tables
 * are where many promises live. Take the tables out and return their cells,
 * each to become a paragraph of its own (cells on one line would otherwise
 * run together: "| Pro | Unlimited |" → "ProUnlimited").
 */
function takeTableCells(tree: MdastRoot): MdastParagraph[] {
  const cells: MdastParagraph[] = [];
  visit(tree, 'table', (table, index, parent) => {
    if (!parent || index === undefined) return;
    for (const row of table.children) {
      for (const cell of row.children) cells.push({ type: 'paragraph', children: cell.children, position: cell.position });
    }
    parent.children.splice(index, 1);
    return index;
  });
  return cells;
}

/**
 * Front-matter keys are configuration, but prose values (a title or a
 * description with spaces in it) are published copy.
 */
function frontMatterParagraphs(value: string, file: VFile, nodeOffset: number) {
  const source = String(file);
  const valueOffset = source.indexOf(value, nodeOffset);
  if (valueOffset < 0 || value.trim() === '') return [];
  const document = parseDocument(value);
  if (document.errors.length > 0) return [];
  const paragraphs = [];
  for (const scalar of proseScalars(document.contents)) {
    const [start] = scalar.range ?? [0];
    const raw = value.slice(start, scalar.range?.[1] ?? start);
    const text = String(scalar.value);
    // Plain and quoted scalars: find the text inside the raw token to keep offsets exact.
    const inner = raw.indexOf(text);
    if (inner < 0) continue;
    paragraphs.push(...fragmentParagraphs(text, valueOffset + start + inner, file));
  }
  return paragraphs;
}

function* proseScalars(node: YamlNode | null | undefined): Generator<{ value: unknown; range?: [number, number, number] | null }> {
  if (!node) return;
  if (isScalar(node)) {
    if (typeof node.value === 'string' && /\s/.test(node.value.trim())) yield node;
  } else if (isMap(node)) {
    for (const pair of node.items) yield* proseScalars(pair.value as YamlNode | null);
  } else if (isSeq(node)) {
    for (const item of node.items) yield* proseScalars(item as YamlNode | null);
  }
}
