// mdast-util-to-nlcst and hast-util-to-nlcst gather the words of each inline
// node with push(...words), which overflows the stack past about a hundred
// thousand words: half a megabyte in one text node, or in one <b> or **…**.
// Cutting long text, and the nodes around it, into chunks keeps each of
// those pushes small; the words come out the same.
import type { Node, Parent, Point, Position } from 'unist';
import { isParent } from '../util/tree.js';

/** Text nodes longer than this are cut (at a space); nodes holding more are cut into copies. */
export const TEXT_CHUNK = 8192;

export const SENTENCE_MARK: ReadonlySet<string> = new Set(['.', '!', '?']);

export interface ChunkOptions {
  /** The point at an offset in the file. */
  pointAt(offset: number): Point | undefined;
  /** A node the converter never reads: left as it is. */
  skip?(node: Parent): boolean;
  /** A node that must stay one (a page's <html> or <body>); what it holds is still cut. */
  keepWhole?(node: Parent): boolean;
}

interface Text extends Node {
  type: 'text';
  value: string;
}

/** A node and its size: characters of text, and one for each node (so a run of a thousand empty tags is big too). */
interface Weighed<T> {
  node: T;
  weight: number;
}

const isText = (node: Node): node is Text => node.type === 'text' && typeof (node as Partial<Text>).value === 'string';

/**
 * `children` with each text node longer than TEXT_CHUNK cut at spaces, and
 * each node holding more than that cut into copies of itself, each holding a
 * run of its (cut) children. Nodes are never changed: what holds a cut is
 * copied, and the rest is passed on as it is.
 */
export function chunkChildren<T extends Node>(children: readonly T[], options: ChunkOptions): T[] {
  const result: T[] = [];
  for (const child of children) for (const part of chunk(child, options)) result.push(part.node);
  return result;
}

/** A Markdown image, whose alt text the converter reads as words from just after its "![". */
interface Image extends Node {
  type: 'image' | 'imageReference';
  alt?: string | null;
}

const isImage = (node: Node): node is Image => node.type === 'image' || node.type === 'imageReference';

/**
 * An image with a long alt as the text the converter would read of it, so
 * that text is cut like any other (a megabyte of alt, or of images nested
 * in one, overflowed the stack).
 */
function altAsText(image: Image, options: ChunkOptions): Text | undefined {
  const start = image.position?.start;
  if (!image.alt || image.alt.length <= TEXT_CHUNK || start?.offset === undefined) return undefined;
  const altStart = options.pointAt(start.offset + 2);
  return altStart ? { type: 'text', value: image.alt, position: { start: altStart, end: image.position!.end } } : undefined;
}

function chunk<T extends Node>(node: T, options: ChunkOptions): Array<Weighed<T>> {
  const text = isImage(node) ? (altAsText(node, options) ?? node) : node;
  if (isText(text)) return cutText(text, options).map((piece) => ({ node: piece as Node as T, weight: piece.value.length + 1 }));
  if (!isParent(node) || options.skip?.(node)) return [{ node, weight: 1 }];
  const parts: Array<Weighed<Node>> = [];
  for (const child of node.children) for (const part of chunk(child, options)) parts.push(part);
  const weight = parts.reduce((sum, part) => sum + part.weight, 1);
  if (weight <= TEXT_CHUNK || options.keepWhole?.(node)) {
    // Most nodes hold nothing long: they are passed on as they are, not copied.
    const cut = parts.length !== node.children.length || parts.some((part, index) => part.node !== node.children[index]);
    return [{ node: cut ? { ...node, children: parts.map((part) => part.node) } : node, weight }];
  }
  const groups = runs(parts, (part) => part.weight, (part) => endsSentence(part.node));
  return groups.map((group, index) => {
    const first = index === 0 ? node.position?.start : group[0].node.position?.start;
    const last = index === groups.length - 1 ? node.position?.end : group[group.length - 1].node.position?.end;
    const position: Position | undefined = first && last ? { start: first, end: last } : undefined;
    const copy = { ...node, children: group.map((part) => part.node), position };
    return { node: copy, weight: group.reduce((sum, part) => sum + part.weight, 1) };
  });
}

