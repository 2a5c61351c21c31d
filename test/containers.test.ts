// The cut that keeps Markdown nested past reason parseable (src/parse/containers.ts).
import { describe, expect, test } from 'vitest';
import { collapseDeepContainers, MAX_CONTAINERS, MAX_INDENT, originalOffset } from '../src/parse/containers.js';

describe('collapseDeepContainers', () => {
  test('leaves real copy alone: no line opens more than MAX_CONTAINERS containers', () => {
    expect(collapseDeepContainers('> > quote\n- - - list\n')).toBeUndefined();
    expect(collapseDeepContainers(`${'> '.repeat(MAX_CONTAINERS)}just deep enough\n`)).toBeUndefined();
    // Five spaces after a marker begin indented code, not another container.
    expect(collapseDeepContainers(`${'>     '.repeat(MAX_CONTAINERS + 1)}code\n`)).toBeUndefined();
  });

  test('keeps the first MAX_CONTAINERS containers of a deeper line and records where the rest went', () => {
    const source = `intro\n${'> '.repeat(MAX_CONTAINERS + 5)}text\n`;
    const collapsed = collapseDeepContainers(source)!;
    expect(collapsed.text).toBe(`intro\n${'> '.repeat(MAX_CONTAINERS)}text\n`);
    expect(collapsed.cuts).toEqual([{ at: 6 + 2 * MAX_CONTAINERS, removed: 10 }]);
  });

  test('takes the same width of indentation from the lines that continue the shortened item', () => {
    const source = `${'- '.repeat(MAX_CONTAINERS + 3)}item\n\n${' '.repeat(2 * MAX_CONTAINERS + 6)}more\nafter\n`;
    expect(collapseDeepContainers(source)!.text).toBe(`${'- '.repeat(MAX_CONTAINERS)}item\n\n${' '.repeat(2 * MAX_CONTAINERS)}more\nafter\n`);
  });

  test('keeps MAX_INDENT of the spaces and tabs before a line indented deeper, counted past the content of a shortened item on a line continuing it', () => {
    const deep = `${' '.repeat(MAX_INDENT + 40)}- item\n\t${' '.repeat(MAX_INDENT)}text\n`;
    expect(collapseDeepContainers(deep)!.text).toBe(`${' '.repeat(MAX_INDENT)}- item\n\t${' '.repeat(MAX_INDENT - 1)}text\n`);
    expect(collapseDeepContainers(`${' '.repeat(MAX_INDENT)}- item\n`)).toBeUndefined();
    // A continuing line keeps MAX_INDENT past the shortened item's content, so deep indentation cannot come back through it.
    const item = `${'- '.repeat(MAX_CONTAINERS + 1)}item\n`;
    const continued = `${item}${' '.repeat(2 * MAX_CONTAINERS + 2 + MAX_INDENT + 50)}- more\n`;
    expect(collapseDeepContainers(continued)!.text).toBe(`${'- '.repeat(MAX_CONTAINERS)}item\n${' '.repeat(2 * MAX_CONTAINERS + MAX_INDENT)}- more\n`);
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

  test('maps every offset of a shortened text back to the same character of the source', () => {
    const source = `a\n${'> '.repeat(MAX_CONTAINERS + 7)}Support 24/7.\n${'- '.repeat(MAX_CONTAINERS + 2)}x\n\n${' '.repeat(2 * MAX_CONTAINERS + 9)}more\n${' '.repeat(MAX_INDENT + 3)}- y\n`;
    const collapsed = collapseDeepContainers(source)!;
    for (let offset = 0; offset < collapsed.text.length; offset += 1) {
      expect(source[originalOffset(offset, collapsed.cuts)]).toBe(collapsed.text[offset]);
    }
  });
});
