// Small versions of the pathological shapes `npm run bench` times at 1× and
// 10×: here they only have to finish without crashing and find what is there.
import { describe, expect, test } from 'vitest';
import { lintText } from '../src/lint.js';
import { mayHoldClaims } from '../src/check/prefilter.js';
import { TEXT_CHUNK } from '../src/parse/chunks.js';

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

  test('plain text of many short paragraphs, or of blank lines only, before its claim', () => {
    // Parsed whole, 20,000 paragraphs took 46 s, and two million line breaks overflowed the stack (a parse error).
    expect(lintText(`${'x y z\n\n'.repeat(3000)}Open 24/7.\n`, { path: 'short.txt' }).messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['availability', 6001, 6]]);
    expect(lintText(`${'\n'.repeat(2_000_000)}Open 24/7.\n`, { path: 'blank.txt' }).messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['availability', 2_000_001, 6]]);
  });

  test('a long list', () => {
    const list = Array.from({ length: 3000 }, (_, index) => `- Item ${index}`).join('\n') + '\n- Unlimited storage\n';
    expect(rulesFound(list, 'list.md')).toEqual(['unlimited']);
  });

  test('an image with 140 KB of alt text: its claims found in place', () => {
    // The converter read the alt as one run of words and overflowed the stack: a parse error.
    expect(lintText(`![${'a '.repeat(70_000)}we reply instantly](u)\n`, { path: 'alt.md' }).messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['speed', 1, 140_012]]);
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

  test('a run-on sentence of claims with no stop: each claim found, in its place', () => {
    // Every claim's checks read the whole sentence, so 200 KB of "24/7 " took 31 s; now they read 500 characters either side.
    const claims = lintText(`${'We answer 24/7 and '.repeat(2000)}ship within 2 days.`, { path: 'run-on.txt' }).messages.map((message) => [message.ruleId, message.line, message.column]);
    expect(claims).toEqual([...Array.from({ length: 2000 }, (_, index) => ['availability', 1, 11 + 19 * index]), ['speed', 1, 38_006]]);
  });

  test('in a run-on sentence, a scope limiter covers the claims within 500 characters of it, not those past', () => {
    const columns = lintText(`Terms apply to our plans and ${'we answer 24/7 and '.repeat(200)}ship within 2 days.`, { path: 'run-on.txt' }).messages.map((message) => message.column);
    // "24/7" number 25 (from 0) starts 514 characters in, the first whose 500 characters before it leave out "Terms apply".
    expect(columns).toEqual([...Array.from({ length: 175 }, (_, index) => 40 + 19 * (index + 25)), 3835]);
  });

  test('in a run-on sentence, where the part read around a claim starts is not taken for the sentence\'s start', () => {
    // "usually" 500 characters before the claim opened the part read, and hedged it as if it opened the sentence (found by a review).
    const text = `Our team of experts ${'and more '.repeat(80)}usually great service ${' and more'.repeat(52)} we reply instantly and more.`;
    expect(lintText(text, { path: 'run-on.txt' }).messages.map((message) => [message.ruleId, message.column, message.actual])).toEqual([['speed', 1241, 'instantly']]);
  });

  const placed = (text: string, path = 'deep.md') => lintText(text, { path }).messages.map((message) => [message.ruleId, message.line, message.column]);

  test('100,000 nested blockquotes, list items, or both, opened on one line, are linted with true positions', () => {
    // The Markdown tokenizer's time grows with the square of this nesting (100,000 blockquotes took 465 s); the containers past 100 are cut before parsing.
    expect(placed(`${'> '.repeat(100_000)}Support 24/7.`)).toEqual([['availability', 1, 200_009]]);
    expect(placed(`${'- '.repeat(100_000)}Support 24/7.`)).toEqual([['availability', 1, 200_009]]);
    expect(placed(`${'> 1. '.repeat(50_000)}Support 24/7.`)).toEqual([['availability', 1, 250_009]]);
    expect(placed(`${'>\t'.repeat(100_000)}Support 24/7.`)).toEqual([['availability', 1, 200_009]]);
  });

  test('lines continuing a deeply nested list item still continue it, with their own positions, whatever the line endings', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = `${'- '.repeat(150)}Guaranteed delivery.${eol}${eol}${' '.repeat(300)}Support 24/7.${eol}`;
      expect(placed(text)).toEqual([['guarantee', 1, 301], ['availability', 3, 309]]);
    }
    // A continuation line indented past a line that lost both indentation and containers loses all of it, not only the containers.
    const twice = `${'- '.repeat(150)}a\n${' '.repeat(300)}${'- '.repeat(150)}Guaranteed delivery.\n\n${' '.repeat(600)}Support 24/7.\n`;
    expect(placed(twice)).toEqual([['guarantee', 2, 601], ['availability', 4, 609]]);
    // Indented less than the item's content, the line is a new paragraph at a shallower level: still found, still placed.
    expect(placed(`${'- '.repeat(150)}Guaranteed delivery.\n\n${' '.repeat(10)}Support 24/7.\n`)).toEqual([['guarantee', 1, 301], ['availability', 3, 19]]);
  });

  test('a list nested level by level, each item indented past the last, is linted with true positions', () => {
    // Every nested list's events were walked once per enclosing list: 1,000 levels took 44 s; indentation past 200 is cut before parsing.
    const lines = Array.from({ length: 500 }, (_, level) => `${' '.repeat(2 * level)}- item\n`).join('');
    expect(placed(`${lines}${' '.repeat(1000)}Support 24/7.\n`)).toEqual([['availability', 501, 1009]]);
  });

  test('thousands of lazy lines continuing a quote or a list item are linted, each on its own line', () => {
    // Each lazy line cost time in proportion to the paragraph so far: 20,000 took 9 s.
    const expected = Array.from({ length: 5000 }, (_, index) => ['availability', index + 2, 9]);
    expect(placed(`> Intro.\n${'Support 24/7.\n'.repeat(5000)}`)).toEqual(expected);
    expect(placed(`> - Intro.\r\n${'Support 24/7.\r\n'.repeat(5000)}`)).toEqual(expected);
  });

  test('lines after a quoted fence, HTML block or indented code are not lazy, and stay copy outside it', () => {
    // The opening line alone looks like paragraph text; only the parse shows the fence or HTML block opened above it.
    const after = (opener: string) => placed(`${opener}${'Support 24/7.\n'.repeat(1500)}`).length;
    expect(after('> ```\n> code\n')).toBe(1500);
    expect(after('> <div>\n> words\n')).toBe(1500);
    expect(after('-     code\n')).toBe(1500);
    expect(placed(`>     code\n${'  Support 24/7.\n'.repeat(1500)}`)).toHaveLength(1500);
  });

  test('thousands of quotes and lists closing in one long file are linted, each claim in its place', () => {
    // Each closed quote or list cost time in proportion to the file so far: 400 pages
    // joined into one file took 2.4 s to parse, and 4 MB more than ten minutes.
    const page = (index: number) => `# Plan ${index}\n\n> Support 24/7.\n\n- Item\n\nWords.\n\n`;
    const text = Array.from({ length: 4000 }, (_, index) => page(index)).join('');
    const expected = Array.from({ length: 4000 }, (_, index) => ['availability', 8 * index + 3, 11]);
    expect(placed(text)).toEqual(expected);
  });

  test('every line of a deeply nested quote is placed on its own line', () => {
    expect(placed(`${'> '.repeat(300)}Support 24/7.\n`.repeat(3))).toEqual([['availability', 1, 609], ['availability', 2, 609], ['availability', 3, 609]]);
  });

  test('an MDX syntax error after a deeply nested line is reported where it is in the file', () => {
    const [message] = lintText(`${'> '.repeat(500)}Support 24/7.\n\nText {oops\n`, { path: 'deep.mdx' }).messages;
    expect([message.ruleId, message.line, message.column, message.fatal]).toEqual(['parse-error', 3, 11, true]);
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

  test('the words that lead a trigger with a loose middle, repeated with no end: scanned once, not to the end from each', () => {
    // "Never worry about … again": searched as one expression, its loose form ran to the end of the text from each
    // "never worry about" (quadratic; 20,000 "every word" before "you'll ever need" hung this file's tests).
    const text = 'Never worry about it. '.repeat(100_000);
    expect([mayHoldClaims(text, 'text'), rulesFound(text, 'worry.txt')]).toEqual([false, []]);
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
      `24/7${' /'.repeat(20000)}`,
      // A review found these hung: three optional word slots in a loose pattern, and list items with two readings each.
      `The only ${'x'.repeat(4000)}`,
      `It is not ${'a b,'.repeat(48)} we answer 24/7.`,
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

describe('half a megabyte of words in one element', () => {
  // The converters gather an element's words with push(...words), which
  // overflowed the stack past about 100,000 words: these were parse errors.
  const words = 'We read every word &amp; more. '.repeat(20_000);
  const markdownWords = 'We read every word & more. '.repeat(22_000);
  test.each([
    ['one HTML paragraph', `<p>${words}Support 24/7.</p>`, 'long.html', 620_012],
    ['one HTML <b>', `<p><b>${words}Support 24/7.</b></p>`, 'long.html', 620_015],
    ['one Markdown **strong**', `**${markdownWords}Support 24/7.**\n`, 'long.md', 594_011],
    ['one Markdown link', `[${markdownWords}Support 24/7.](x)\n`, 'long.md', 594_010],
  ])('in %s: linted, and the claim after it found in its place', (_, text, path, column) => {
    expect(text.indexOf('24/7') + 1).toBe(column);
    expect(lintText(text, { path }).messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['availability', 1, column]]);
  });
});

describe('a long run of inline elements in one paragraph', () => {
  // Such a run was cut only at twice the chunk's size when no bare text ended a sentence, so a
  // sentence spread over two <span>s could be cut in two there, and the hedge in its first half lost.
  // Enough spans that the old cut, at twice the chunk's size, fell between "Usually we" and "reply": each weighs 29 (its text's 27 characters, one for the text node, one for the span), "Usually we " 13 and the last 23.
  const count = Math.floor((2 * TEXT_CHUNK - 13) / 29);
  const spans = '<span>Our team reads every word. </span>'.repeat(count);
  test('the spans are counted so that the old cut fell mid-sentence', () => {
    expect(29 * count + 13 + 23).toBeGreaterThan(2 * TEXT_CHUNK);
  });
  test.each([
    ['hedged: not reported', `<p>${spans}<span>Usually we </span><span>reply within an hour.</span></p>`, []],
    ['not hedged: reported in its place', `<p>${spans}<span>Then we </span><span>reply within an hour.</span></p>`, [["speed", 1, 40 * count + 37]]],
  ])('is cut between sentences: %s', (_, html, expected) => {
    if (expected.length > 0) expect(html.indexOf('within an hour') + 1).toBe(expected[0]![2]);
    expect(lintText(html, { path: 'spans.html' }).messages.map((message) => [message.ruleId, message.line, message.column])).toEqual(expected);
  });
});