/**
 * Runs of `items` of about TEXT_CHUNK in weight. A run ends after an item
 * that ends a sentence, so no phrase is cut in two, unless it has grown to
 * twice the size without one. An item of which `endsSentenceAfter` says
 * nothing (undefined: white space between two elements) leaves the last
 * answer standing.
 */
export function runs<T>(items: readonly T[], weight: (item: T) => number, endsSentenceAfter: (item: T) => boolean | undefined): T[][] {
  const groups: T[][] = [[]];
  let size = 0;
  let sentenceEnded = false;
  for (const item of items) {
    const length = weight(item);
    if (groups[groups.length - 1].length > 0 && ((size + length > TEXT_CHUNK && sentenceEnded) || size + length > 2 * TEXT_CHUNK)) {
      groups.push([]);
      size = 0;
    }
    groups[groups.length - 1].push(item);
    size += length;
    sentenceEnded = endsSentenceAfter(item) ?? sentenceEnded;
  }
  return groups;
}

/** How far down an element endsSentence looks for its last text: deeper inline markup than this is not worth a cut. */
const LAST_TEXT_DEPTH = 32;

/**
 * Whether a node ends a sentence: text whose last mark ends one, or an
 * element whose last text does ("<span>Call us today.</span>"), so a run
 * of inline elements is cut between sentences too. Undefined for white
 * space alone, which neither ends a sentence nor continues one.
 */
export function endsSentence(node: Node): boolean | undefined {
  let last: Node = node;
  for (let depth = 0; depth < LAST_TEXT_DEPTH; depth += 1) {
    if (isText(last)) {
      const mark = last.value.trimEnd().slice(-1);
      return mark === '' ? undefined : SENTENCE_MARK.has(mark);
    }
    if (!isParent(last)) return false;
    const child = lastNotBlank(last.children);
    // An element with no text (<br>, an empty <span>) says nothing, as white space does.
    if (child === undefined) return undefined;
    last = child;
  }
  return false;
}

function lastNotBlank(children: readonly Node[]): Node | undefined {
  for (let index = children.length - 1; index >= 0; index -= 1) {
    const child = children[index];
    if (!isText(child) || child.value.trim() !== '') return child;
  }
  return undefined;
}

/** A long text node as pieces with their own positions (counted from its start, as the converters count). */
function cutText(text: Text, options: ChunkOptions): Text[] {
  const base = text.position?.start.offset;
  if (text.value.length <= TEXT_CHUNK) return [text];
  const pieces: Text[] = [];
  let from = 0;
  while (from < text.value.length) {
    const to = from + TEXT_CHUNK >= text.value.length ? text.value.length : cutPoint(text.value, from, from + TEXT_CHUNK);
    const start = base === undefined ? undefined : options.pointAt(base + from);
    const end = base === undefined ? undefined : options.pointAt(base + to);
    // Text with character references is shorter than its source, so only
    // the first piece starts exactly in place; the words of the others are
    // placed again later (html-places.ts, sentence.ts).
    pieces.push({ ...text, value: text.value.slice(from, to), position: start && end ? { start, end } : undefined });
    from = to;
  }
  return pieces;
}

/**
 * Where to cut `value` at or before `to` (and after `from`): just after the
 * white space that follows a sentence's last mark, where one ends in the second
 * half of the piece, else after the last white space. Scans the piece only.
 */
function cutPoint(value: string, from: number, to: number): number {
  let space = -1;
  for (let index = to - 1; index > from; index -= 1) {
    if (!/\s/.test(value[index])) continue;
    if (space < 0) space = index;
    if (index < from + TEXT_CHUNK / 2) break;
    if (SENTENCE_MARK.has(value[index - 1])) return index + 1;
  }
  return space < 0 ? to : space + 1;
}
