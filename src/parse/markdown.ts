// Markdown → mdast → nlcst. Code, raw HTML and front-matter keys are not copy.
import type { Paragraph as MdastParagraph, PhrasingContent, Root as MdastRoot } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import type { Node } from 'unist';
import { toNlcst } from 'mdast-util-to-nlcst';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { location } from 'vfile-location';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { expressionCommentInside, htmlCommentInside, mayHoldDirectives, parseDirective, type Directive } from './directives.js';
import { english } from './english.js';
import { eachNode, isParent } from '../util/tree.js';
import { boundContainers, lazyRunsHeld, originalOffset, type Bounded } from './containers.js';
import { flattenDeepNesting } from './flatten.js';
import { BYTE_ORDER_MARK, parseInSections } from './sections.js';
import { readsAsCaption } from './caption.js';
import { chunkChildren, endsSentence, runs } from './chunks.js';
import { boundedFootnotes, boundedInline, boundedStrikethrough } from './inline-limits.js';
import { fragmentParagraphs, movePositions, shiftPoints, shiftPositions, type Place } from './fragment.js';
import type { MayHoldClaims, ParsedCopy } from './index.js';

/**
 * GFM's tables, footnotes, strike-through and task lists, with emphasis,
 * strike-through and links bounded per paragraph (inline-limits.ts). Not its literal
 * autolinks (www.example.com as a link): URLs are masked in every sentence
 * anyway (sentence.ts), and finding them is a pass over every text node of
 * every file that showed in profiles.
 */
function remarkGfmWithoutAutolinks(this: Processor) {
  const data = this.data();
  // boundedInline first: it keeps the order micromark resolves emphasis and strike-through in.
  (data.micromarkExtensions ??= []).push(boundedInline, boundedFootnotes(), boundedStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}

export const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmWithoutAutolinks);
export const mdxParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmWithoutAutolinks).use(remarkMdx);

/**
 * Not copy: code, raw HTML and comments, front matter (handled apart), and in
 * MDX the imports, exports and {expressions}. Text inside JSX elements is copy.
 */
const NOT_COPY = ['code', 'html', 'yaml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'];

export function markdownToNlcst(file: VFile, mdx = false, mayHoldClaims?: MayHoldClaims): ParsedCopy {
  const source = String(file);
  const place = location(source);
  const mdast = parseMarkdown(file, source, place, mdx ? mdxParser : markdownParser, mayHoldClaims);
  flattenDeepNesting(mdast);
  const directives = mayHoldDirectives(source) ? markdownDirectives(mdast) : [];
  const tree: NlcstRoot = { type: 'RootNode', children: [] };
  // One block at a time: mdast-util-to-nlcst gathers a whole tree's words
  // with push(...words), which overflows the stack on a long list or a
  // megabyte-long line; per block, cut into chunks (chunks.ts), it cannot.
  // It also drops tables, and would run table cells together: here each
  // cell is a block of its own.
  // Paragraphs go to toNlcst in small batches, each with only its own slice
  // of the file: the converter indexes its file's lines on every call and
  // splits sentences in time that grows with the square of a batch.
  let batch: MdastParagraph[] = [];
  let batchSize = 0;
  const convert = () => {
    if (batch.length === 0) return;
    const from = batch[0].position!.start.offset ?? 0;
    const to = batch[batch.length - 1].position!.end.offset ?? source.length;
    const root: MdastRoot = { type: 'root', children: batch, position: { start: { ...batch[0].position!.start }, end: { ...batch[batch.length - 1].position!.end } } };
    // Offsets only: lines stay as they are, since the converter only compares them to tell where lines break.
    shiftPoints(root, -from);
    const converted = toNlcst(root, new VFile(source.slice(from, to)), english, { ignore: NOT_COPY });
    shiftPositions(converted as Node, from, place);
    for (const child of converted.children) tree.children.push(child);
    batch = [];
    batchSize = 0;
  };
  // The parser leaves a byte order mark out of its offsets: a block's slice
  // of the source then ends one character early, and could cut a trigger.
  const markShift = source.startsWith(BYTE_ORDER_MARK) ? 1 : 0;
  for (const block of copyBlocks(mdast)) {
    if (!block.position) continue;
    // A long page is mostly blocks without a promise: words are made only for the others.
    if (mayHoldClaims && !mayHoldClaims(source.slice(block.position.start.offset, (block.position.end.offset ?? source.length) + markShift))) continue;
    for (const children of boundedGroups(chunkChildren(block.children, { pointAt: (offset) => place.toPoint(offset) }))) {
      const first = children[0]?.position;
      const last = children[children.length - 1]?.position;
      if (!first || !last) continue;
      // The converter runs paragraphs on one line together ("| Pro | Unlimited |"
      // would read "ProUnlimited"): such a paragraph starts a batch of its own.
      if (batch.length > 0 && batch[batch.length - 1].position!.end.line === first.start.line) convert();
      // Fresh points: the batch's offsets are moved, and the mdast's own nodes share theirs.
      batch.push({ type: 'paragraph', children, position: { start: { ...first.start }, end: { ...last.end } } });
      batchSize += textLength(children);
      if (batchSize > CALL_CHUNK) convert();
    }
  }
  convert();
  for (const node of mdast.children) {
    if (node.type === 'yaml') for (const paragraph of frontMatterParagraphs(node.value, source, node.position?.start.offset ?? 0, place)) tree.children.push(paragraph);
  }
  // Keep document order so messages come out sorted by position.
  tree.children.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
  return { tree, directives };
}

