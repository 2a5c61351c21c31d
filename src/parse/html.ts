// HTML → hast → nlcst. Only what a visitor reads is copy: element text, the
// alt/title attributes, and the page description that search results show.
import type { Element, ElementContent, Root as HastRoot, RootContent, Text } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { toNlcst } from 'hast-util-to-nlcst';
import type { Paragraph } from 'nlcst';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { mayHoldDirectives, parseDirective, type Directive } from './directives.js';
import { english } from './english.js';
import { flattenDeepParse5 } from './flatten.js';
import { readsAsCaption } from './caption.js';
import { chunkChildren } from './chunks.js';
import { fragmentParagraphs, type Place } from './fragment.js';
import { parseRecordingPieces, placeCharacters, placeWords } from './html-places.js';
import { eachNode } from '../util/tree.js';
import type { MayHoldClaims, ParsedCopy } from './index.js';

/** Elements whose text is code, data or UI scaffolding, never copy. */
export const NOT_COPY: ReadonlySet<string> = new Set(['script', 'style', 'code', 'pre', 'template', 'textarea', 'noscript', 'kbd', 'samp', 'var']);

/** Elements a page has one of: never cut into copies (chunks.ts), though what they hold is. */
const KEPT_WHOLE = new Set(['html', 'head', 'body']);

/** Attributes that a visitor reads. */
const COPY_ATTRIBUTES = ['alt', 'title'] as const;

/** <meta> whose content is shown as a page summary (search results, link previews). */
const DESCRIPTION_META = new Set(['description', 'og:description', 'twitter:description', 'og:title', 'twitter:title']);

export function htmlToNlcst(file: VFile, mayHoldClaims?: MayHoldClaims): ParsedCopy {
  const source = String(file);
  // parse5 and its converter directly (as rehype-parse does), so the tree
  // can be folded between the two (see flatten.ts).
  const { document, pieces } = parseRecordingPieces(source);
  flattenDeepParse5(document);
  const hast = fromParse5(document, { file }) as HastRoot;
  const place = location(file);
  pointsFromOffsets(hast, place);
  // A document of only whitespace parses to a root without a position,
  // which hast-util-to-nlcst refuses; it holds no copy either.
  if (!hast.position) return { tree: { type: 'RootNode', children: [] }, directives: [] };
  const extra: Paragraph[] = [];
  const directives = mayHoldDirectives(source) ? htmlDirectives(hast) : [];
  if (mayHoldClaims) ignoreBlocksWithoutClaims(hast, source, mayHoldClaims);
  ignoreCodeCaptions(hast);
  visit(hast, 'element', (element) => {
    // A block the prefilter ruled out, attributes and all.
    if (element.properties.dataNlcst === 'ignore') return 'skip';
    if (NOT_COPY.has(element.tagName)) {
      // hast-util-to-nlcst honours data-nlcst="ignore".
      element.properties.dataNlcst = 'ignore';
      return 'skip';
    }
    if (element.tagName === 'title') {
      // hast-util-to-nlcst reads only the body's flow; the title is what
      // search results and tabs show, so it is copy too.
      for (const child of element.children) {
        if (child.type === 'text' && child.position?.start.offset !== undefined) {
          extra.push(...fragmentParagraphs(child.value, child.position.start.offset, place));
        }
      }
      element.properties.dataNlcst = 'ignore';
      return 'skip';
    }
    for (const { value, offset } of copyAttributes(element, source)) {
      extra.push(...fragmentParagraphs(value, offset, place));
    }
    return undefined;
  });
  // Only the text hast-util-to-nlcst will read: not code, not a block the prefilter ruled out.
  const placed = placeCharacters(hast, source, place, pieces);
  hast.children = chunkChildren(hast.children, {
    pointAt: (offset) => place.toPoint(offset),
    skip: (node) => (node as Element).properties?.dataNlcst === 'ignore',
    keepWhole: (node) => node.type === 'element' && KEPT_WHOLE.has((node as Element).tagName),
  });
  const tree = toNlcst(hast, file, english);
  placeWords(tree, placed, source, place);
  tree.children.push(...extra);
  // Keep document order so messages come out sorted by position.
  tree.children.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
  return { tree, directives };
}

