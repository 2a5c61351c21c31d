// micromark's time grows with the square of a document's length when the
// document closes many containers: every blockquote, and every list followed
// by a heading or a paragraph, ends on a "lazy" line, and for each one the
// parser copies the whole event list of the document so far. 400 tldr pages
// joined into one 140 KB file took 2.4 s to parse, and 4 MB would take hours.
//
// So a long document is parsed in sections and the trees are joined. A
// section starts where every container has closed and nothing open can run
// on: at a line that starts in its first column right after a blank line,
// outside fenced code, multi-line HTML blocks and front matter, and that does
// not start a list item (that would cut one list in two). Each section but the
// last is parsed with a sentinel paragraph after it, which comes out as a
// paragraph of its own only if nothing was left open; if any sentinel is
// swallowed, the scan was wrong about the document and it is parsed whole.
// References need their definitions, which may sit in another section, so a
// section that names a label defined elsewhere is parsed again with that
// definition written in beside it. The joined tree is the tree of a whole
// parse (test/sections.test.ts holds the two equal on generated documents).
import type { Root as MdastRoot, RootContent } from 'mdast';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Node } from 'unist';
import { eachNode } from '../util/tree.js';

/** A document shorter than this is parsed whole: its quadratic part costs little. */
export const SECTIONED_FROM = 16 * 1024;

/** Sections are at least this long (but for the last): short enough that none is slow. */
export const SECTION_SIZE = 2 * 1024;

type Parse = (text: string) => MdastRoot;

/** Written after a section: a paragraph of its own if, and only if, nothing was open at the section's end. */
const SENTINEL = '\n\noverclaim-section-end\n';

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/y;
const BLANK = /^[ \t]*(?:\r\n|\r|\n)?$/;
const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|\r|\n|$)/;
const FENCE_OPEN = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*(?:\r\n|\r|\n)?$/;
const FRONT_MATTER_FENCE = /^---[ \t]*(?:\r\n|\r|\n)?$/;

/** CommonMark's HTML blocks that blank lines do not end (kinds 1 to 5), with what ends each. */
const HTML_BLOCKS: Array<[open: RegExp, close: RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * Where sections may start in `text`: 0, then each line that starts a fresh
 * top-level block (see above) at least `minSize` characters after the last
 * start. The scan is cheap and may be fooled (a fence inside a list item);
 * parseInSections notices.
 */
export function sectionStarts(text: string, minSize = SECTION_SIZE): number[] {
  const starts = [0];
  let offset = 0;
  let previousBlank = false;
  // What is open at the top level that blank lines do not end: a fence's marker, an HTML block's end, front matter.
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let frontMatter = FRONT_MATTER_FENCE.test(lineAt(text, 0)) && hasFrontMatterEnd(text);
  offset = frontMatter ? lineAt(text, 0).length : 0;
  while (offset < text.length) {
    const line = lineAt(text, offset);
    const lineStart = offset;
    offset += line.length;
    if (frontMatter) {
      if (FRONT_MATTER_FENCE.test(line)) frontMatter = false;
      continue;
    }
    if (fence !== undefined) {
      const close = FENCE_CLOSE.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = undefined;
      previousBlank = false;
      continue;
    }
    if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
      previousBlank = false;
      continue;
    }
    const blank = BLANK.test(line);
    if (previousBlank && !blank && line[0] !== ' ' && line[0] !== '\t' && !LIST_ITEM.test(line) && lineStart - starts[starts.length - 1] >= minSize) {
      starts.push(lineStart);
    }
    previousBlank = blank;
    const open = FENCE_OPEN.exec(line);
    if (open) {
      fence = open[1];
      continue;
    }
    const html = HTML_BLOCKS.find(([opens]) => opens.test(line));
    // An HTML block can end on the line that opens it.
    if (html && !html[1].test(line.slice(line.indexOf('<') + 1))) htmlEnd = html[1];
  }
  // A last section shorter than minSize joins the one before it.
  if (starts.length > 1 && text.length - starts[starts.length - 1] < minSize) starts.pop();
  return starts;
}

function lineAt(text: string, offset: number): string {
  LINE.lastIndex = offset;
  return LINE.exec(text)![0];
}

/** Front matter is there only if its closing fence is. */
function hasFrontMatterEnd(text: string): boolean {
  let offset = lineAt(text, 0).length;
  while (offset < text.length) {
    const line = lineAt(text, offset);
    if (FRONT_MATTER_FENCE.test(line)) return true;
    offset += line.length;
  }
  return false;
}

/** A label as the parser files it: mdast-util-from-markdown lower-cases micromark's normal form. */
const identifierOf = (label: string) => normalizeIdentifier(label).toLowerCase();

interface Definition {
  /** "definition" or "footnoteDefinition". */
  type: string;
  label: string;
}

