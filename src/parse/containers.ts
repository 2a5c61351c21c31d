// A Markdown line can open containers (blockquotes, list items) one after
// another: "> > > … text" or "- - - … text". micromark's time grows with
// the square of that nesting for blockquotes and faster still for lists
// (4,000 nested list items on one line take 10 s), and every later line
// pays for each container left open. Lists nested line by line, each item
// indented past the last, cost more still: mdast-util-from-markdown walks
// every nested list's events once per enclosing list (1,000 levels, 1 MB,
// took 44 s). No real copy nests more than a few levels, so before parsing,
// a line opening more than MAX_CONTAINERS containers keeps its first
// MAX_CONTAINERS and loses the rest, and a line indented past MAX_INDENT
// loses the white space beyond it; and a very long run of lazy lines (see
// LAZY_RUN) gets its containers' prefix written in. The words are
// untouched; only how deep they sit changes. The cuts (and insertions) are
// recorded so that every position the parser reports is moved back to the
// original text.

import type { Node } from 'unist';
import { eachNode } from '../util/tree.js';

/** Real copy nests a handful of containers; parsing 100 on a line takes milliseconds. */
export const MAX_CONTAINERS = 100;

/** Leading spaces and tabs a line keeps: deeper than MAX_CONTAINERS list items of two columns each. */
export const MAX_INDENT = 200;

/**
 * One container marker as it opens on a line: a blockquote's ">" or a list
 * item's bullet or number, with the spaces after it (a list marker needs at
 * least one; five or more would begin indented code, not another container).
 * A tab counts as the most it can stand for.
 */
const MARKER = String.raw`(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]))(?: {0,3}\t?| {4})`;
const CONTAINER = new RegExp(MARKER, 'y');

/** Whether any line opens more than MAX_CONTAINERS of them, after any indentation, or is indented past MAX_INDENT: the cheap test first. */
const DEEP_LINE = new RegExp(`^(?: *(?:${MARKER}){${MAX_CONTAINERS + 1}}|[ \\t]{${MAX_INDENT + 1}})`, 'm');

/**
 * A line that continues a paragraph in a blockquote or list item without
 * repeating the container's prefix ("> quote" then "more words") is lazy.
 * micromark walks back over the whole paragraph for each lazy line, so a
 * run of them costs time with the square of its length: 20,000 took 9 s. A
 * run this long gets its prefix written in, which changes nothing else.
 */
export const LAZY_RUN = 1000;

/**
 * A line that can only be paragraph text: it starts none of the blocks that
 * can interrupt a paragraph (heading, fence, quote, list item, thematic
 * break, HTML, table), so after an open paragraph it continues it.
 */
