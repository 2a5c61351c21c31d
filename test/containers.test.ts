// The cut that keeps Markdown nested past reason parseable (src/parse/containers.ts).
import { describe, expect, test } from 'vitest';
import { boundContainers, LAZY_RUN, MAX_CONTAINERS, MAX_INDENT, originalOffset } from '../src/parse/containers.js';

describe('boundContainers', () => {
  test('leaves real copy alone: no line opens more than MAX_CONTAINERS containers', () => {
    expect(boundContainers('> > quote\n- - - list\n')).toBeUndefined();
    expect(boundContainers(`${'> '.repeat(MAX_CONTAINERS)}just deep enough\n`)).toBeUndefined();
    // Five spaces after a marker begin indented code, not another container.
    expect(boundContainers(`${'>     '.repeat(MAX_CONTAINERS + 1)}code\n`)).toBeUndefined();
  });

  test('keeps the first MAX_CONTAINERS containers of a deeper line and records where the rest went', () => {
    const source = `intro\n${'> '.repeat(MAX_CONTAINERS + 5)}text\n`;
    const bounded = boundContainers(source)!;
    expect(bounded.text).toBe(`intro\n${'> '.repeat(MAX_CONTAINERS)}text\n`);
    expect(bounded.cuts).toEqual([{ at: 6 + 2 * MAX_CONTAINERS, removed: 10 }]);
  });

  test('takes the same width of indentation from the lines that continue the shortened item', () => {
    const source = `${'- '.repeat(MAX_CONTAINERS + 3)}item\n\n${' '.repeat(2 * MAX_CONTAINERS + 6)}more\nafter\n`;
    expect(boundContainers(source)!.text).toBe(`${'- '.repeat(MAX_CONTAINERS)}item\n\n${' '.repeat(2 * MAX_CONTAINERS)}more\nafter\n`);
  });

  test('keeps MAX_INDENT of the spaces and tabs before a line indented deeper, counted past the content of a shortened item on a line continuing it', () => {
    const deep = `${' '.repeat(MAX_INDENT + 40)}- item\n\t${' '.repeat(MAX_INDENT)}text\n`;
    expect(boundContainers(deep)!.text).toBe(`${' '.repeat(MAX_INDENT)}- item\n\t${' '.repeat(MAX_INDENT - 1)}text\n`);
    expect(boundContainers(`${' '.repeat(MAX_INDENT)}- item\n`)).toBeUndefined();
    // A continuing line keeps MAX_INDENT past the shortened item's content, so deep indentation cannot come back through it.
    const item = `${'- '.repeat(MAX_CONTAINERS + 1)}item\n`;
    const continued = `${item}${' '.repeat(2 * MAX_CONTAINERS + 2 + MAX_INDENT + 50)}- more\n`;
    expect(boundContainers(continued)!.text).toBe(`${'- '.repeat(MAX_CONTAINERS)}item\n${' '.repeat(2 * MAX_CONTAINERS + MAX_INDENT)}- more\n`);
  });

  test('writes the containers\' prefix into a run of LAZY_RUN lazy lines, and leaves shorter runs and other blocks alone', () => {
    const run = (opener: string, count: number) => `${opener}\n${'more words\n'.repeat(count)}`;
    expect(boundContainers(run('> Intro.', LAZY_RUN - 1))).toBeUndefined();
    // After a heading, a fence or a blank line the lines are not lazy: they begin blocks of their own.
    expect(boundContainers(run('> # Title', LAZY_RUN))).toBeUndefined();
    expect(boundContainers(run('> ```', LAZY_RUN))).toBeUndefined();
    // Five spaces after a list marker, or two tabs, begin indented code.
    expect(boundContainers(run('-     code', LAZY_RUN))).toBeUndefined();
    expect(boundContainers(run('>\t\tcode', LAZY_RUN))).toBeUndefined();
    expect(boundContainers(run('> Intro.\n', LAZY_RUN))).toBeUndefined();
    // List markers become spaces: the lines then continue the item at its content's column.
    expect(boundContainers(run(' > 1. Intro.', LAZY_RUN))!.text).toBe(run(' > 1. Intro.', 0) + ' >    more words\n'.repeat(LAZY_RUN));
    // A line that could begin a block of its own ends the run.
    const broken = `${run('> Intro.', LAZY_RUN)}- item\n${'more words\n'.repeat(3)}`;
    expect(boundContainers(broken)!.text).toBe(`${run('> Intro.', 0)}${'> more words\n'.repeat(LAZY_RUN)}- item\n${'more words\n'.repeat(3)}`);
  });
});

describe('originalOffset', () => {
  const cuts = [
    { at: 10, removed: 4 },
    { at: 20, removed: 9 },
  ];

  test('adds what was removed before the offset', () => {
    expect([0, 9, 10, 19, 20, 30].map((offset) => originalOffset(offset, cuts))).toEqual([0, 9, 14, 23, 29, 39]);
  });

  test('maps an offset after an insertion back past it, to the line it was written into', () => {
    const source = `> Intro.\n${'more words\n'.repeat(LAZY_RUN)}`;
    const bounded = boundContainers(source)!;
    const last = bounded.text.lastIndexOf('more words');
    expect(source.slice(originalOffset(last, bounded.cuts))).toBe('more words\n');
    expect(originalOffset(bounded.text.length, bounded.cuts)).toBe(source.length);
  });

  test('maps every offset of a shortened text back to the same character of the source', () => {
    const source = `a\n${'> '.repeat(MAX_CONTAINERS + 7)}Support 24/7.\n${'- '.repeat(MAX_CONTAINERS + 2)}x\n\n${' '.repeat(2 * MAX_CONTAINERS + 9)}more\n${' '.repeat(MAX_INDENT + 3)}- y\n`;
    const bounded = boundContainers(source)!;
    for (let offset = 0; offset < bounded.text.length; offset += 1) {
      expect(source[originalOffset(offset, bounded.cuts)]).toBe(bounded.text[offset]);
    }
  });
});
