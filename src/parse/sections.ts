// micromark's time grows with the square of a document's length when the
// document closes many containers: every blockquote, and every list followed
// by a heading or a paragraph, ends on a "lazy" line, and for each one the
// parser copies the whole event list of the document so far. 400 tldr pages
// joined into one 140 KB file took 2.4 s to parse, and all 7,426 (4.3 MB)
// had not been linted after ten minutes.
//
// So a long document is parsed in sections and the trees are joined. A
// section starts where every container has closed and nothing open can run
// on: at a line that starts in its first column right after a blank line, or
// at an ATX heading or a list item of words in the first column (not inside
// an HTML block), outside fenced code, multi-line HTML blocks and front
// matter. Each section but the last is parsed with the next
// one's first line after it, which must come out as a block of its own, or
// as the next item of the section's last list (the two lists are then
// joined); if it does not, the scan was wrong about the document there (in
// MDX, also when a section does not parse: it was cut inside a JSX element),
// and that cut is dropped. References need their definitions, which may sit in
// another section, so the definitions a section names and the text seems to
// hold elsewhere are written in before it; a section whose guess the trees
// prove wrong is parsed again. A dropped cut has the sections on either
// side parsed as one (up to a bound, past which the text is parsed whole:
// MDX reports its own errors from there). The joined tree is the tree of a whole parse
// (test/sections.test.ts holds the two equal on generated documents).
//
// Asked to, it also leaves out the sections in which no trigger can match
// (the prefilter's test, src/check/prefilter.ts) and which open nothing the
// scan could misread, each with a stand-in node: on a long page of copy
// that is most of them, and parsing was most of its time.
import type { List, Root as MdastRoot, RootContent } from 'mdast';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Node } from 'unist';
import { eachNode } from '../util/tree.js';
import { mayHoldDirectives } from './directives.js';
import { shiftPoints } from './fragment.js';

/** A document shorter than this is parsed whole: its quadratic part costs little. */
export const SECTIONED_FROM = 16 * 1024;

/** Sections are at least this long (but for the last): short enough that none is slow. */
export const SECTION_SIZE = 2 * 1024;

/** Sections joined after a cut the checks reject grow no longer than this, nor by more than so many cuts in a row: past it the text is parsed whole. */
const MAX_MERGED_SIZE = 64 * 1024;
const MAX_DROPS_IN_A_ROW = 4;

type Parse = (text: string) => MdastRoot;
type Shift = (tree: Node, offset: number, lines: number) => void;

/** A line with its line ending, so offsets add up; the tests below look at its content (the line without its ending). */
const LINE = /([^\r\n]*)(?:\r\n|\r|\n|$)/y;
const BLANK = /^[ \t]*$/;
/** Four columns of indentation or more: indented code at the top level. */
const INDENTED = /^(?: {0,3}\t| {4})/;
/** A list item's first line with text: its indentation, its marker and the spaces before its text. */
const LIST_ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])( {1,4})\S/;

/** Whether a line starts a list item whose text starts within four columns: a line indented four columns or more right after it goes on in the item. */
function startsShallowItem(content: string): boolean {
  const item = LIST_ITEM.exec(content);
  return item !== null && item[1].length + item[2].length + item[3].length <= 4;
}
/** An ATX heading in the first column: it ends every container and paragraph before it, blank line or not. */
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
/**
 * A first-column list item whose text starts with a word, or with a quote of
 * words: after a line of copy it starts the list's next item, or a new list,
 * blank line or not. The word matters: an item that does not follow a blank
 * line is read as interrupting what came before, and then what opens its
 * text ("- -", "- 2.", "- [a]: /u") is read as a paragraph, as it would not
 * be on its own. A quote may interrupt anything, so "- > " before the word
 * changes nothing (a tight list of quotes, each closing its container on a
 * lazy line, is micromark's slowest case).
 */
const WORD_ITEM = /^([-*+]|\d{1,9}[.)]) {1,4}(?:> {0,4})?(?!\d{1,9}[.)])[\p{L}\p{N}]/u;
const FENCE_OPEN = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const FRONT_MATTER_FENCE = /^---[ \t]*$/;
export const BYTE_ORDER_MARK = '\uFEFF';

