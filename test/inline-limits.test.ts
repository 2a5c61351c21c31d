// Emphasis, strike-through, links and footnote calls are read by micromark
// itself below the bounds of src/parse/inline-limits.ts, and as text past
// them, so a paragraph built to make the parser's time grow with its square
// is linted in time that grows with its length.
import fc from 'fast-check';
import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { describe, expect, test } from 'vitest';
import { lintText } from '../src/lint.js';
import { MAX_MARKER_RUNS, MAX_OPEN_LABELS } from '../src/parse/inline-limits.js';
import { markdownParser } from '../src/parse/markdown.js';

/** The parser as micromark and GFM ship it, unbounded. */
function unboundedGfm(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}
const unboundedParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(unboundedGfm);

const bounded = (text: string) => markdownParser.parse(text) as Root;
const unbounded = (text: string) => unboundedParser.parse(text) as Root;

/** The first paragraph's children, by type and text. */
function inlineShape(tree: Root): string[] {
  const paragraph = tree.children[0];
  if (paragraph?.type !== 'paragraph') throw new Error(`no paragraph first: ${paragraph?.type}`);
  return paragraph.children.map((child) => ('value' in child ? `${child.type}:${child.value}` : child.type));
}

const MARKUP = ['*', '**', '_', '__', '~', '~~', '[', ']', '![', '](u)', '[^a]', '![^a]', '^', '(', ')', '<', '>', '`', '\\', 'a', 'b c', ' ', '\n', '!', '[1] ', '[a]', '][a]', '[]', ', ', '\t', 'www.a', 'http://a', 'b@c.d', '"', '#1', '–', '…', '“', '’', '&', '&amp;', '&#93;', '$5', '(b)', '[1–3] ', '[“a”] ', '[a (b)] ', '[…]', '[A]', '[b c]', '[B\tc]', '[1][]', '[x][1]', '[1][x]', '][b c]', '[]['];

/** What the document defines after the paragraph: nothing, a footnote, or a link reference. */
const DEFINITIONS = ['\n', '\n\n[^a]: A note.\n', '\n\n[a]: /u\n', '\n\n[1]: /u\n[B C]: /v\n', '\n\n[b  c]: /v\n[“a”]: /w\n', '\n\n[a]: /u\n[^a]: A note.\n'];

describe('below the bounds, the tree is micromark\'s own', () => {
  test('generated paragraphs of emphasis, strike-through, links, images and footnote calls', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...MARKUP), { maxLength: 60 }), fc.constantFrom(...DEFINITIONS), (pieces, definitions) => {
        const text = pieces.join('') + definitions;
        fc.pre((text.match(/\[/g) ?? []).length < MAX_OPEN_LABELS);
        expect(bounded(text)).toEqual(unbounded(text));
      }),
      { numRuns: 3000, seed: 20261204 },
    );
  });

  test('links and images one after another, as many as a paragraph holds: only the open ones count', () => {
    // Found by a review: links that had closed were counted as open, so the 33rd link in a paragraph was text.
    const cases = [
      `${'[a](u) '.repeat(3 * MAX_OPEN_LABELS)}\n`,
      `${'[![b](img)](url)\n'.repeat(MAX_OPEN_LABELS)}`,
      `${'[r][] '.repeat(2 * MAX_OPEN_LABELS)}\n\n[r]: /u\n`,
      `# ${'[a](u) '.repeat(2 * MAX_OPEN_LABELS)}\n`,
      `[x ${'[1] '.repeat(2 * MAX_OPEN_LABELS)}[a](u)\n`,
      // A bracket that can never be a link is text, and so is its "]", which closes nothing further out.
      '[x [a] b](u) and [a] b](u) and [a][b] and [a](u) and [a] (u)\n',
      // Found by a review: a reference tried past a line break in a quote or list item ends the break's token after the prefix.
      '> Read [the guide][\n> **now**]\n',
      '- See [a][\n  `b`]\n',
      '>[2][\n>]()\n',
    ];
    for (const text of cases) expect(bounded(text)).toEqual(unbounded(text));
    expect(lintText(`${'[p](/p) '.repeat(MAX_OPEN_LABELS)}[x](/unlimited-data)\n`, { path: 'a.md' }).messages).toEqual([]);
  });

  test('nesting just under the bounds', () => {
    const cases = [
      `${'*a '.repeat(MAX_MARKER_RUNS / 2)}${'b* '.repeat(MAX_MARKER_RUNS / 2)}\n`,
      `${'~a '.repeat(MAX_MARKER_RUNS / 2)}${'b~ '.repeat(MAX_MARKER_RUNS / 2)}\n`,
      `${'!['.repeat(MAX_OPEN_LABELS)}a${'](u)'.repeat(MAX_OPEN_LABELS)}\n`,
      `${'['.repeat(MAX_OPEN_LABELS)}a${'](u)'.repeat(MAX_OPEN_LABELS)}\n`,
      `${'[^a'.repeat(500)}]\n\n[^a]: A note.\n`,
    ];
    for (const text of cases) expect(bounded(text)).toEqual(unbounded(text));
  });
});

