// Property tests: random copy in every format never crashes the linter, every
// message points inside the file at its own words, results are stable, and
// random capabilities files are accepted or rejected with a positioned line.
// The suite runs a bounded count with a fixed seed; `npm run fuzz` runs
// 10,000+ cases per property (FUZZ_RUNS).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseFragment } from 'parse5';
import { describe, expect, test } from 'vitest';
import { CapabilitiesError, parseCapabilities } from '../src/capabilities/load.js';
import { lint } from '../src/index.js';
import { lintText } from '../src/lint.js';
import { toJsonMessage } from '../src/report/json.js';
import { tempDir } from './helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const settings = { numRuns: RUNS, seed: SEED, endOnFailure: true };

/** Phrases that make promises, so random copy often holds claims. */
const PROMISES = ['24/7', 'around the clock', 'within 5 minutes', 'within the hour', 'guaranteed', 'no questions asked', '100% uptime', 'zero downtime', 'unlimited storage', 'the best', '#1', 'everything you need', 'same-day', 'instant', 'free forever', 'fresh caviar daily', 'almost', 'not', '?'];

/** Pieces that stress parsers and offsets: markup, line endings, invisible and right-to-left characters, emoji, astral planes. */
const AWKWARD = ['\r\n', '\r', '\n', '\n\n', '\u200b', '\u200d', '\u202e', '\u00a0', '\ufeff', '👩‍💻', '𝔘𝔫𝔩𝔦𝔪𝔦𝔱𝔢𝔡', 'שלום', 'مرحبا', '**', '_', '`', '```\n', '> ', '- ', '# ', '| a | b |\n| - | - |\n', '<p>', '</p>', '<!-- overclaim-disable -->', '<br/>', '&amp;', '&#x1F600;', '{', '}', '<Hero>', '</Hero>', '[link](https://example.com/24-7)', '---\n'];

const copy = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PROMISES) }, { weight: 3, arbitrary: fc.constantFrom(...AWKWARD) }, { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }, { weight: 2, arbitrary: fc.constantFrom(' ', '. ', ', ') }), { maxLength: 40 })
  .map((parts) => parts.join(''));

const FORMATS = ['page.txt', 'page.md', 'page.mdx', 'page.html'] as const;

/** Collapse whitespace, for comparing the words of a span with a message's `actual`. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Markup that can sit inside a word or between the words of a promise: pairs around a span, or one piece at a point. */
const SPLITTERS: Array<[string, string]> = [
  ['**', '**'], ['*', '*'], ['~~', '~~'], ['<b>', '</b>'], ['<em class="x">', '</em>'], ['[', '](https://example.com/a(b)c)'], ['[', '][ref]'], ['`', '`'],
  ['<!-- note -->', ''], ['\n', ''], ['\n> ', ''], ['  \n', ''], ['&nbsp;', ''], ['&#32;', ''], ['\\', ''], ['<br>', ''], ['[^1]', ''],
  // A literal markup character glued to a letter: the copy keeps it, so a
  // word boundary stands where the prefilter's loose text took it out.
  ['a*', ''], ['b\\', ''], ['c~', ''], ['f[', ''], ['h!', ''], ['', '*d'], ['', '\\e'], ['', ']g'],
  // Raw HTML that is not a tag: a processing instruction, a declaration, CDATA.
  ['<?p x?>', ''], ['<!x y>', ''], ['<![CDATA[ z ]]>', ''],
  // Long runs, which the prefilter makes short or parses (shortRuns, LONG_WORD).
  [' - - - - - - - - - - - ', ''], ['/ / / / / / / / / / / ', ''], [' '.repeat(20), ''], ['-'.repeat(24), '!!!!'], ['x'.repeat(260), ''],
];

/** A promise with markup pushed into it at random places ("guaran**tee**d", "Un<b>limited</b>"). */
const splitPromise = fc
  .tuple(fc.constantFrom(...PROMISES), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...SPLITTERS)), { maxLength: 2 }))
  .map(([phrase, cuts]) =>
    cuts.reduce((text, [a, b, [open, close]]) => {
      const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
      return text.slice(0, from) + open + text.slice(from, to) + close + text.slice(to);
    }, phrase),
  );