/**
 * parse5 counts a line twice where a "&" stands right before a line break
 * ("a&\nb" puts "b" on line 3), though its offsets stay right; and
 * hast-util-to-nlcst finds text by line and column, so every word after one
 * lost its place (a claim's span came out reversed). Make every point from
 * its offset.
 */
function pointsFromOffsets(tree: HastRoot, place: Place): void {
  eachNode(tree, (node) => {
    const position = node.position;
    if (!position) return undefined;
    const start = position.start.offset === undefined ? undefined : place.toPoint(position.start.offset);
    const end = position.end.offset === undefined ? undefined : place.toPoint(position.end.offset);
    if (start && end) node.position = { start, end };
    return undefined;
  });
}

// How hast-util-to-nlcst makes paragraphs: each of these elements is one,
// text and all; these hold paragraphs of their own (their runs of inline
// content); and these only hold other blocks (it looks for paragraphs in
// their children and reads no text of their own). None of them is inline,
// so none is ever part of a paragraph around it.
const PARAGRAPH_ELEMENTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const FLOW_ELEMENTS = new Set(['body', 'article', 'section', 'blockquote', 'nav', 'aside', 'header', 'footer', 'address', 'li', 'dt', 'dd', 'figure', 'figcaption', 'div', 'main', 'caption', 'td', 'th', 'form', 'fieldset', 'details', 'dialog']);
const CONTAINER_ELEMENTS = new Set(['html', 'ul', 'ol', 'dl', 'menu', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'hgroup', 'search']);
const isBlock = (node: HastRoot['children'][number]): node is Element =>
  node.type === 'element' && (PARAGRAPH_ELEMENTS.has(node.tagName) || FLOW_ELEMENTS.has(node.tagName) || CONTAINER_ELEMENTS.has(node.tagName));

/**
 * Mark the innermost blocks whose source the prefilter rules out, so that
 * hast-util-to-nlcst makes no words of them: a long page is mostly blocks
 * without a promise. Every paragraph lies inside one block, so none is cut
 * short. Only blocks reached through other blocks from the root are judged
 * (a block inside an inline element is part of that element's paragraph),
 * and each only when it holds no other block, so each character is judged
 * once. A block that holds others is never marked; the text of its own
 * (a div's words beside its inner paragraphs) is kept.
 */
function ignoreBlocksWithoutClaims(tree: HastRoot, source: string, mayHoldClaims: MayHoldClaims): void {
  const stack: Element[] = tree.children.filter(isBlock);
  while (stack.length > 0) {
    const element = stack.pop()!;
    const inner = PARAGRAPH_ELEMENTS.has(element.tagName) ? [] : element.children.filter(isBlock);
    if (inner.length > 0) {
      stack.push(...inner);
      continue;
    }
    const span = sourceSpan(element);
    if (span && !mayHoldClaims(source.slice(span.start, span.end))) element.properties.dataNlcst = 'ignore';
  }
}

/**
 * Where an element and everything in it came from in the source: the parser
 * may move nodes (misnested tags), so the element's own span is not enough.
 * Undefined when a node has no position.
 */
function sourceSpan(element: Element): { start: number; end: number } | undefined {
  let start = Infinity;
  let end = -Infinity;
  let complete = true;
  eachNode(element, (node) => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined) complete = false;
    else {
      start = Math.min(start, from);
      end = Math.max(end, to);
    }
  });
  return complete ? { start, end } : undefined;
}

/** Blocks a caption can be: a paragraph, a heading, a list item or a term. */
const CAPTION_ELEMENTS = new Set([...PARAGRAPH_ELEMENTS, 'li', 'dt', 'dd']);