/**
 * The file's mdast. A file whose containers would cost the parser more
 * than linear time (containers.ts) is parsed reshaped, and every position,
 * in the tree or in a parse error, is moved back to the file's own text.
 */
function parseMarkdown(file: VFile, source: string, place: Place, parser: typeof markdownParser, mayHoldClaims?: MayHoldClaims): MdastRoot {
  const parseWhole = (text: string) => parser.parse(text === source ? file : new VFile(text)) as MdastRoot;
  const parse = (text: string) => parseInSections(text, parseWhole, { mdx: parser === mdxParser, mayHoldClaims });
  let bounded = boundContainers(source);
  if (!bounded) return parse(source);
  let mdast: MdastRoot | undefined;
  if (bounded.lazyRuns.length > 0) {
    try {
      mdast = parse(bounded.text);
    } catch {
      // Judged below, on the file as written.
    }
    if (!mdast || !lazyRunsHeld(mdast, bounded)) {
      // A run was not lazy after all: parse it as written (not lazy, it costs no more).
      mdast = undefined;
      bounded = boundContainers(source, { fillLazyRuns: false });
      if (!bounded) return parse(source);
    }
  }
  if (!mdast) {
    try {
      mdast = parse(bounded.text);
    } catch (error) {
      throw restoreErrorPlace(error, bounded, place);
    }
  }
  const cuts = bounded.cuts;
  movePositions(mdast, (offset) => originalOffset(offset, cuts), place);
  return mdast;
}

/** A parse error of the bounded text, with its place moved back to the file's own text. */
function restoreErrorPlace(error: unknown, bounded: Bounded, place: Place): unknown {
  const points = error instanceof VFileMessage && error.place ? ('start' in error.place ? [error.place.start, error.place.end] : [error.place]) : [];
  for (const point of points) if (point.offset !== undefined) Object.assign(point, place.toPoint(originalOffset(point.offset, bounded.cuts)));
  return error;
}

/** Inline content: a node holding any of these is a block of copy. */
const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode', 'break', 'image', 'imageReference', 'footnoteReference', 'mdxJsxTextElement', 'mdxTextExpression']);

type CopyBlock = { children: PhrasingContent[]; position?: MdastParagraph['position'] };

/**
 * The nodes whose children are inline copy (paragraphs, headings, table
 * cells …), in document order, less the captions of code.
 */
function copyBlocks(tree: MdastRoot): CopyBlock[] {
  // Code is kept in the walk as 'code', and raw HTML or a rule as 'other', so a caption can see what follows it.
  const walked: Array<CopyBlock | 'code' | 'other'> = [];
  eachNode(tree, (node) => {
    if (node.type === 'code') walked.push('code');
    else if (node.type === 'html' || node.type === 'thematicBreak') walked.push('other');
    if (NOT_COPY.includes(node.type)) return false;
    if (!isParent(node) || !node.children.some((child) => PHRASING.has(child.type))) return true;
    const block = { children: node.children as PhrasingContent[], position: node.position };
    walked.push(isInlineCodeOnly(block) ? 'code' : block);
    return false;
  });
  return walked.filter((block, index): block is CopyBlock => typeof block === 'object' && !(walked[index + 1] === 'code' && isCaption(block)));
}

/**
 * A block of one sentence that ends in ":" right before code is its caption
 * ("- Build all models:" over `dbt build`, "Start the service immediately:"
 * over a fenced block, as command references and READMEs write them): it
 * tells what the code does, and "all models" or "immediately" there are the
 * program's doing, not a business's promise. A paragraph of several
 * sentences ("We answer 24/7. Install it in seconds:") keeps its copy.
 */
function isCaption(block: CopyBlock): boolean {
  const last = block.children[block.children.length - 1];
  if (last?.type !== 'text' || !last.value.trimEnd().endsWith(':')) return false;
  return readsAsCaption(block.children.map((child) => ('value' in child ? child.value : '')).join(''));
}

/** A paragraph of nothing but inline code (tldr-pages writes its commands so): code, for a caption above it. */
function isInlineCodeOnly(block: CopyBlock): boolean {
  return block.children.some((child) => child.type === 'inlineCode') && block.children.every((child) => child.type === 'inlineCode' || (child.type === 'text' && child.value.trim() === ''));
}

const CALL_CHUNK = 16 * 1024;

function textLength(children: PhrasingContent[]): number {
  return children.reduce((sum, child) => sum + (child.position ? (child.position.end.offset ?? 0) - (child.position.start.offset ?? 0) : 0), 0);
}

/**
 * Runs of inline nodes holding about TEXT_CHUNK (chunks.ts) characters: a
 * paragraph longer than that (a megabyte on one line) becomes several, cut
 * where a sentence ends.
 */
function boundedGroups(children: PhrasingContent[]): PhrasingContent[][] {
  return runs(children, (child) => textLength([child]), endsSentence);
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
 * Front-matter keys are configuration, but prose values (a title or a
 * description with spaces in it) are published copy.
 */
function frontMatterParagraphs(value: string, source: string, nodeOffset: number, place: Place) {
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
    paragraphs.push(...fragmentParagraphs(text, valueOffset + start + inner, place));
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