const PARAGRAPH_TEXT = /^[ \t]*(?![#`~>+*_=<|:-]|\d{1,9}[.)](?:[ \t]|$))\S/;

/** Where the shortened text lost characters: at offset `at` of it, `removed` in all up to there. */
export interface Cut {
  at: number;
  removed: number;
}

export interface Bounded {
  text: string;
  /** In text order. */
  cuts: Cut[];
  /**
   * Each run of lazy lines given a prefix, in offsets of `text`: from the
   * opening line's text to the last line's. One paragraph must span it, or
   * the opening line was not the paragraph it looked like (see
   * lazyRunsHeld).
   */
  lazyRuns: Array<{ from: number; to: number }>;
}

/**
 * The source with each line's containers past MAX_CONTAINERS and indentation
 * past MAX_INDENT taken out, and the prefix written into runs of LAZY_RUN
 * lazy lines; or undefined when nothing comes near that (all real copy).
 *
 * List items continue on later lines indented to their content's column;
 * once a line's prefix is shortened, the same width of indentation is
 * taken from the lines after it that reach that deep, so they still
 * continue the (now shallower) item instead of turning into code.
 */
export function boundContainers(source: string, { fillLazyRuns = true } = {}): Bounded | undefined {
  const hasDeepLine = DEEP_LINE.test(source);
  if (!hasDeepLine && !(fillLazyRuns && mayHoldLazyRun(source))) return undefined;
  const sourceLines = source.split(/(?<=\r\n|\r(?!\n)|\n)/);
  const lazy = fillLazyRuns ? longLazyRuns(sourceLines) : new Map<number, number>();
  if (!hasDeepLine && lazy.size === 0) return undefined;
  const lines: string[] = [];
  const cuts: Cut[] = [];
  let length = 0;
  let removed = 0;
  const cut = (line: string, at: number, width: number) => {
    removed += width;
    cuts.push({ at: length + at, removed });
    return line.slice(0, at) + line.slice(at + width);
  };
  // An insertion is a cut of negative width; the characters inserted map back to the line's first ones.
  const insert = (line: string, text: string) => {
    removed -= text.length;
    cuts.push({ at: length + text.length, removed });
    return text + line;
  };
  const prefixes = new Map<number, string>();
  const lineStarts: number[] = [];
  const lazyRuns: Bounded['lazyRuns'] = [];
  // The indentation band of the last shortened line: the spaces from column `keep` on, `width` of them.
  let band: { keep: number; width: number } | undefined;
  for (let [index, line] of sourceLines.entries()) {
    const removedBefore = removed;
    const indent = leadingSpaces(line);
    // A line continuing a shortened item keeps its depth below the item's content; any other keeps MAX_INDENT.
    let maxIndent = MAX_INDENT;
    let continues = false;
    if (band && line.trim() !== '') {
      continues = indent > band.keep;
      if (continues) {
        line = cut(line, band.keep, Math.min(band.width, indent - band.keep));
        maxIndent = band.keep + MAX_INDENT;
      } else band = undefined;
    }
    const opener = lazy.get(index);
    let prefix = '';
    if (opener !== undefined && !continues) {
      if (!prefixes.has(opener)) {
        prefixes.set(opener, continuationPrefix(lines[opener]));
        lazyRuns.push({ from: lineStarts[opener] + containersEnd(lines[opener]), to: length });
      }
      prefix = prefixes.get(opener)!;
      line = insert(line, prefix);
      lazyRuns[lazyRuns.length - 1].to = length + prefix.length;
    }
    const whiteSpace = leadingWhiteSpace(line, prefix.length) - prefix.length;
    if (whiteSpace > maxIndent) line = cut(line, prefix.length + maxIndent, whiteSpace - maxIndent);
    const deep = deepPrefix(line);
    if (deep) {
      line = cut(line, deep.keep, deep.width);
      // Lines continuing this item were indented past all this line lost, not only its last cut.
      band = { keep: deep.keep, width: removed - removedBefore };
    }
    lines.push(line);
    lineStarts.push(length);
    length += line.length;
  }
  return cuts.length === 0 ? undefined : { text: lines.join(''), cuts, lazyRuns };
}

/** Where the spaces and tabs that start at `from` end. */
function leadingWhiteSpace(line: string, from = 0): number {
  let end = from;
  while (line[end] === ' ' || line[end] === '\t') end += 1;
  return end;
}

/** Whether the source has enough lines for a run of LAZY_RUN lazy ones: most files do not. */
function mayHoldLazyRun(source: string): boolean {
  let count = 0;
  for (let at = source.indexOf('\n'); at >= 0 && count < LAZY_RUN; at = source.indexOf('\n', at + 1)) count += 1;
  return count >= LAZY_RUN || (count === 0 && source.includes('\r'));
}

/** Each line of a run of LAZY_RUN or more lazy lines, with the line they follow, whose containers they continue. */
function longLazyRuns(lines: readonly string[]): Map<number, number> {
  const runs = new Map<number, number>();
  let index = 0;
  while (index < lines.length) {
    if (!opensParagraphInContainer(lines[index])) {
      index += 1;
      continue;
    }
    let end = index + 1;
    while (end < lines.length && PARAGRAPH_TEXT.test(lines[end])) end += 1;
    if (end - index - 1 >= LAZY_RUN) for (let lazy = index + 1; lazy < end; lazy += 1) runs.set(lazy, index);
    index = Math.max(end, index + 1);
  }
  return runs;
}

/** Where a line's container markers end, after up to three spaces of indentation. */
function containersEnd(line: string): number {
  const indent = leadingSpaces(line);
  if (indent > 3) return indent;
  CONTAINER.lastIndex = indent;
  let end = indent;
  while (CONTAINER.test(line)) end = CONTAINER.lastIndex;
  return end;
}

/**
 * Whether a line opens containers and then paragraph text, right after their
 * markers: more white space there would make it indented code.
 */
function opensParagraphInContainer(line: string): boolean {
  const end = containersEnd(line);
  return end > leadingSpaces(line) && !/^\s/.test(line.slice(end)) && PARAGRAPH_TEXT.test(line.slice(end));
}

/** The prefix that continues a line's containers: its blockquote markers, and spaces for its list markers. */
function continuationPrefix(line: string): string {
  const end = containersEnd(line);
  return line.slice(0, end).replace(/[-+*]|\d{1,9}[.)]/g, (marker) => ' '.repeat(marker.length));
}

function leadingSpaces(line: string): number {
  let count = 0;
  while (line.charCodeAt(count) === 0x20) count += 1;
  return count;
}

/** Where a line's containers past MAX_CONTAINERS lie, if it opens that many. */
function deepPrefix(line: string): { keep: number; width: number } | undefined {
  CONTAINER.lastIndex = leadingSpaces(line);
  let count = 0;
  let keep = 0;
  let end = 0;
  while (CONTAINER.test(line)) {
    count += 1;
    end = CONTAINER.lastIndex;
    if (count === MAX_CONTAINERS) keep = end;
  }
  return count > MAX_CONTAINERS ? { keep, width: end - keep } : undefined;
}

/**
 * Whether every run of lazy lines stayed one paragraph with its opening
 * line, in the tree parsed from the bounded text. The opening line can only
 * be judged by itself: a fence or HTML block opened on an earlier line of
 * the same container makes it code, and then the lines after it were never
 * lazy, but given the prefix they would join the code.
 */
export function lazyRunsHeld(tree: Node, bounded: Bounded): boolean {
  if (bounded.lazyRuns.length === 0) return true;
  const paragraphs: Array<[number, number]> = [];
  eachNode(tree, (node) => {
    if (node.type === 'paragraph') paragraphs.push([node.position?.start.offset ?? 0, node.position?.end.offset ?? 0]);
    return node.type !== 'paragraph';
  });
  return bounded.lazyRuns.every(({ from, to }) => paragraphs.some(([start, end]) => start <= from && end > to));
}

/** An offset in the shortened text, as an offset in the original source. */
export function originalOffset(offset: number, cuts: readonly Cut[]): number {
  // The last cut at or before the offset says how much was removed before it.
  let low = 0;
  let high = cuts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cuts[middle].at <= offset) low = middle + 1;
    else high = middle;
  }
  return offset + (low === 0 ? 0 : cuts[low - 1].removed);
}
