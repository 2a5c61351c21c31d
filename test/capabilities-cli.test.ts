// The capabilities file as a user meets it through the CLI: discovery,
// --capabilities, a broken file stopping the run, and `overclaim init`.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, run, runJson, tempDir } from './helpers.js';

/** A business that really can keep the examples' promises. */
const GENEROUS = `business: Everything Co
support:
  hours: 24/7
  channels: [email, chat, phone]
  first_response: 10m
uptime: 100%
limits:
  storage: unlimited
offerings:
  complete: true
`;

function exampleCopyIn(dir: string) {
  copyFileSync(join(ROOT, 'examples/seafood/landing.md'), join(dir, 'landing.md'));
  copyFileSync(join(ROOT, 'examples/saas/index.html'), join(dir, 'index.html'));
}

describe('a capabilities file that backs the promises', () => {
  test('24/7, 10-minute replies, complete offerings, 100% uptime and unlimited storage are substantiated and not reported', () => {
    const dir = tempDir();
    exampleCopyIn(dir);
    writeFileSync(join(dir, 'capabilities.yml'), GENEROUS);
    const { code, report } = runJson(['landing.md', 'index.html'], { cwd: dir });
    const reported = report.files.flatMap((file) => file.messages.map((message) => `${file.path}:${message.line} ${message.ruleId} ${message.verdict} ${message.actual}`));
    expect(reported).toEqual([
      // Nothing declares refunds, evidence for rankings, setup time or the caviar.
      'landing.md:11 guarantee unsubstantiated Your money back, guaranteed, no questions asked',
      'landing.md:13 superlative puffery the best',
      'landing.md:15 offering unsubstantiated fresh caviar on Fridays',
      'index.html:4 perfection unsubstantiated never lets you down',
      'index.html:5 speed unsubstantiated instant',
      'index.html:11 speed unsubstantiated instant',
      'index.html:12 superlative unsubstantiated fastest',
      'index.html:14 superlative unsubstantiated most secure',
    ]);
    expect(code).toBe(0);
  });

  test('--verbose lists them as substantiated, with where they are declared', () => {
    const dir = tempDir();
    exampleCopyIn(dir);
    writeFileSync(join(dir, 'capabilities.yml'), GENEROUS);
    const { report } = runJson(['index.html', '--verbose'], { cwd: dir });
    const backed = report.files[0].messages.filter((message) => message.verdict === 'substantiated');
    expect(backed.map((message) => `${message.line} ${message.ruleId} ${message.actual} ${message.declaredAt}`)).toEqual([
      '5 unlimited Unlimited storage capabilities.yml:8',
      '5 perfection 100% uptime capabilities.yml:6',
      '9 availability always available capabilities.yml:6',
      '10 unlimited unlimited storage capabilities.yml:8',
      '10 perfection zero downtime capabilities.yml:6',
      '11 speed within 15 minutes capabilities.yml:5',
      '11 availability 24/7 capabilities.yml:3',
    ]);
    expect(backed.every((message) => message.severity === 'info')).toBe(true);
  });
});

describe('discovery', () => {
  function tree() {
    const dir = tempDir();
    mkdirSync(join(dir, 'site', 'blog'), { recursive: true });
    writeFileSync(join(dir, 'capabilities.yml'), 'support:\n  hours: Mon-Fri 09:00-17:00\n');
    writeFileSync(join(dir, 'site', 'blog', 'capabilities.yaml'), 'support:\n  hours: 24/7\n');
    writeFileSync(join(dir, 'site', 'home.md'), 'Support 24/7.\n');
    writeFileSync(join(dir, 'site', 'blog', 'post.md'), 'Support 24/7.\n');
    return dir;
  }

  test('the nearest file wins, a parent folder is searched', () => {
    const dir = tree();
    const { report } = runJson(['site'], { cwd: dir, });
    expect(report.files.map((file) => [file.path, file.messages.map((message) => message.verdict)])).toEqual([
      [join('site', 'blog', 'post.md'), []],
      [join('site', 'home.md'), ['contradicted']],
    ]);
    expect(report.files[1].messages[0].declaredAt).toBe('capabilities.yml:2');
  });

  test('--capabilities applies one file to every linted file', () => {
    const dir = tree();
    const { report } = runJson(['site', '--capabilities', 'site/blog/capabilities.yaml'], { cwd: dir });
    expect(report.files.map((file) => file.messages.length)).toEqual([0, 0]);
  });

  test('with no file anywhere, the core verdicts apply', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'page.md'), 'Support 24/7.\n');
    const { code, report } = runJson(['page.md'], { cwd: dir });
    expect(code).toBe(0);
    expect(report.files[0].messages).toMatchObject([{ ruleId: 'availability', verdict: 'unsubstantiated', severity: 'warning' }]);
  });
});

describe('a broken capabilities file stops the run before anything is linted', () => {
  test.each([
    ['capabilities.yml', 'support:\n  first_response: 24 hours\n', 'overclaim: capabilities.yml:2:19: support.first_response: expected a duration like 30m, 24h or 2d, got "24 hours"\n'],
    ['capabilities.yml', 'suport:\n  hours: 24/7\n', 'overclaim: capabilities.yml:1:1: suport: unknown key; did you mean "support"?\n'],
    ['capabilities.json', '{"uptime": "99.9%",}\n', expect.stringMatching(/^overclaim: capabilities\.json:1:19: /)],
  ])('%s: %j', (name, content, stderr) => {
    const dir = tempDir();
    writeFileSync(join(dir, name), content);
    writeFileSync(join(dir, 'page.md'), 'Support 24/7.\n');
    const result = run(['page.md'], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr });
  });

  test('--capabilities naming a missing file', () => {
    const result = run(['--capabilities', 'nope.yml', '--text', 'Support 24/7.']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^overclaim: nope\.yml: /);
  });
});

describe('overclaim init', () => {
  test('writes a commented capabilities.yml that the linter then uses', () => {
    const dir = tempDir();
    const result = run(['init'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stdout: 'wrote capabilities.yml: fill it in with what you can really deliver\n' });
    expect(readFileSync(join(dir, 'capabilities.yml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=/);
    const { code, report } = runJson(['--text', 'Support 24/7.', '--capabilities', 'capabilities.yml'], { cwd: dir });
    expect(code).toBe(1);
    expect(report.files[0].messages[0].verdict).toBe('contradicted');
  });

  test('refuses to overwrite an existing file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'capabilities.yml'), 'uptime: 99%\n');
    const result = run(['init'], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'overclaim: capabilities.yml already exists in .; not overwriting it\n' });
    expect(readFileSync(join(dir, 'capabilities.yml'), 'utf8')).toBe('uptime: 99%\n');
  });
});
