// The built CLI, spawned as a user runs it: exit codes, input modes, formats, bad input.
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync, copyFileSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BIN, ROOT, run, runJson, tempDir } from './helpers.js';

const seafood = 'examples/seafood/landing.md';
const saas = 'examples/saas/index.html';

describe('exit codes', () => {
  test('0 when nothing is wrong', () => {
    const result = run(['--text', 'Fresh bread from our bakery.']);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  test('0 with warnings only', () => {
    const result = run(['--text', 'Support 24/7.']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1:9-1:13 warning "24/7" is an unsubstantiated availability promise');
  });

  test('1 when a capabilities file contradicts the copy', () => {
    const result = run([seafood, saas]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^examples\/saas\/index\.html$/m);
    expect(result.stdout).toMatch(/^9:35-9:39 +error +"24\/7" is contradicted: support\.hours is Tue-Sun 11:00-22:00 \(examples\/seafood\/capabilities\.yml:4\); say "Tue–Sun 11:00–22:00" instead +availability +overclaim$/m);
    expect(result.stdout).toMatch(/18 messages \(✖ 13 errors, ⚠ 5 warnings\)/);
  });

  test('1 when warnings exceed --max-warnings, 0 when within', () => {
    expect(run(['--text', 'Support 24/7, guaranteed.', '--max-warnings', '1']).code).toBe(1);
    expect(run(['--text', 'Support 24/7, guaranteed.', '--max-warnings', '2']).code).toBe(0);
    const over = run(['--text', 'Support 24/7, guaranteed.', '--max-warnings', '0']);
    expect(over.stderr).toBe('overclaim: 2 warnings, more than --max-warnings 0\n');
  });

  test('2 for usage errors', () => {
    expect(run(['--format', 'xml', '--text', 'x'])).toMatchObject({ code: 2 });
    expect(run(['--bogus'])).toMatchObject({ code: 2 });
    expect(run(['--max-warnings', 'many', '--text', 'x'])).toMatchObject({ code: 2 });
  });
});

describe('input', () => {
  test('--text lints a slogan', () => {
    const { code, report } = runJson(['--text', 'Call us anytime and we reply within 5 minutes.']);
    expect(code).toBe(0);
    expect(report.files[0].path).toBe('<text>');
    expect(report.files[0].messages.map((message) => [message.ruleId, message.verdict, message.line, message.column, message.actual])).toEqual([
      ['availability', 'unsubstantiated', 1, 9, 'anytime'],
      ['speed', 'unsubstantiated', 1, 30, 'within 5 minutes'],
    ]);
    expect(report.files[0].messages[1].quantity).toEqual({ kind: 'duration', minutes: 5, text: 'within 5 minutes' });
  });

  test('piped stdin is read when no path is given', () => {
    const { code, report } = runJson([], { input: 'Plain words.\nOur team is here 24/7.\n' });
    expect(code).toBe(0);
    expect(report.files[0].path).toBe('<stdin>');
    expect(report.files[0].messages).toMatchObject([{ ruleId: 'availability', line: 2, column: 18, endLine: 2, endColumn: 22 }]);
  });

  test('piped stdin is read to its end when the writer is slow', () => {
    // A read of an empty pipe is not its end: reading stdin at once failed with EAGAIN (found by a review).
    const result = spawnSync('sh', ['-c', `{ sleep 0.3; echo 'Open 24/7'; } | "${process.execPath}" "${BIN}" --format json`], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { files: Array<{ path: string; messages: Array<{ line: number; column: number; ruleId: string }> }> };
    expect(report.files.map((file) => [file.path, file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)])).toEqual([['<stdin>', ['1:6 availability']]]);
  });

  test('"-" reads stdin beside files, and --stdin-filename picks the format', () => {
    const markdown = 'Use `24/7` in code.\n\n```\nalways available\n```\n\nWe ship same-day.\n';
    const { report } = runJson(['-', '--stdin-filename', 'page.md'], { input: markdown });
    expect(report.files[0].path).toBe('page.md');
    expect(report.files[0].messages).toMatchObject([{ ruleId: 'speed', line: 7, column: 9, actual: 'same-day' }]);
  });

  test('a directory is walked for copy files, skipping node_modules', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'docs'));
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'docs', 'a.md'), '# Always available\n');
    writeFileSync(join(dir, 'b.txt'), 'Guaranteed.\n');
    writeFileSync(join(dir, 'c.json'), '{"a": "24/7"}\n');
    writeFileSync(join(dir, 'node_modules', 'd.md'), '24/7\n');
    const { report } = runJson(['.'], { cwd: dir });
    expect(report.files.map((file) => file.path)).toEqual(['b.txt', join('docs', 'a.md')]);
  });

  test('a directory walk skips hidden files and folders, .git and symbolic links, and matches extensions as written', () => {
    const dir = tempDir();
    for (const folder of ['.github', 'docs', join('docs', '.git'), join('docs', 'deep')]) mkdirSync(join(dir, folder));
    for (const file of [join('.github', 'a.md'), join('docs', '.draft.md'), join('docs', '.git', 'b.md'), join('docs', 'c.MD'), join('docs', 'deep', 'd.html'), 'e.markdown', 'f.mdx', 'g.htm', 'h.js']) {
      writeFileSync(join(dir, file), 'Support 24/7.\n');
    }
    // A link to a parent would loop; links to files are not followed either, as a glob does not.
    symlinkSync(dir, join(dir, 'docs', 'loop'));
    symlinkSync(join(dir, 'e.markdown'), join(dir, 'link.md'));
    const { report } = runJson(['.'], { cwd: dir });
    expect(report.files.map((file) => file.path)).toEqual([join('docs', 'deep', 'd.html'), 'e.markdown', 'f.mdx', 'g.htm']);
    // The benchmark's floor must read the files overclaim lints, no more and no fewer.
    const floor = spawnSync(process.execPath, [join(ROOT, 'scripts', 'floor.mjs'), dir], { encoding: 'utf8' });
    expect(floor.stderr).toBe('');
    expect(JSON.parse(floor.stdout)).toEqual({ files: 4, bytes: 4 * 'Support 24/7.\n'.length, matches: 4 });
  });

  test('globs are expanded', () => {
    const { report } = runJson(['examples/**/*.html']);
    expect(report.files.map((file) => file.path)).toEqual(['examples/saas/index.html']);
  });
});