/** Every definition in a tree, at any depth (a definition inside a blockquote counts for the whole document). */
function definitionsIn(tree: MdastRoot): Map<string, Definition> {
  const found = new Map<string, Definition>();
  eachNode(tree, (node) => {
    if (node.type !== 'definition' && node.type !== 'footnoteDefinition') return;
    const { identifier, label } = node as unknown as { identifier: string; label?: string };
    const key = `${node.type}:${identifier}`;
    if (!found.has(key)) found.set(key, { type: node.type, label: label ?? identifier });
    return false;
  });
  return found;
}

/** Keys (as definitionsIn makes them) of every label a text may name in brackets. */
function bracketedKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const [, footnote, label] of text.matchAll(/\[(\^?)((?:[^[\]\\]|\\.){1,999})\]/g)) {
    keys.add(footnote ? `footnoteDefinition:${identifierOf(label)}` : `definition:${identifierOf(label)}`);
  }
  return keys;
}

/** Definitions written out as Markdown, each on its own line, to be parsed beside a section. */
function definitionsText(definitions: Definition[]): string {
  return definitions.map(({ type, label }) => (type === 'definition' ? `[${label}]: #\n` : `[^${label}]: x\n`)).join('');
}

interface Section {
  start: number;
  text: string;
  last: boolean;
}

/** A section's tree, in the section's own offsets and lines, without what was written around it; undefined if its sentinel was swallowed. */
function parseSection(section: Section, parse: Parse, definitions = ''): MdastRoot | undefined {
  // Definitions go before the last section (nothing may follow it: it can end
  // inside a fence that runs to the end) and after every other (the first may
  // start with front matter, which must come first).
  const before = section.last && definitions ? `${definitions}\n` : '';
  const after = section.last ? '' : `${section.text.endsWith('\n') || section.text.endsWith('\r') ? '' : '\n'}\n${definitions}${SENTINEL}`;
  const tree = parse(before + section.text + after);
  const end = before.length + section.text.length;
  if (after) {
    const sentinel = tree.children[tree.children.length - 1];
    if (sentinel?.type !== 'paragraph' || (sentinel.position?.start.offset ?? -1) <= end) return undefined;
  }
  tree.children = tree.children.filter((child) => {
    const offset = child.position?.start.offset ?? 0;
    return offset >= before.length && offset < end;
  });
  if (before) shiftPoints(tree, -before.length, -lineCount(before));
  return tree;
}

function lineCount(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** Move every point in a tree by `offset` characters and `lines` lines; columns stay. */
export function shiftPoints(tree: Node, offset: number, lines = 0): void {
  const seen = new Set<object>();
  eachNode(tree, (node) => {
    for (const point of [node.position?.start, node.position?.end]) {
      // Parent and first child can share one point object; move it once.
      if (!point || seen.has(point)) continue;
      seen.add(point);
      if (point.offset !== undefined) point.offset += offset;
      point.line += lines;
    }
  });
}

/**
 * The mdast of `text`, parsed in sections when it is long (see above); the
 * same tree, positions included, as `parse(text)` would give.
 */
export function parseInSections(text: string, parse: Parse, { minDocument = SECTIONED_FROM, minSection = SECTION_SIZE } = {}): MdastRoot {
  if (text.length < minDocument) return parse(text);
  const starts = sectionStarts(text, minSection);
  if (starts.length < 2) return parse(text);
  const sections: Section[] = starts.map((start, index) => ({ start, text: text.slice(start, starts[index + 1] ?? text.length), last: index === starts.length - 1 }));
  const trees: MdastRoot[] = [];
  for (const section of sections) {
    const tree = parseSection(section, parse);
    if (!tree) return parse(text);
    trees.push(tree);
  }
  const definedIn = trees.map(definitionsIn);
  const allDefinitions = new Map<string, Definition>();
  for (const defined of definedIn) for (const [key, definition] of defined) if (!allDefinitions.has(key)) allDefinitions.set(key, definition);
  if (allDefinitions.size > 0) {
    for (const [index, section] of sections.entries()) {
      const missing = [...bracketedKeys(section.text)].filter((key) => allDefinitions.has(key) && !definedIn[index].has(key));
      if (missing.length === 0) continue;
      const tree = parseSection(section, parse, definitionsText(missing.map((key) => allDefinitions.get(key)!)));
      if (!tree) return parse(text);
      trees[index] = tree;
    }
  }
  const root: MdastRoot = { type: 'root', children: [] };
  let line = 0;
  for (const [index, tree] of trees.entries()) {
    shiftPoints(tree, sections[index].start, line);
    line += lineCount(sections[index].text);
    for (const child of tree.children as RootContent[]) root.children.push(child);
    if (index === trees.length - 1 && tree.position) root.position = { start: { line: 1, column: 1, offset: 0 }, end: tree.position.end };
  }
  return root;
}
