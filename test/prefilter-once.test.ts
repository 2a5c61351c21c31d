// A long Markdown page is asked by the prefilter section by section as it is
// parsed, never first as a whole: that read the whole text twice. A short
// page, HTML and text are still asked whole first, and left unparsed on no;
// past 64 KB, their opening is asked before the whole.
import { describe, expect, test, vi } from 'vitest';

const asked: string[] = [];
vi.mock('../src/check/prefilter.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/check/prefilter.js')>();
  return { ...actual, mayHoldClaims: (...args: Parameters<typeof actual.mayHoldClaims>) => (asked.push(args[0]), actual.mayHoldClaims(...args)) };
});

const { lintText } = await import('../src/lint.js');
const { SECTIONED_FROM } = await import('../src/parse/sections.js');

const filler = 'Plain words about the shop, with nothing promised at all. '.repeat(20).trim();
const longPage = Array.from({ length: 18 }, (_, index) => (index === 7 ? 'Help is here 24/7.' : `${filler} ${index}`)).join('\n\n');

describe('how often the prefilter reads a file', () => {
  test('long Markdown: never the whole text, and the claim is still found', () => {
    expect(longPage.length).toBeGreaterThan(SECTIONED_FROM);
    asked.length = 0;
    const messages = lintText(longPage, { path: 'page.md' }).messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`);
    expect(messages).toEqual(['availability 15:14']);
    expect(asked.length).toBeGreaterThan(1);
    expect(asked).not.toContain(longPage);
  });

  test.each(['page.html', 'page.txt'])('%s past 64 KB: its opening first, and the whole only when the opening holds no trigger', (path) => {
    const plain = Array.from({ length: 90 }, (_, index) => `${filler} ${index}`).join('\n\n');
    expect(plain.length).toBeGreaterThan(64 * 1024);
    const early = `We answer 24/7.\n\n${plain}`;
    asked.length = 0;
    expect(lintText(early, { path }).messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`)).toEqual(['availability 1:11']);
    expect(asked[0]).toBe(early.slice(0, 64 * 1024));
    expect(asked).not.toContain(early);
    const late = `${plain}\n\nWe answer 24/7.`;
    asked.length = 0;
    expect(lintText(late, { path }).messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`)).toEqual([`availability ${late.split('\n').length}:11`]);
    expect(asked.slice(0, 2)).toEqual([late.slice(0, 64 * 1024), late]);
  });

  test.each(['page.html', 'page.txt'])('%s of the same length, and short Markdown: the whole text first', (path) => {
    for (const [text, file] of [[longPage, path], ['Help is here 24/7.', 'page.md']]) {
      asked.length = 0;
      lintText(text, { path: file });
      expect(asked[0]).toBe(text);
    }
  });
});