describe.each(['page.txt', 'page.md', 'page.html'] as const)('the prefilter (%s)', (path) => {
  test('never hides a claim: the same messages with and without it', () => {
    // One promise, marked up, among text with no other: if the prefilter
    // misses it, the whole file is skipped and the difference shows.
    const neutral = fc.array(fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom(' ', '. ', '\n\n')), { maxLength: 4 }).map((parts) => parts.join(''));
    const text = fc.tuple(neutral, splitPromise, neutral).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (source) => {
        const shown = (noPrefilter: boolean) => lintText(source, { path, noPrefilter }).messages.map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.reason}`);
        expect(shown(false)).toEqual(shown(true));
      }),
      { ...settings, numRuns: RUNS * 5 },
    );
  });
});

describe.each(FORMATS)('%s', (path) => {
  test('random copy never throws, and every message lies inside the file', () => {
    fc.assert(
      fc.property(copy, (text) => {
        const file = lintText(text, { path });
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const message of file.messages) {
          const json = toJsonMessage(message);
          expect(json.line).toBeGreaterThanOrEqual(1);
          expect(json.endLine).toBeLessThanOrEqual(lines);
          const place = message.place;
          if (!place || !('start' in place) || json.ruleId === 'parse-error') continue;
          const start = place.start.offset ?? -1;
          const end = place.end.offset ?? -1;
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(end).toBeGreaterThan(start);
          if (!json.actual) continue;
          // The span starts with the claim's first word and ends with its last
          // character: it points at the words, whatever markup sits between
          // them (markup can glue words: "storage[link](…)the").
          const span = text.slice(start, end);
          const actual = words(json.actual);
          expect(span.startsWith(actual.split(' ')[0])).toBe(true);
          expect(span.endsWith(actual.at(-1) ?? '')).toBe(true);
          if (path === 'page.txt') expect(words(span)).toBe(words(json.actual));
        }
      }),
      settings,
    );
  });

  test('the same copy gives the same messages every time', () => {
    fc.assert(
      fc.property(copy, (text) => {
        const once = lintText(text, { path }).messages.map(toJsonMessage);
        const again = lintText(text, { path }).messages.map(toJsonMessage);
        expect(again).toEqual(once);
      }),
      settings,
    );
  });
});

/** What makes an HTML page's text differ from its source: references (some without ";"), tags the parser drops, text it moves out of a table, CR LF. */
const HTML_PIECES = ['&#50;', '&#x34;', '&eacute;', '&notit;', '&amp', '&lt;', '<span>', '</span>', '</Hero>', '<html>', '</html>', '<!-- c -->', '<!-- a > b -->', '<table>', '<td>', '</td>', '\r\n', '\r', ' '];

const htmlCopy = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PROMISES) }, { weight: 2, arbitrary: splitPromise }, { weight: 3, arbitrary: fc.constantFrom(...HTML_PIECES) }, { weight: 1, arbitrary: fc.constantFrom(...AWKWARD) }), { maxLength: 30 })
  .map((parts) => parts.join(''));

/** A span of HTML as a browser reads it, by parse5 itself: its text, a line break as a space. */
function asRead(html: string): string {
  let text = '';
  const walk = (node: { nodeName: string; value?: string; childNodes?: unknown[] }) => {
    if (node.nodeName === '#text') text += node.value;
    else if (node.nodeName === 'br') text += ' ';
    for (const child of node.childNodes ?? []) walk(child as typeof node);
  };
  walk(parseFragment(html) as unknown as Parameters<typeof walk>[0]);
  return words(text);
}

test('in HTML, every claim\'s span, read as a browser reads it, is the claim\'s words', () => {
  fc.assert(
    fc.property(htmlCopy, (text) => {
      for (const message of lintText(text, { path: 'page.html' }).messages) {
        const json = toJsonMessage(message);
        const place = message.place;
        if (!json.actual || !place || !('start' in place)) continue;
        const span = text.slice(place.start.offset ?? 0, place.end.offset ?? 0);
        // Claims merged into one promise quote the source between them as written.
        if (json.actual !== span) expect(asRead(span)).toBe(words(json.actual));
      }
    }),
    settings,
  );
});

test('a file linted alone gives the same messages as in a batch, whatever the order', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(copy, { minLength: 2, maxLength: 4 }), async (texts) => {
      const dir = tempDir();
      const names = texts.map((text, index) => {
        const name = `page-${index}.md`;
        writeFileSync(join(dir, name), text);
        return name;
      });
      const batch = await lint([...names].reverse(), { cwd: dir });
      for (const name of names) {
        const alone = await lint([name], { cwd: dir });
        expect(batch.files.find((file) => file.path === name)?.messages).toEqual(alone.files[0].messages);
      }
    }),
    { ...settings, numRuns: Math.max(5, Math.round(RUNS / 10)) },
  );
});

/** Random YAML built from real keys and wrong values, so both outcomes happen. */
const capabilitiesYaml = fc
  .array(
    fc.tuple(
      fc.constantFrom('business', 'support', 'support.hours', 'support.first_response', 'uptime', 'limits.storage', 'offerings.complete', 'refunds.window', 'evidence', 'suport', 'pricing.free_trial'),
      fc.oneof(fc.constantFrom('24/7', 'Mon-Fri 09:00-17:00', '4h', '24 hours', '99.9%', '101%', 'true', 'maybe', '[a, b]', '{', '- claim: x', '2TB', '"'), fc.string({ unit: 'binary', maxLength: 8 })),
    ),
    { maxLength: 8 },
  )
  .map((pairs) =>
    pairs
      .map(([key, value]) => {
        const [top, inner] = key.split('.');
        return inner ? `${top}:\n  ${inner}: ${value}` : `${top}: ${value}`;
      })
      .join('\n'),
  );

test('random capabilities files are accepted, or rejected with every problem on a positioned line', () => {
  fc.assert(
    fc.property(capabilitiesYaml, fc.constantFrom('capabilities.yml', 'capabilities.json'), (text, name) => {
      try {
        parseCapabilities(text, name);
      } catch (error) {
        expect(error).toBeInstanceOf(CapabilitiesError);
        for (const problem of (error as CapabilitiesError).problems) expect(problem).toMatch(new RegExp(`^${name.replace('.', '\\.')}:\\d+:\\d+: \\S`));
      }
    }),
    settings,
  );
});
