// Small versions of the pathological shapes `npm run bench` times at 1× and
// 10×: here they only have to finish without crashing and find what is there.
import { describe, expect, test } from 'vitest';
import { lintText } from '../src/lint.js';

const rulesFound = (text: string, path: string) => lintText(text, { path }).messages.map((message) => message.ruleId);

describe('pathological input', () => {
  test('a long single line', () => {
    const line = 'Our team reads every word carefully. '.repeat(3000) + 'Support 24/7.';
    expect(rulesFound(line, 'long.txt')).toEqual(['availability']);
  });

  test('deeply nested blockquotes', () => {
    const nested = `${'> '.repeat(1000)}Guaranteed delivery.\n`;
    expect(rulesFound(nested, 'nested.md')).toEqual(['guarantee']);
  });

  test('a long list', () => {
    const list = Array.from({ length: 3000 }, (_, index) => `- Item ${index}`).join('\n') + '\n- Unlimited storage\n';
    expect(rulesFound(list, 'list.md')).toEqual(['unlimited']);
  });

  test('deeply nested HTML', () => {
    const html = `${'<div>'.repeat(1000)}<p>Zero downtime.</p>${'</div>'.repeat(1000)}`;
    expect(rulesFound(html, 'deep.html')).toEqual(['perfection']);
  });

  test('HTML nested 20,000 levels deep is folded and linted', () => {
    // The hast converter recursed once per level and overflowed at about 2,000.
    const found = lintText(`${'<div>'.repeat(20000)}<p>Support 24/7.</p>${'</div>'.repeat(20000)}`, { path: 'deep.html' }).messages.map((message) => [message.ruleId, message.line, message.column]);
    expect(found).toEqual([['availability', 1, 100012]]);
  });

  test('past 10,000 nested blockquotes (whose parsing time grows with the square of the depth), a file-level error', () => {
    const [message, ...rest] = lintText(`${'> '.repeat(10_001)}Support 24/7.`, { path: 'deep.md' }).messages;
    expect(message.ruleId).toBe('parse-error');
    expect(message.reason).toBe('cannot parse markdown: nested too deeply to parse (more than 10,000 nested blockquotes)');
    expect(message.fatal).toBe(true);
    expect(rest).toEqual([]);
  });

  test('thousands of nested blockquotes are folded and linted', () => {
    const found = lintText(`${'> '.repeat(5000)}Support 24/7.`, { path: 'deep.md' }).messages.map((message) => [message.ruleId, message.line, message.column]);
    expect(found).toEqual([['availability', 1, 10009]]);
  });

  test('a file that no trigger can match is not parsed at all, however deep', () => {
    for (const [text, path] of [[`${'<div>'.repeat(20000)}x`, 'deep.html'], [`${'> '.repeat(20000)}x`, 'deep.md']]) {
      expect(lintText(text, { path }).messages).toEqual([]);
    }
  });

  test('one long unbroken word is scanned once, not once per character', () => {
    expect(rulesFound(`${'a'.repeat(200_000)} Support 24/7.`, 'word.txt')).toEqual(['availability']);
  });

  test('strings built to make the trigger patterns backtrack', () => {
    const shapes = [
      `within ${'5 '.repeat(5000)}minutes`,
      `${'in '.repeat(5000)}seconds`,
      `fresh ${'a '.repeat(5000)}daily`,
      `${'no '.repeat(5000)}hidden fees`,
      `${'24 hours a day, '.repeat(2000)}`,
      `${'always '.repeat(5000)}available`,
      `${' '.repeat(20000)}24/7`,
      `${'-'.repeat(20000)}same-day`,
    ];
    for (const text of shapes) expect(() => lintText(text, { path: 'shape.txt' })).not.toThrow();
  });

  test('markup built to make the prefilter rescan (unclosed tags, links, elements): no claim, and no hang', () => {
    const shapes: Array<[string, string]> = [
      [']('.repeat(200_000), 'shape.md'],
      ['[a](b '.repeat(100_000), 'shape.md'],
      ['<a '.repeat(100_000), 'shape.html'],
      ['<script>'.repeat(50_000), 'shape.html'],
      ['<a x="'.repeat(50_000), 'shape.html'],
      ['> '.repeat(200_000), 'shape.md'],
    ];
    for (const [text, path] of shapes) expect(lintText(text, { path }).messages).toEqual([]);
  });
});