describe('past the bounds, the rest is read as text', () => {
  test(`a paragraph of ${MAX_MARKER_RUNS} marker runs keeps its emphasis; one of ${MAX_MARKER_RUNS + 1} has none, and its markers stay in its text`, () => {
    const atBound = `*a*${' *b*'.repeat(MAX_MARKER_RUNS / 2 - 1)}\n`;
    expect(inlineShape(bounded(atBound)).filter((type) => type === 'emphasis')).toHaveLength(MAX_MARKER_RUNS / 2);
    const pastBound = `${atBound.trimEnd()} c_\n`;
    expect(inlineShape(bounded(pastBound))).toEqual([`text:${pastBound.trimEnd()}`]);
  });

  test('the bound is per paragraph: the next one keeps its emphasis', () => {
    const tree = bounded(`${'*a_ '.repeat(MAX_MARKER_RUNS)}\n\nWe *never* close.\n`);
    expect(tree.children[1]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: 'We ' }, { type: 'emphasis' }, { type: 'text', value: ' close.' }] });
  });

  test(`strike-through past ${MAX_MARKER_RUNS} runs of "~" is text`, () => {
    expect(inlineShape(bounded(`~a~${' ~b~'.repeat(MAX_MARKER_RUNS / 2 - 1)}\n`)).filter((type) => type === 'delete')).toHaveLength(MAX_MARKER_RUNS / 2);
    const pastBound = `~a~${' ~b~'.repeat(MAX_MARKER_RUNS / 2)}`;
    expect(inlineShape(bounded(`${pastBound}\n`))).toEqual([`text:${pastBound}`]);
  });

  test(`a "[" that would leave ${MAX_OPEN_LABELS + 1} links open is a bracket`, () => {
    // The link is then the innermost open one, which takes the last "[" as its text.
    const text = `${'['.repeat(MAX_OPEN_LABELS + 1)}a](u)\n`;
    const paragraph = bounded(text).children[0];
    expect(paragraph).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: '['.repeat(MAX_OPEN_LABELS - 1) }, { type: 'link', url: 'u', children: [{ type: 'text', value: '[a' }] }] });
    expect(inlineShape(unbounded(text))).toEqual([`text:${'['.repeat(MAX_OPEN_LABELS)}`, 'link']);
  });
});

describe('claims in a paragraph past the bounds', () => {
  const placed = (text: string) => lintText(text, { path: 'copy.md' }).messages.map((message) => [message.ruleId, message.line, message.column]);

  test('are found in place, in the shapes that made the parser\'s time grow with their square', () => {
    const claim = 'Support 24/7.';
    const shapes = [
      '*a **a '.repeat(2000) + 'b' + ' a** a*'.repeat(2000),
      '*a_ '.repeat(5000),
      '~a '.repeat(3000) + 'a~ '.repeat(3000),
      '![a'.repeat(3000) + '](b)'.repeat(3000),
      '[^a'.repeat(5000),
      '[1] '.repeat(5000),
      '[a][zz] '.repeat(2000) + '[x] [a](u) '.repeat(2000),
    ];
    for (const shape of shapes) expect(placed(`${shape} ${claim}\n`)).toEqual([['availability', 1, shape.length + 10]]);
  });

  test('an emphasised claim past the bound reads as its words, as emphasis written by hand does', () => {
    const text = `${'a_ '.repeat(MAX_MARKER_RUNS + 1)}We reply **instantly**.\n\nSupport *24/7*.\n`;
    expect(lintText(text, { path: 'copy.md' }).messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['speed', 1, (MAX_MARKER_RUNS + 1) * 3 + 12],
      ['availability', 3, 10],
    ]);
  });
});