describe('output', () => {
  test('--format json has the documented shape', () => {
    const { report } = runJson([seafood]);
    expect(report).toMatchObject({ version: 1, tool: { name: 'overclaim' }, errorCount: 6, warningCount: 0, infoCount: 0 });
    expect(report.files[0].messages[1]).toEqual({
      ruleId: 'availability',
      verdict: 'contradicted',
      severity: 'error',
      message: '"24/7" is contradicted: support.hours is Tue-Sun 11:00-22:00 (examples/seafood/capabilities.yml:4); say "Tue–Sun 11:00–22:00" instead',
      line: 9,
      column: 35,
      endLine: 9,
      endColumn: 39,
      actual: '24/7',
      expected: ['Tue–Sun 11:00–22:00'],
      declared: 'support.hours is Tue-Sun 11:00-22:00',
      declaredAt: 'examples/seafood/capabilities.yml:4',
      quantity: null,
      fixable: true,
    });
  });

  test('--quiet shows errors only', () => {
    const result = run([saas, '--quiet']);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('warning');
    expect(result.stdout).toContain('error');
  });

  test('--rule turns a rule off or changes its severity', () => {
    const off = runJson(['--text', 'Support 24/7, guaranteed.', '--rule', 'availability=off']);
    expect(off.report.files[0].messages.map((message) => message.ruleId)).toEqual(['guarantee']);
    const strict = runJson(['--text', 'Support 24/7.', '--rule', 'availability=error']);
    expect(strict.code).toBe(1);
    expect(strict.report.files[0].messages[0]).toMatchObject({ severity: 'error', verdict: 'unsubstantiated' });
  });

  test('--no-color and non-TTY output carry no escape codes', () => {
    expect(run([seafood, '--no-color']).stdout).not.toContain('\u001b[');
  });

  test('--version and --help exit 0', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    expect(run(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--max-warnings <n>');
    // Defaults are shown in the unit the option takes.
    expect(help.stdout).toMatch(/many megabytes \(default:\s+5\)/);
    expect(help.stdout).not.toContain('default: []');
  });

  test('explain prints what a rule catches and better copy', () => {
    const result = run(['explain', 'availability']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^availability: Always-on service/);
    expect(result.stdout).toContain('  bad:    Call us anytime.');
    expect(run(['explain']).stdout).toContain('offering');
  });
});

describe('bad input: one clear line, exit 2', () => {
  test.each([
    [['missing.md'], 'overclaim: missing.md: no such file or directory\n'],
    [['nothing/**/*.md'], 'overclaim: nothing/**/*.md: no files match this glob\n'],
    [['--rule', 'availabilty=off', '--text', 'x'], 'overclaim: unknown rule "availabilty" in --rule availabilty=off; did you mean "availability"? (rules: completeness, availability, speed, guarantee, perfection, superlative, unlimited, offering)\n'],
    [['--rule', 'speed=loud', '--text', 'x'], 'overclaim: unknown severity "loud" in --rule speed=loud (use off, info, warning, error)\n'],
    [['--rule', 'speed', '--text', 'x'], 'overclaim: --rule expects <id>=<severity>, got "speed"\n'],
    [['explain', 'speedy'], 'overclaim: unknown rule "speedy" in explain; did you mean "speed"? (rules: completeness, availability, speed, guarantee, perfection, superlative, unlimited, offering)\n'],
    [['--text', 'x', 'file.md'], 'overclaim: give either --text or paths, not both\n'],
  ])('%j', (args, stderr) => {
    const result = run(args);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr });
  });

  test('a directory with no lintable files', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'data.json'), '{}');
    expect(run(['.'], { cwd: dir })).toMatchObject({ code: 2, stderr: '.: no lintable files in this directory (looked for .md, .markdown, .mdx, .html, .htm, .txt)\n'.replace(/^/, 'overclaim: ') });
  });

  test('a binary file is a file-level error; the other files are still linted', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'logo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, 'copy.md'), 'We are open 24/7.\n');
    const { code, report } = runJson(['logo.md', 'copy.md'], { cwd: dir });
    expect(code).toBe(2);
    expect(report.files[0]).toMatchObject({ path: 'logo.md', errorCount: 1, messages: [{ ruleId: null, severity: 'error', message: 'binary file (a NUL byte at byte 4), not linted' }] });
    expect(report.files[1].messages).toMatchObject([{ ruleId: 'availability', line: 1, column: 13 }]);
  });

  test('invalid UTF-8 names the position, in the words and as the message\'s place', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Fine line\nCaf'), Buffer.from([0xe9]), Buffer.from(' open 24/7\n')]));
    const result = run(['latin1.txt', '--no-color'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^latin1\.txt\n2:4\s+error\s+invalid UTF-8 at 2:4 \(byte 13\), not linted/m);
    // Editors and CI annotations read the place, not the words (it was 1:1: found by a review).
    const { report } = runJson(['latin1.txt'], { cwd: dir });
    expect(report.files[0].messages).toMatchObject([{ severity: 'error', line: 2, column: 4, message: 'invalid UTF-8 at 2:4 (byte 13), not linted' }]);
  });

  test('a file over --max-file-size is a file-level error; the others are still linted', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'dump.txt'), 'x'.repeat(2 * 1024 * 1024));
    writeFileSync(join(dir, 'copy.md'), 'We are open 24/7.\n');
    const { code, report } = runJson(['dump.txt', 'copy.md', '--max-file-size', '1'], { cwd: dir });
    expect(code).toBe(2);
    expect(report.files[0].messages).toMatchObject([{ severity: 'error', message: 'larger than --max-file-size (2.0 MB > 1.0 MB), not linted' }]);
    expect(report.files[1].messages).toMatchObject([{ ruleId: 'availability' }]);
    expect(run(['copy.md', '--max-file-size', 'big'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'overclaim: --max-file-size expects a number of megabytes, got "big"\n' });
  });

  test('never writes to the files it lints', () => {
    const dir = tempDir();
    copyFileSync(join(ROOT, seafood), join(dir, 'landing.md'));
    const before = statSync(join(dir, 'landing.md')).mtimeMs;
    run(['landing.md', '--format', 'json'], { cwd: dir });
    expect(readdirSync(dir)).toEqual(['landing.md']);
    expect(statSync(join(dir, 'landing.md')).mtimeMs).toBe(before);
    expect(readFileSync(join(dir, 'landing.md'), 'utf8')).toBe(readFileSync(join(ROOT, seafood), 'utf8'));
  });
});