/** CommonMark's HTML blocks that blank lines do not end (kinds 1 to 5), with what ends each. */
const HTML_BLOCKS: Array<[open: RegExp, close: RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * Whether a section may go unparsed: nothing in it may be a claim, and
 * nothing in it can change how the text around it reads, which only a
 * parse would otherwise show. Parsing a section is also what checks the
 * cut after it (the scan can be fooled: a fence inside an HTML block or a
 * list item, a thematic break that looks like a list item), so a skipped
 * section must leave nothing open to be fooled by: every line of it is a
 * line of words (see SIMPLE_LINE), it defines nothing (another section's
 * reference would lose its definition), and its first line tells what its
 * first block is (see standInFor), as its stand-in must tell a caption
 * above it. A construct the scan misreads opens on a line that is not
 * simple, in a section that is then parsed, merged with the next until
 * what it opened is closed.
 */
function skippable(section: Section, mayHoldClaims: (text: string) => boolean): boolean {
  if (section.seemsToDefine.size > 0 || NOT_SIMPLE_LINE.test(section.text) || standInFor(section.text) === undefined) return false;
  return !mayHoldClaims(section.text);
}

/** A list item's marker. */
const LIST_MARKER = String.raw`(?:[-*+]|\d{1,9}[.)])`;
/** Not a list item whose text starts five columns or a tab after its marker: that text is indented code ("1.     make"). */
const NOT_CODE_ITEM = String.raw`(?!${LIST_MARKER}(?: {5}|\t))`;

/**
 * A line that opens nothing: blank, or words after at most three spaces,
 * quote markers, a list marker with one to four spaces after it (five make
 * indented code) and a heading's marks. Words start with a letter or a
 * digit, an opening bracket or quote, emphasis right before a letter, an
 * image, or one backtick (three open a fence). Anything else (a fence,
 * raw HTML, a table, a thematic break or setext underline, four spaces of
 * indentation, a tab) is not simple.
 */
const SIMPLE_LINE = String.raw`(?:[ \t]*| {0,3}(?:> ?)*(?:${LIST_MARKER} {1,4})?(?:#{1,6} +)?${NOT_CODE_ITEM}(?:[\p{L}\p{N}(“‘"']|[*_]{1,2}[\p{L}\p{N}]|!?\[[^\]^]|${'`'}[^${'`'}]).*)`;
/** The first line of a text that is not simple (one search over the whole text). */
const NOT_SIMPLE_LINE = new RegExp(String.raw`^(?!${SIMPLE_LINE}$).*$`, 'mu');
/** A first line of words: a paragraph, a heading or a list item that starts with a letter or a digit. */
const STARTS_WITH_WORDS = new RegExp(String.raw`^(?:#{1,6} +|${LIST_MARKER} {1,4})?${NOT_CODE_ITEM}[\p{L}\p{N}]`, 'u');
/** A first paragraph of nothing but code spans on one line ("`logcat -f {{path}}`", as command references write commands). */
const STARTS_WITH_CODE_ONLY = /^(?:`[^`\r\n]+`[ \t]*)+(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n|$)/;

/**
 * What a section's first block is, as far as a caption above it can tell
 * (code, or not), from its first line; undefined where the line alone
 * does not say ("- `cmd`" is code only, "- `cmd` runs" copy).
 */
function standInFor(text: string): 'code' | 'html' | undefined {
  if (STARTS_WITH_CODE_ONLY.test(text)) return 'code';
  if (STARTS_WITH_WORDS.test(text)) return 'html';
  return undefined;
}

/**
 * A skipped section's stand-in, over its first line: an empty code node if
 * its first block is code spans only, else an empty raw-HTML node. Neither
 * is copy nor holds a control comment, and each tells a sentence ending in
 * ":" right before the section what follows it, as the first block would:
 * the caption of code, or not.
 */
function skipped(section: Section): ParsedSection {
  const { content } = lineAt(section.text, 0);
  const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: content.length + 1, offset: content.length } };
  const standIn: RootContent = { type: standInFor(section.text)!, value: '', position };
  return { tree: { ...emptyRoot(section.text), children: [standIn] }, continuesList: false, skipped: true };
}

/** A root with nothing in it that spans `text`, as a parse of it would: the last section's end is the document's. */
function emptyRoot(source: string): MdastRoot {
  // The parser leaves a byte order mark out of its offsets.
  const text = source.startsWith(BYTE_ORDER_MARK) ? source.slice(1) : source;
  const lastLine = text.slice(Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1);
  const end = { line: lineCount(text) + 1, column: lastLine.length + 1, offset: text.length };
  return { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/**
 * Where sections may start in `text`: 0, then each line that starts a fresh
 * top-level block (see above) at least `minSize` characters after the last
 * start. The scan is cheap and may be fooled (a fence inside a list item);
 * parseInSections notices. A text that starts with a byte order mark (which
 * the parser leaves out of its offsets) or with front matter never closed
 * (after which the parser reads no quote or list anywhere) is one section.
 */
export function sectionStarts(text: string, minSize = SECTION_SIZE, mdx = false): number[] {
  const starts = [0];
  const first = lineAt(text, 0);
  if (text.startsWith(BYTE_ORDER_MARK)) return starts;
  let frontMatter = FRONT_MATTER_FENCE.test(first.content);
  if (frontMatter && !hasFrontMatterEnd(text)) return starts;
  let offset = frontMatter ? first.length : 0;
  let previousBlank = false;
  // Indented code goes on past blank lines, and the line after them is read
  // as interrupting it ("2. x" is then no list item, nor "*" in "> *"): no section starts there.
  let afterIndented = false;
  let inItem = false;
  // What is open at the top level that blank lines do not end: a fence's marker, an HTML block's end, front matter,
  // and in MDX, JSX elements (which hold Markdown, blank lines and all).
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let htmlSinceBlank = false;
  let openElements = 0;
  // MDX checks its imports and exports together (one name declared twice is an error), so they stay in one section: no cut before the last.
  const firstCut = mdx ? lastEsmLine(text) : 0;
  while (offset < text.length) {
    const { content, length } = lineAt(text, offset);
    const lineStart = offset;
    offset += length;
    if (frontMatter) {
      // Front matter is a section of its own, so that definitions can be written before the next.
      if (FRONT_MATTER_FENCE.test(content)) {
        frontMatter = false;
        const next = firstNonBlankLine(text, offset);
        if (next < text.length && next > firstCut && startsFreshBlock(lineAt(text, next).content)) starts.push(next);
      }
      continue;
    }
    if (fence !== undefined) {
      const close = FENCE_CLOSE.exec(content);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = undefined;
      previousBlank = false;
      afterIndented = false;
      inItem = false;
      continue;
    }
    if (htmlEnd) {
      if (htmlEnd.test(content)) htmlEnd = undefined;
      previousBlank = false;
      afterIndented = false;
      inItem = false;
      continue;
    }
    const blank = BLANK.test(content);
    // A heading or an item with no blank line before it may be a line of an HTML block (kinds 6 and 7, which a blank line ends).
    if (blank) htmlSinceBlank = false;
    // An ordered item other than "1." goes on a paragraph before it: only after an item's line is it the list's next item.
    const item = WORD_ITEM.exec(content);
    const cuts = previousBlank || (!htmlSinceBlank && (ATX_HEADING.test(content) || (item !== null && (inItem || /^(?:[-*+]|0*1[.)])$/.test(item[1])))));
    if (/^ {0,3}</.test(content)) htmlSinceBlank = true;
    if (cuts && !afterIndented && openElements === 0 && lineStart > firstCut && startsFreshBlock(content) && lineStart - starts[starts.length - 1] >= minSize && lineStart > starts[starts.length - 1]) starts.push(lineStart);
    if (!blank) {
      // An indented line right after a list item's line, or after one that goes on in the item, goes on in it too: no code.
      const indented = INDENTED.test(content);
      afterIndented = indented && (previousBlank || afterIndented || !inItem);
      inItem = indented ? !afterIndented : startsShallowItem(content);
    }
    previousBlank = blank;
    const open = FENCE_OPEN.exec(content);
    if (open) {
      fence = open[1];
      continue;
    }
    if (mdx) {
      openElements = Math.max(0, openElements + jsxDepthChange(content));
      continue;
    }
    const html = HTML_BLOCKS.find(([opens]) => opens.test(content));
    // An HTML block can end on the line that opens it.
    if (html && !html[1].test(content.slice(content.indexOf('<') + 1))) htmlEnd = html[1];
  }
  // A last section shorter than minSize joins the one before it.
  if (starts.length > 1 && text.length - starts[starts.length - 1] < minSize) starts.pop();
  return starts;
}

/** Where the last line that may be MDX's ESM (an import or an export) starts, or 0. */
function lastEsmLine(text: string): number {
  let last = 0;
  for (const match of text.matchAll(/^(?:import|export)\b/gm)) last = match.index;
  return last;
}

/** A JSX tag at the start of a line: its slash if it closes, its name (none for a fragment). */
const JSX_TAG = /^ {0,3}<(\/?)([A-Za-z][\w.:-]*)?(?=[\s>/]|$)/;

/**
 * How a line changes the depth of JSX elements open at the top level: +1 for
 * a line that opens an element it does not close ("<Tabs>"), -1 for one that
 * starts with a closing tag. Rough (an opening tag over several lines that
 * closes itself counts as open), which only costs sections, never
 * correctness: parseInSections notices a section cut inside an element.
 */
function jsxDepthChange(content: string): number {
  const tag = JSX_TAG.exec(content);
  if (!tag) return 0;
  if (tag[1]) return -1;
  const selfClosed = /\/>\s*$/.test(content) || (tag[2] !== undefined ? content.includes(`</${tag[2]}>`) : content.includes('</>'));
  return selfClosed ? 0 : 1;
}

/**
 * Whether a line (after a blank line) can start a section: it starts in the
 * first column, and is not "---", which at the start of a section would read
 * as front matter. A list item can: the lists on either side are joined when
 * the parser makes it the next item of the list before it.
 */
function startsFreshBlock(content: string): boolean {
  return content !== '' && !/^[ \t]/.test(content) && !content.startsWith(BYTE_ORDER_MARK) && !FRONT_MATTER_FENCE.test(content);
}

function lineAt(text: string, offset: number): { content: string; length: number } {
  LINE.lastIndex = offset;
  const [line, content] = LINE.exec(text)!;
  return { content, length: line.length };
}

/** Where the first line after `offset` that is not blank starts, or the text's length. */
function firstNonBlankLine(text: string, offset: number): number {
  while (offset < text.length) {
    const { content, length } = lineAt(text, offset);
    if (!BLANK.test(content)) return offset;
    offset += length;
  }
  return text.length;
}

/** Front matter is there only if its closing fence is. */
function hasFrontMatterEnd(text: string): boolean {
  let offset = lineAt(text, 0).length;
  while (offset < text.length) {
    const { content, length } = lineAt(text, offset);
    if (FRONT_MATTER_FENCE.test(content)) return true;
    offset += length;
  }
  return false;
}

/** A label as the parser files it: mdast-util-from-markdown lower-cases micromark's normal form of the label's source. */
const identifierOf = (label: string) => normalizeIdentifier(label).toLowerCase();

/** A definition as definitionsIn files it: its kind and identifier. */
type DefinitionKey = `${'definition' | 'footnoteDefinition'}:${string}`;

/** Every definition in a tree, at any depth (one inside a quote or a footnote counts for the whole document). */
function definitionsIn(tree: MdastRoot): Set<DefinitionKey> {
  const found = new Set<DefinitionKey>();
  eachNode(tree, (node) => {
    if (node.type === 'definition' || node.type === 'footnoteDefinition') found.add(`${node.type}:${(node as unknown as { identifier: string }).identifier}`);
  });
  return found;
}

/** A label in brackets: "[x]", "[^x]", "[a \\] b]". */
const BRACKETED = /\[((?:[^[\]\\]|\\[\s\S]){1,999})\]/g;
/** A label in brackets and a colon, as a definition starts: "[x]:", "[^x]:". */
const DEFINITION_LIKE = /\[((?:[^[\]\\]|\\[\s\S]){1,999})\]:/g;

/**
 * Keys of the definitions a text's bracketed labels name (`BRACKETED`) or
 * seem to start (`DEFINITION_LIKE`). A label over lines of a quote holds the
 * quote's markers in the text but not in the parser's label, so both are
 * taken. GFM reads a footnote call from a label's normal form ("[^x]" and
 * "[ ^x]" name footnote "x", or else a link labelled "^x"), but a footnote
 * definition only from "[^x]:" as written.
 */
function labelKeys(text: string, pattern: typeof BRACKETED | typeof DEFINITION_LIKE): Set<DefinitionKey> {
  const keys = new Set<DefinitionKey>();
  for (const [, label] of text.matchAll(pattern)) {
    for (const written of new Set([label, label.replace(/(\r\n|\r|\n)[ \t>]*/g, '$1')])) {
      const identifier = identifierOf(written);
      // An empty label is no label: "[ ]" is text, "[ ]:" no definition.
      if (identifier === '') continue;
      if (pattern === DEFINITION_LIKE) {
        keys.add(written.startsWith('^') ? `footnoteDefinition:${identifierOf(written.slice(1))}` : `definition:${identifier}`);
        continue;
      }
      keys.add(`definition:${identifier}`);
      if (identifier.startsWith('^')) keys.add(`footnoteDefinition:${identifierOf(identifier.slice(1))}`);
    }
  }
  return keys;
}

/**
 * Definitions written out as Markdown, to be parsed beside a section. The
 * identifier is the label's source, normalised, so it names the same
 * definition; a link label gets a leading space, which normalising drops,
 * so that "^x" is not read as a footnote. Each ends with a blank line: a
 * definition cannot interrupt a footnote's paragraph.
 */
function definitionsText(keys: readonly DefinitionKey[]): string {
  return keys.map((key) => (key.startsWith('definition:') ? `[ ${key.slice('definition:'.length)}]: #\n\n` : `[^${key.slice('footnoteDefinition:'.length)}]: x\n\n`)).join('');
}

