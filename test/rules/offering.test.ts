// offering: a named thing is promised ("fresh caviar daily", "always in
// stock"); with capabilities, any mention of an item declared not offered.
import { describe, expect, test } from 'vitest';
import { capabilities, expectOneFinding, findings, type Flag, type NearMiss } from './helpers.js';

describe('offering flags promises that goods are always there', () => {
  test.each<Flag>([
    { text: 'Fresh caviar daily.', line: 1, column: 1, endColumn: 19, actual: 'Fresh caviar daily' },
    { text: 'Try our fresh oysters on Fridays.', line: 1, column: 9, endColumn: 33, actual: 'fresh oysters on Fridays' },
    { text: 'Always in stock.', line: 1, column: 1, endColumn: 16, actual: 'Always in stock' },
    // "Fresh" and the schedule apart.
    { text: 'Every day, we bake freshly in-house.', line: 1, column: 15, endColumn: 27, actual: 'bake freshly' },
    { text: 'As always, the bread is baked fresh that day.', line: 1, column: 25, endColumn: 36, actual: 'baked fresh' },
    { text: 'We never run out of bait.', line: 1, column: 4, endColumn: 17, actual: 'never run out' },
    { text: 'Our bakery.\nFresh bread every morning.', line: 2, column: 1, endColumn: 26, actual: 'Fresh bread every morning' },
    { text: 'We always have your size.', line: 1, column: 1, endColumn: 15, actual: 'We always have' },
    { text: 'Fresh sushi every day.', line: 1, column: 1, endColumn: 22, actual: 'Fresh sushi every day' },
    { text: 'Bread baked fresh daily.', line: 1, column: 7, endColumn: 24, actual: 'baked fresh daily' },
    { text: 'Our stock never runs out.', line: 1, column: 11, endColumn: 25, actual: 'never runs out' },
    { text: '## Menu\n\n*Fresh lobster on Saturdays*', path: 'x.md', line: 3, column: 2, endColumn: 28, actual: 'Fresh lobster on Saturdays' },
    { text: '<section>\n  <p>Always in stock, always fresh.</p>\n</section>', path: 'x.html', line: 2, column: 6, endColumn: 21, actual: 'Always in stock' },
  ])('$text', (flag) => expectOneFinding('offering', flag));
});

describe('offering leaves qualified wording and code alone', () => {
  test.each<NearMiss>([
    { why: 'negation', text: 'Not always in stock.' },
    { why: 'fresh with no schedule', text: 'We bake fresh bread.' },
    { why: 'how it is served, not what is made daily', text: 'Everything under the sea, served fresh every day.' },
    { why: 'a fresh install, not goods', text: 'Run a fresh install every day in CI.' },
    { why: 'negation', text: "It isn't always in stock." },
    { why: 'hedge', text: 'Usually in stock.' },
    { why: 'hedge', text: 'Most sizes are always in stock.' },
    { why: 'question', text: 'Is it always in stock?' },
    { why: 'limited scope', text: 'Fresh pasta daily, while supplies last.' },
    { why: 'limited scope', text: 'Baked fresh daily, while stocks last.' },
    { why: 'inline code', path: 'x.md', text: 'Set `stock: always in stock` for pre-orders.' },
    { why: 'fenced code', path: 'x.md', text: 'Menu:\n\n```\nfresh caviar daily\n```\n' },
    { why: 'HTML comment', path: 'x.html', text: '<!-- fresh caviar daily -->\n<p>Menu.</p>' },
    { why: 'script', path: 'x.html', text: "<script>const tag = 'always in stock';</script>\n<p>Menu.</p>" },
  ])('$why: $text', ({ text, path }) => {
    expect(findings('offering', text, { path })).toEqual([]);
  });
});

describe('offering against capabilities', () => {
  const grill = capabilities(`business: Under the Sea Grill
offerings:
  complete: false
  items: [salmon, tuna, oysters, lobster]
  not_offered: [caviar]
`);

  test('an item declared not offered is contradicted, with the first offered item as the rewrite', () => {
    expect(findings('offering', 'Try our fresh caviar on Fridays.', { capabilities: grill })).toEqual([
      expect.objectContaining({
        verdict: 'contradicted',
        severity: 'error',
        line: 1,
        column: 9,
        endColumn: 32,
        message: '"fresh caviar on Fridays" is contradicted: caviar is in offerings.not_offered (capabilities.yml:5); say "fresh salmon on Fridays" instead',
        expected: ['fresh salmon on Fridays'],
        declaredAt: 'capabilities.yml:5',
      }),
    ]);
  });

  test('any mention of a not-offered item is a promise of it', () => {
    expect(findings('offering', "Tonight's menu.\nCaviar and oysters, shucked to order.", { capabilities: grill })).toEqual([
      expect.objectContaining({
        verdict: 'contradicted',
        line: 2,
        column: 1,
        endColumn: 7,
        message: '"Caviar" is contradicted: caviar is in offerings.not_offered (capabilities.yml:5); say "salmon" instead',
        expected: ['salmon'],
        declaredAt: 'capabilities.yml:5',
      }),
    ]);
  });

  test.each([
    'No caviar here.',
    "We don't serve caviar.",
    'Do you serve caviar?',
    'Tins at https://example.com/caviar-tins from our partner.',
    'Write to caviar@example.com for partner tins.',
  ])('a denial, a question, a URL or an address is no promise: %s', (text) => {
    expect(findings('offering', text, { capabilities: grill })).toEqual([]);
  });

  test('a declared item backs the promise: not reported, info with verbose', () => {
    const text = 'Fresh oysters daily.';
    expect(findings('offering', text, { capabilities: grill })).toEqual([]);
    expect(findings('offering', text, { capabilities: grill, verbose: true })).toEqual([
      expect.objectContaining({
        verdict: 'substantiated',
        severity: 'info',
        column: 1,
        endColumn: 20,
        message: '"Fresh oysters daily" is backed: oysters is in offerings.items (capabilities.yml:4)',
        declaredAt: 'capabilities.yml:4',
      }),
    ]);
  });
});