/**
 * A block that ends in ":" right before code (a <pre>, or a paragraph of
 * nothing but <code>) is the code's caption, as in Markdown (markdown.ts):
 * "Start the service immediately:" says what the command does. Its words
 * are not read, attributes and all.
 */
function ignoreCodeCaptions(tree: HastRoot): void {
  visit(tree, 'element', (element, index, parent) => {
    if (!parent || index === undefined || !isCode(element)) return;
    let before = index - 1;
    while (before >= 0 && isBlank(parent.children[before])) before--;
    const caption = parent.children[before];
    if (caption?.type === 'element' && isCaption(caption)) caption.properties.dataNlcst = 'ignore';
  });
}

/** One sentence of inline text ending in ":", as markdown.ts reads a caption: a block holding other blocks, or several sentences, keeps its copy. */
function isCaption(element: Element): boolean {
  if (!CAPTION_ELEMENTS.has(element.tagName) || element.children.some((child) => isBlock(child))) return false;
  return readsAsCaption(textOf(element));
}

/** <pre>, or a <p> holding only <code> and blank text. */
function isCode(element: Element): boolean {
  if (element.tagName === 'pre') return true;
  return (
    element.tagName === 'p' &&
    element.children.some((child) => child.type === 'element' && child.tagName === 'code') &&
    element.children.every((child) => (child.type === 'element' && child.tagName === 'code') || isBlank(child))
  );
}

/** Whitespace between tags, or a comment. */
const isBlank = (node: ElementContent | RootContent): boolean => (node.type === 'text' && node.value.trim() === '') || node.type === 'comment';

/** All the text in an element. */
function textOf(element: Element): string {
  let text = '';
  eachNode(element, (node) => {
    if (node.type === 'text') text += (node as Text).value;
  });
  return text;
}

/** <!-- overclaim-… --> comments; an ignore comment silences the next element. */
function htmlDirectives(tree: HastRoot): Directive[] {
  const directives: Directive[] = [];
  visit(tree, 'comment', (comment, index, parent) => {
    if (!comment.position) return;
    const directive = parseDirective(comment.value, comment.position.start.offset ?? 0, comment.position.end.offset ?? 0);
    if (!directive) return;
    const next = parent && index !== undefined ? parent.children.slice(index + 1).find((node) => node.type === 'element') : undefined;
    if (next?.position) directive.target = { start: next.position.start.offset ?? 0, end: next.position.end.offset ?? 0 };
    directives.push(directive);
  });
  return directives.sort((a, b) => a.start - b.start);
}

interface AttributeCopy {
  value: string;
  offset: number;
}

function copyAttributes(element: Element, source: string): AttributeCopy[] {
  const names: string[] = [...COPY_ATTRIBUTES];
  if (element.tagName === 'meta') {
    const kind = String(element.properties.name ?? element.properties.property ?? '').toLowerCase();
    if (DESCRIPTION_META.has(kind)) names.push('content');
  }
  const found: AttributeCopy[] = [];
  for (const name of names) {
    const value = element.properties[name];
    if (typeof value !== 'string' || value.trim() === '') continue;
    const offset = attributeValueOffset(element, name, source);
    if (offset !== undefined) found.push({ value, offset });
  }
  return found;
}

/** Where an attribute's value starts in the source. */
function attributeValueOffset(element: Element, name: string, source: string): number | undefined {
  const tagStart = element.position?.start.offset;
  if (tagStart === undefined) return undefined;
  // The start tag comes first in the element's span, so the first match is
  // the element's own attribute (a '>' inside a quoted value is no problem).
  const tag = source.slice(tagStart, element.position?.end.offset);
  const match = new RegExp(`\\s${name}\\s*=\\s*(["']?)`, 'i').exec(tag);
  return match ? tagStart + match.index + match[0].length : undefined;
}
