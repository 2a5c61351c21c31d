// --fix and --fix-dry-run: only safe rewrites, atomic writes, nothing else touched.
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BIN, ROOT, run, runJson, tempDir } from './helpers.js';

function saasCopy(): string {
  const dir = tempDir();
  for (const name of ['index.html', 'capabilities.yml']) copyFileSync(join(ROOT, 'examples/saas', name), join(dir, name));
  return dir;
}

describe('--fix-dry-run', () => {
  test('prints a unified diff of the safe rewrites and changes nothing', () => {
    const dir = saasCopy();
    const before = readFileSync(join(dir, 'index.html'), 'utf8');
    const result = run(['index.html', '--fix-dry-run'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--- a/index.html\n+++ b/index.html\n');
    expect(result.stdout).toContain('\n-  <p>Setup is instant, and our engineers answer every ticket within 15 minutes, 24/7.</p>\n');
    expect(result.stdout).toContain('\n+  <p>Setup is instant, and our engineers answer every ticket within 4 hours, Mon–Fri 08:00–20:00.</p>\n');
    expect(result.stdout).toContain('\n+  <meta name="description" content="2TB of storage, instant setup and 99.9% uptime for every team.">\n');
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(before);
  });
});

describe('--fix', () => {
  test('rewrites only the fixable claims, keeps mode and CRLF line endings, reports the rest', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'capabilities.yml'), 'support:\n  hours: Mon-Fri 09:00-17:00\n  first_response: 4h\nuptime: 99.9%\n');
    writeFileSync(join(dir, 'page.md'), 'We reply within the hour.\r\nThe best team, with 100% uptime.\r\nInstant answers.\r\n');
    chmodSync(join(dir, 'page.md'), 0o640);
    const { code, report, stderr } = runJson(['page.md', '--fix'], { cwd: dir });
    expect(stderr).toBe('overclaim: fixed 2 claims in 1 file\n');
    expect(readFileSync(join(dir, 'page.md'), 'utf8')).toBe('We reply within 4 hours.\r\nThe best team, with 99.9% uptime.\r\nInstant answers.\r\n');
    expect(statSync(join(dir, 'page.md')).mode & 0o777).toBe(0o640);
    // "instant" is contradicted too, but "within 4 hours answers" would not read: it stays a finding.
    expect(report.files[0].messages.map((message) => `${message.ruleId} ${message.verdict} ${message.fixable}`)).toEqual(['superlative puffery false', 'speed contradicted false']);
    expect(code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['capabilities.yml', 'page.md']);
  });

  test('a claim whose span holds markup is not rewritten, which would leave a marker or a tag unclosed', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'capabilities.yml'), 'support:\n  hours: Mon-Fri 09:00-17:00\n');
    // Joined across emphasis, holding the opener of a pair it ends inside, and three claims joined (found by a review).
    const markdown = ['Open 24/7, 365 days a year.', 'We are open **24/7**, 365 days a year.', 'We are open **24/7, 365** days a year.', 'We are open **365 days** a year.', 'We are **open year-round**, open year round, 24/7.'];
    writeFileSync(join(dir, 'page.md'), `${markdown.join('\n\n')}\n`);
    writeFileSync(join(dir, 'page.html'), '<p>We are open <b>24/7, 365</b> days a year.</p>\n');
    const { report, stderr } = runJson(['page.md', 'page.html', '--fix'], { cwd: dir });
    expect(stderr).toBe('overclaim: fixed 1 claim in 1 file\n');
    expect(readFileSync(join(dir, 'page.md'), 'utf8')).toBe(`${['Open Mon–Fri 09:00–17:00.', ...markdown.slice(1)].join('\n\n')}\n`);
    expect(readFileSync(join(dir, 'page.html'), 'utf8')).toBe('<p>We are open <b>24/7, 365</b> days a year.</p>\n');
    const shown = (path: string) => report.files.find((file) => file.path === path)!.messages.map((message) => `${message.line}:${message.column} ${message.fixable} ${message.actual}`);
    expect(shown('page.md')).toEqual(['3:15 false 24/7, 365 days a year', '5:15 false 24/7, 365 days a year', '7:15 false 365 days a year', '9:10 false open year-round, open year round, 24/7']);
    expect(shown('page.html')).toEqual(['1:19 false 24/7, 365 days a year']);
  });

  // Found by a review (helper 92).
  test('writes through a symbolic link and to every hard link, and keeps a byte-order mark', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'capabilities.yml'), 'support:\n  hours: Mon-Fri 09:00-17:00\n');
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'target.md'), 'Open 24/7.\n');
    symlinkSync(join('real', 'target.md'), join(dir, 'link.md'));
    writeFileSync(join(dir, 'one.md'), 'Open 24/7.\n');
    linkSync(join(dir, 'one.md'), join(dir, 'two.md'));
    writeFileSync(join(dir, 'bom.md'), '\uFEFFOpen 24/7.\n');
    const result = run(['link.md', 'one.md', 'bom.md', '--fix'], { cwd: dir });
    expect(result.stderr).toBe('overclaim: fixed 3 claims in 3 files\n');
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real', 'target.md'), 'utf8')).toBe('Open Mon–Fri 09:00–17:00.\n');
    expect(readFileSync(join(dir, 'two.md'), 'utf8')).toBe('Open Mon–Fri 09:00–17:00.\n');
    expect(readFileSync(join(dir, 'bom.md'), 'utf8')).toBe('\uFEFFOpen Mon–Fri 09:00–17:00.\n');
  });

  test('a read-only file stops the run before any file is written', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'capabilities.yml'), 'support:\n  hours: Mon-Fri 09:00-17:00\n');
    writeFileSync(join(dir, 'a.md'), 'Open 24/7.\n');
    writeFileSync(join(dir, 'locked.md'), 'Open 24/7.\n');
    chmodSync(join(dir, 'locked.md'), 0o444);
    const result = run(['a.md', 'locked.md', '--fix'], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'overclaim: locked.md: cannot write the fix: the file is read-only\n' });
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('Open 24/7.\n');
  });

  test('the report and the exit code speak of the text as fixed (or, for a dry run, as it would be)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'capabilities.yml'), 'uptime: 99.5%\nofferings:\n  complete: false\n  items: [a]\n');
    // Two rules read "100% uptime"; once one rewrites it, the other's finding is gone with it.
    writeFileSync(join(dir, 'uptime.md'), 'We guarantee 100% uptime.\n');
    expect(run(['uptime.md', '--fix-dry-run'], { cwd: dir }).code).toBe(0);
    const fixed = runJson(['uptime.md', '--fix'], { cwd: dir });
    expect(fixed.code).toBe(0);
    expect(fixed.report.files[0].messages).toEqual([]);
    expect(readFileSync(join(dir, 'uptime.md'), 'utf8')).toBe('We guarantee 99.5% uptime.\n');
    // Nothing to rewrite, and an error left: a dry run says so by its exit code.
    writeFileSync(join(dir, 'all.md'), 'Everything you need.\n');
    expect(run(['all.md', '--fix-dry-run'], { cwd: dir })).toMatchObject({ code: 1, stdout: '' });
  });

  test('a file with nothing to fix is not written', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'page.md'), 'Support 24/7.\n');
    const before = statSync(join(dir, 'page.md')).mtimeMs;
    run(['page.md', '--fix'], { cwd: dir });
    expect(statSync(join(dir, 'page.md')).mtimeMs).toBe(before);
  });

  test('killed between writing and renaming, the original file is intact', async () => {
    const dir = saasCopy();
    const before = readFileSync(join(dir, 'index.html'), 'utf8');
    const child = spawn(process.execPath, [BIN, 'index.html', '--fix'], { cwd: dir, env: { ...process.env, OVERCLAIM_TEST_PAUSE_BEFORE_RENAME: '20000' } });
    // Wait until the temporary file exists: the write is done, the rename is not.
    await expect.poll(() => readdirSync(dir).some((name) => name.endsWith('.tmp')), { timeout: 15_000, interval: 50 }).toBe(true);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(before);
  });
});