interface Section {
  start: number;
  text: string;
  /** The next section's first line, line ending included; empty for the last section. */
  nextLine: string;
  /** The definitions the section's labels name. */
  named: Set<DefinitionKey>;
  /** The definitions the section's text seems to hold ("[x]:"). */
  seemsToDefine: Set<DefinitionKey>;
  /** The definitions written in before it when it is first parsed: those it names that seem to be held elsewhere. */
  guess: DefinitionKey[];
}

/**
 * A section's tree, in the section's own offsets and lines, without what was
 * written around it; undefined if the section left something open.
 *
 * The next section's first line is written after the section, so the parser
 * ends the section's last block exactly as in the whole text (an HTML block
 * left open in a list item takes in the blank lines before a quote, but not
 * those before a paragraph). That line must come out as a block of its own,
 * starting where it was written: if the section left a fence or an HTML
 * block open, it comes out inside it. Definitions the section needs go
 * before it, each ending with a blank line, so the section starts as fresh
 * as it does in the whole text.
 */
function parseSection(section: Section, parse: Parse, shift: Shift, definitions: readonly DefinitionKey[] = []): ParsedSection | undefined {
  const before = definitionsText(definitions);
  const end = before.length + section.text.length;
  let tree: MdastRoot;
  try {
    tree = parse(before + section.text + section.nextLine);
  } catch {
    // MDX cut inside an element or an expression: the whole text is parsed, and its own error (if any) reported.
    return undefined;
  }
  const written = tree.children.filter((child) => offsetOf(child, 'start') < before.length);
  const own = tree.children.filter((child) => offsetOf(child, 'start') >= before.length && offsetOf(child, 'start') < end);
  const after = tree.children.filter((child) => offsetOf(child, 'start') >= end);
  // Each definition written in must come out as one, ending before the section: a footnote's would take in indented code the section starts with.
  if (written.length !== definitions.length || written.some((child) => (child.type !== 'definition' && child.type !== 'footnoteDefinition') || offsetOf(child, 'end') > before.length)) return undefined;
  // A list item after the section may be the next item of the section's last list: it is taken off here and the lists are joined later.
  const list = own[own.length - 1];
  const continuesList = Boolean(section.nextLine) && after.length === 0 && list?.type === 'list' && list.children.length > 1 && offsetOf(list.children[list.children.length - 1], 'start') === end;
  if (continuesList) {
    list.children.pop();
    list.position!.end = { ...list.children[list.children.length - 1].position!.end };
  } else if (section.nextLine && (after.length !== 1 || offsetOf(after[0], 'start') !== end)) return undefined;
  if (own.some((child) => offsetOf(child, 'end') > end)) return undefined;
  tree.children = own;
  if (before) shift(tree, -before.length, -lineCount(before));
  return { tree, continuesList, nextType: after[0]?.type };
}

