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
// loses the white space beyond it. The words are untouched; only how deep
// they sit changes. The cuts are recorded so that every position the
// parser reports is moved back to the original text.

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

/** Where the shortened text lost characters: at offset `at` of it, `removed` in all up to there. */
export interface Cut {
  at: number;
  removed: number;
}

export interface Collapsed {
  text: string;
  /** In text order. */
  cuts: Cut[];
}

/**
 * The source with each line's containers past MAX_CONTAINERS and indentation
 * past MAX_INDENT taken out, or undefined when no line comes near that (all
 * real copy).
 *
 * List items continue on later lines indented to their content's column;
 * once a line's prefix is shortened, the same width of indentation is
 * taken from the lines after it that reach that deep, so they still
 * continue the (now shallower) item instead of turning into code.
 */
export function collapseDeepContainers(source: string): Collapsed | undefined {
  if (!DEEP_LINE.test(source)) return undefined;
  const lines: string[] = [];
  const cuts: Cut[] = [];
  let length = 0;
  let removed = 0;
  const cut = (line: string, at: number, width: number) => {
    removed += width;
    cuts.push({ at: length + at, removed });
    return line.slice(0, at) + line.slice(at + width);
  };
  // The indentation band of the last shortened line: the spaces from column `keep` on, `width` of them.
  let band: { keep: number; width: number } | undefined;
  for (let line of source.split(/(?<=\r\n|\r(?!\n)|\n)/)) {
    const removedBefore = removed;
    const indent = leadingSpaces(line);
    // A line continuing a shortened item keeps its depth below the item's content; any other keeps MAX_INDENT.
    let maxIndent = MAX_INDENT;
    if (band && line.trim() !== '') {
      if (indent > band.keep) {
        line = cut(line, band.keep, Math.min(band.width, indent - band.keep));
        maxIndent = band.keep + MAX_INDENT;
      } else band = undefined;
    }
    const whiteSpace = leadingWhiteSpace(line);
    if (whiteSpace > maxIndent) line = cut(line, maxIndent, whiteSpace - maxIndent);
    const deep = deepPrefix(line);
    if (deep) {
      line = cut(line, deep.keep, deep.width);
      // Lines continuing this item were indented past all this line lost, not only its last cut.
      band = { keep: deep.keep, width: removed - removedBefore };
    }
    lines.push(line);
    length += line.length;
  }
  return cuts.length === 0 ? undefined : { text: lines.join(''), cuts };
}

function leadingWhiteSpace(line: string): number {
  let count = 0;
  while (line[count] === ' ' || line[count] === '\t') count += 1;
  return count;
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
