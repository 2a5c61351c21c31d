// The HTML report without a browser: escaping, positions over CRLF and
// across lines, overlapping claims, files that could not be read. The
// rendered page itself is checked in Chromium by browser.test.ts.
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { parseCapabilities } from '../src/capabilities/load.js';
import { lintText } from '../src/lint.js';
import { escapeHtml, htmlReport, lineStarts } from '../src/report/html.js';
import { run } from './helpers.js';

const capabilities = parseCapabilities('support:\n  hours: Mon-Fri 09:00-17:00\n', 'capabilities.yml');
const report = (files: VFile[]) => htmlReport(files, { version: '0.0.0-test' });

/** The marks of a report as [class, text]. */
function marks(html: string): Array<[string, string]> {
  return [...html.matchAll(/<mark class="claim ([^"]+)"[^>]*>([^<]*)<\/mark>/g)].map((match) => [match[1], match[2]]);
}

describe('--format html', () => {
  test('escapes the copy, the path and every message', () => {
    const file = lintText('<script>alert("owned")</script> We answer 24/7 & "always" <b>.', { path: 'a<b>&"c".txt', capabilities });
    const html = report([file]);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt; We answer <mark class="claim v-contradicted"');
    expect(html).toContain('<code>a&lt;b&gt;&amp;&quot;c&quot;.txt</code>');
    // One script: the report's own.
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(marks(html)).toContainEqual(['v-contradicted', '24/7']);
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });

  test('is self-contained: no URL to load anything from', () => {
    const html = report([lintText('We answer 24/7.', { path: 'page.txt', capabilities })]);
    expect(html).not.toMatch(/\b(src|href)="(?!#)/);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });

  test('places claims right after CRLF line breaks', () => {
    const file = lintText('First line.\r\nWe answer 24/7.\r\n', { path: 'page.txt', capabilities });
    const html = report([file]);
    expect(marks(html)).toEqual([['v-contradicted', '24/7']]);
    expect(html).toMatch(/<span class="ln">2<\/span><code class="src">We answer <mark/);
    expect(lineStarts('a\r\nb\nc\rd')).toEqual([0, 3, 5, 7]);
  });

  test('splits a claim across lines and shows the worst verdict where claims overlap', () => {
    const file = new VFile({ value: 'one two\nthree four', path: 'page.txt' });
    const add = (reason: string, start: [number, number], end: [number, number], verdict: string, fatal: boolean | undefined) => {
      const message = file.message(reason, { place: { start: { line: start[0], column: start[1] }, end: { line: end[0], column: end[1] } }, ruleId: 'speed', source: 'overclaim' });
      message.fatal = fatal;
      Object.assign(message, { verdict });
    };
    add('spans two lines', [1, 5], [2, 6], 'puffery', undefined);
    add('inside it', [2, 1], [2, 6], 'contradicted', true);
    const html = report([file]);
    expect(marks(html)).toEqual([
      ['v-puffery', 'two'],
      ['v-contradicted', 'three'],
    ]);
    // Each claim's tag follows its end; both end after "three".
    expect(html).toMatch(/three<\/mark><a class="tag v-puffery" href="#file-1-finding-1">.*?<a class="tag v-contradicted" href="#file-1-finding-2">/);
    expect(html).toContain('aria-describedby="file-1-finding-1 file-1-finding-2"');
  });

  test('a file that could not be read is reported, without copy', () => {
    const file = new VFile({ value: '', path: 'binary.md' });
    file.message('binary file: not copy').fatal = true;
    const html = report([file]);
    expect(html).toContain('not linted</span> binary file: not copy');
    expect(html).not.toContain('class="copy"');
  });

  test('a file with nothing to report keeps its copy folded away', () => {
    const html = report([lintText('Fresh fish.', { path: 'quiet.txt', capabilities })]);
    expect(html).toContain('<details><summary>Show the copy (nothing to report)</summary>');
    expect(html).toContain('1 file, 0 findings');
  });

  test('is a format the CLI offers', () => {
    const help = run(['--help']);
    expect(help.stdout).toMatch(/"html"/);
  });
});