interface ParsedSection {
  tree: MdastRoot;
  /** Not parsed: it holds no claim (skippable). */
  skipped?: boolean;
  /** Whether the section's last list goes on in the next section. */
  continuesList: boolean;
  /** What the next section's first line was read as, after this section. */
  nextType?: string;
}

/**
 * Whether a section's tree goes on from the one before as the whole text
 * reads it: the list the last one ended with goes on with this one's first
 * list, or this one starts with the block its first line was read as.
 */
function joins(previous: ParsedSection, next: ParsedSection): boolean {
  const first = next.tree.children[0];
  if (!previous.continuesList) return startsAsRead(previous.nextType, first?.type);
  const list = previous.tree.children[previous.tree.children.length - 1];
  return list?.type === 'list' && first?.type === 'list' && offsetOf(first, 'start') === 0 && first.ordered === list.ordered;
}

/** What the lines after a paragraph's first line can make of it: "Title" and "===", a table's head and its delimiter row, a definition's label and its destination. */
const GROWN_PARAGRAPH = new Set(['heading', 'table', 'definition']);

/**
 * Whether the next section, parsed by itself, starts with the block its
 * first line was read as after this one. A paragraph may grow into another
 * block with the lines after it; any other difference means the line was
 * read in a context the section did not have.
 */
const startsAsRead = (read: string | undefined, first: string | undefined) => read === first || (read === 'paragraph' && first !== undefined && GROWN_PARAGRAPH.has(first));

const offsetOf = (node: Node | undefined, edge: 'start' | 'end') => node?.position?.[edge].offset ?? -1;

function lineCount(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/**
 * Move every place in an MDX tree by `offset` characters and `lines` lines:
 * its nodes' points, and also what shiftPoints does not reach, the JSX
 * attributes' positions and the expressions' estree (whose nodes have start,
 * end and range offsets, and loc points).
 */
function shiftAllPlaces(tree: Node, offset: number, lines: number): void {
  const seen = new Set<object>();
  const stack: object[] = [tree];
  while (stack.length > 0) {
    const value = stack.pop() as Record<string, unknown>;
    if (seen.has(value)) continue;
    seen.add(value);
    if (typeof value.line === 'number' && typeof value.column === 'number') {
      value.line += lines;
      if (typeof value.offset === 'number') value.offset += offset;
      continue;
    }
    const { range } = value;
    if (Array.isArray(range) && typeof value.start === 'number' && typeof value.end === 'number') {
      value.start += offset;
      value.end += offset;
      value.range = [range[0] + offset, range[1] + offset];
    }
    for (const inner of Object.values(value)) if (inner !== null && typeof inner === 'object') stack.push(inner);
  }
}

/** What parseInSections may be told besides the text and the parser. */
export interface SectionOptions {
  minDocument?: number;
  minSection?: number;
  mdx?: boolean;
  /**
   * Whether a stretch of the text may hold a claim (or a control comment).
   * Given, a section without one is not parsed at all (see skippable): a
   * long page is mostly such sections, and parsing is most of the time.
   */
  mayHoldClaims?: (text: string) => boolean;
}

/**
 * The mdast of `text`, parsed in sections when it is long (see above); the
 * same tree, positions included, as `parse(text)` would give, but that a
 * section skipped for want of claims is one empty node (see skipped).
 */
export function parseInSections(text: string, parse: Parse, { minDocument = SECTIONED_FROM, minSection = SECTION_SIZE, mdx = false, mayHoldClaims }: SectionOptions = {}): MdastRoot {
  if (text.length < minDocument) return parse(text);
  // Not in MDX: a section there may hold a syntax error to report, and the file-level prefilter passes MDX whole too.
  const ask = mdx ? undefined : mayHoldClaims;
  // Nor beside a control comment, whose target is the node after it, a list running on through the sections after.
  const skips = ask !== undefined && !mayHoldDirectives(text);
  // Where the sections cannot be parsed apart, the whole text is parsed: the
  // caller asks no question of a long text before (see lintFile), so it is
  // asked here, once, whether it may hold a claim at all.
  const whole = () => (ask && !ask(text) ? emptyRoot(text) : parse(text));
  const starts = sectionStarts(text, minSection, mdx);
  const shift: Shift = mdx ? shiftAllPlaces : shiftPoints;
  if (starts.length < 2) return whole();
  // A reference needs its definition, which may sit in another section (a
  // page's links are often defined at its end). The text says where
  // definitions seem to be ("[x]:"), so each section is first parsed with
  // those it names written in before it; the trees then tell which
  // definitions there are, and a section whose guess was wrong is parsed
  // again with the right ones.
  const sections: Section[] = starts.map((start, index) => {
    const end = starts[index + 1] ?? text.length;
    const sectionText = text.slice(start, end);
    return {
      start,
      text: sectionText,
      nextLine: end < text.length ? text.slice(end, end + lineAt(text, end).length) : '',
      named: labelKeys(sectionText, BRACKETED),
      seemsToDefine: labelKeys(sectionText, DEFINITION_LIKE),
      guess: [],
    };
  });
  const seemDefined = new Set(sections.flatMap((section) => [...section.seemsToDefine]));
  // Nothing may come before front matter, nor (in MDX) before imports and exports: written after definitions, the
  // parser places the names they import in two places at once (mdxjs-esm moves the node shared by both twice).
  const frontMatter = FRONT_MATTER_FENCE.test(lineAt(text, 0).content);
  const nothingBefore = frontMatter || (mdx && /^(?:import|export)\b/m.test(sections[0].text));
  const guessFor = (section: Section) => (section.start === 0 && nothingBefore ? [] : [...section.named].filter((key) => seemDefined.has(key) && !section.seemsToDefine.has(key)));
  for (const section of sections) section.guess = guessFor(section);
  // A cut the checks reject is dropped, and the sections on either side are
  // parsed as one: one odd spot does not send a long file back to a whole
  // parse. Not without end, though: a section grown past MAX_MERGED_SIZE
  // (inside a JSX element that never closes, say) or too many drops do.
  const maxDrops = Math.max(4, Math.floor(sections.length / 4));
  let drops = 0;
  // Drops in a row at one place (a JSX element or an MDX error that no cut gets past) grow one section again and again.
  let dropsHere = 0;
  let lastDrop = -1;
  const dropCut = (index: number): boolean => {
    const [first, second] = [sections[index], sections[index + 1]];
    dropsHere = index === lastDrop ? dropsHere + 1 : 1;
    lastDrop = index;
    if (++drops > maxDrops || dropsHere > MAX_DROPS_IN_A_ROW || first.text.length + second.text.length > MAX_MERGED_SIZE) return false;
    const merged: Section = {
      start: first.start,
      text: first.text + second.text,
      nextLine: second.nextLine,
      named: new Set([...first.named, ...second.named]),
      seemsToDefine: new Set([...first.seemsToDefine, ...second.seemsToDefine]),
      guess: [],
    };
    merged.guess = guessFor(merged);
    sections.splice(index, 2, merged);
    return true;
  };
  const parsed: ParsedSection[] = [];
  for (let index = 0; index < sections.length; ) {
    const section = sections[index];
    if (skips && skippable(section, ask)) {
      parsed.push(skipped(section));
      index++;
      continue;
    }
    let result = parseSection(section, parse, shift, section.guess);
    // A guess that does not come out as definitions ahead of the section ("[^a b]: x" is no footnote) is no use: go without.
    if (!result && section.guess.length > 0) {
      section.guess = [];
      result = parseSection(section, parse, shift);
    }
    if (result && index > 0 && !parsed[index - 1].skipped && !joins(parsed[index - 1], result)) {
      // The section starts otherwise than its first line was read after the one before: parse the two as one.
      parsed.pop();
      index--;
      if (!dropCut(index)) return whole();
      continue;
    }
    if (!result) {
      // The section left something open: take in the next one (or, for the last, join the one before).
      if (index === sections.length - 1) {
        if (index === 0) return whole();
        parsed.pop();
        index--;
      }
      if (!dropCut(index)) return whole();
      continue;
    }
    parsed.push(result);
    index++;
  }
  const definedIn = parsed.map(({ tree }) => definitionsIn(tree));
  const defined = new Set(definedIn.flatMap((keys) => [...keys]));
  for (const [index, section] of sections.entries()) {
    if (parsed[index].skipped) continue;
    // Written in or not, a definition the section holds itself makes no difference to it.
    const needed = [...section.named].filter((key) => defined.has(key) && !definedIn[index].has(key));
    if (needed.every((key) => section.guess.includes(key)) && section.guess.every((key) => defined.has(key))) continue;
    // Front matter names nothing itself ("tags: [a, b]" is YAML); a first section that needs definitions written before it is parsed whole.
    const first = parsed[0].tree.children;
    if (index === 0 && nothingBefore) {
      if (first.length === 1 && first[0].type === 'yaml') continue;
      return whole();
    }
    const result = parseSection(section, parse, shift, needed);
    if (!result) return whole();
    parsed[index] = result;
  }
  const root: MdastRoot = { type: 'root', children: [] };
  let line = 0;
  for (const [index, { tree }] of parsed.entries()) {
    const previous = parsed[index - 1];
    // Checked again here, in the section's own offsets: the definitions pass may have parsed it again.
    if (previous && !previous.skipped && !parsed[index].skipped && !joins(previous, parsed[index])) return whole();
    shift(tree, sections[index].start, line);
    line += lineCount(sections[index].text);
    let children = tree.children as RootContent[];
    // A list the section before ended with is not joined to a skipped section's first item: that item is not in the tree.
    if (previous?.continuesList && !parsed[index].skipped) {
      // The list the last section ended with goes on with this section's first list.
      // The whole list is loose if a blank line parts any two of its items: the
      // last section was parsed with this item after it, so either side knows.
      const [continued, ...rest] = children as [List, ...RootContent[]];
      // The last section's list, or the one it went on (joins held for both).
      const list = root.children[root.children.length - 1] as List;
      for (const item of continued.children) list.children.push(item);
      list.position!.end = continued.position!.end;
      list.spread = Boolean(list.spread || continued.spread);
      children = rest;
    }
    for (const child of children) root.children.push(child);
    // What else a section's root carries goes on the joined root, later sections last as in a whole parse: GFM sets "checked" on the
    // parent of a paragraph that starts with "[x]" after an empty list item, the root when that paragraph is at the top level.
    const { type: _type, children: _children, position, ...extra } = tree;
    Object.assign(root, extra);
    if (index === parsed.length - 1 && position) root.position = { start: { line: 1, column: 1, offset: 0 }, end: position.end };
  }
  return root;
}
