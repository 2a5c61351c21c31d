// Bad input across the CLI: each case's exit code and exact message, and
// never a stack trace.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { BIN, ROOT, run, tempDir } from './helpers.js';

interface Case {
  name: string;
  args: string[];
  files?: Record<string, string | Buffer>;
  code: number;
  /** Exact stderr. */
  stderr?: string;
  /** A line the report (stdout, --no-color) must contain. */
  stdout?: RegExp;
}

const CASES: Case[] = [
  { name: 'missing file', args: ['missing.md'], code: 2, stderr: 'overclaim: missing.md: no such file or directory\n' },
  { name: 'glob matching nothing', args: ['docs/**/*.md'], code: 2, stderr: 'overclaim: docs/**/*.md: no files match this glob\n' },
  { name: 'directory without copy', args: ['data'], files: { 'data/a.json': '{}' }, code: 2, stderr: 'overclaim: data: no lintable files in this directory (looked for .md, .markdown, .mdx, .html, .htm, .txt)\n' },
  { name: 'unknown rule', args: ['--rule', 'speedy=off', '--text', 'x'], code: 2, stderr: 'overclaim: unknown rule "speedy" in --rule speedy=off; did you mean "speed"? (rules: completeness, availability, speed, guarantee, perfection, superlative, unlimited, offering)\n' },
  { name: 'unknown severity', args: ['--rule', 'speed=fatal', '--text', 'x'], code: 2, stderr: 'overclaim: unknown severity "fatal" in --rule speed=fatal (use off, info, warning, error)\n' },
  { name: 'rule without severity', args: ['--rule', 'speed', '--text', 'x'], code: 2, stderr: 'overclaim: --rule expects <id>=<severity>, got "speed"\n' },
  { name: 'explain an unknown rule', args: ['explain', 'nope'], code: 2, stderr: 'overclaim: unknown rule "nope" in explain (rules: completeness, availability, speed, guarantee, perfection, superlative, unlimited, offering)\n' },
  { name: '--text with paths', args: ['--text', 'x', 'a.md'], code: 2, stderr: 'overclaim: give either --text or paths, not both\n' },
  { name: '--max-warnings not a number', args: ['--max-warnings', 'few', '--text', 'x'], code: 2, stderr: 'overclaim: --max-warnings expects a whole number, got "few"\n' },
  { name: '--shard out of range', args: ['--shard', '5/4', '--text', 'x'], code: 2, stderr: 'overclaim: --shard expects <k>/<n> with 1 <= k <= n, like 2/4; got "5/4"\n' },
  { name: '--threads 0', args: ['--threads', '0', '--text', 'x'], code: 2, stderr: 'overclaim: --threads expects a whole number of at least 1, got "0"\n' },
  { name: '--max-file-size not a number', args: ['--max-file-size', 'huge', '--text', 'x'], code: 2, stderr: 'overclaim: --max-file-size expects a number of megabytes, got "huge"\n' },
  {
    name: 'unknown format',
    args: ['--format', 'xml', '--text', 'x'],
    code: 2,
    stderr: "overclaim: option '-f, --format <name>' argument 'xml' is invalid. Allowed choices are stylish, json, sarif, github, html. (run overclaim --help for usage)\n",
  },
  // One line, as every other error, and exit code 2 from a subcommand too (it was 1: found by a review).
  { name: 'unknown option', args: ['--verbos'], code: 2, stderr: "overclaim: unknown option '--verbos' (Did you mean --verbose?) (run overclaim --help for usage)\n" },
  { name: 'unknown option of a subcommand', args: ['init', '--bogus'], code: 2, stderr: "overclaim: unknown option '--bogus' (run overclaim --help for usage)\n" },
  { name: 'too many arguments to a subcommand', args: ['explain', 'speed', 'guarantee'], code: 2, stderr: "overclaim: too many arguments for 'explain'. Expected 1 argument but got 2. (run overclaim --help for usage)\n" },
  { name: '--capabilities naming nothing', args: ['--capabilities', 'nope.yml', '--text', 'x'], code: 2, stderr: 'overclaim: nope.yml: cannot read: no such file (ENOENT)\n' },
  { name: 'broken capabilities', args: ['page.md'], files: { 'page.md': 'x\n', 'capabilities.yml': 'uptime: [\n' }, code: 2, stderr: expect.stringMatching(/^overclaim: capabilities\.yml:\d+:\d+: YAML syntax error: /) as unknown as string },
  // Found by a review: YAML aliases are resolved last, and their errors were "internal".
  { name: 'capabilities with an alias to no anchor', args: ['page.md'], files: { 'page.md': 'x\n', 'capabilities.yml': 'uptime: *nope\n' }, code: 2, stderr: 'overclaim: capabilities.yml:1:9: YAML error: Unresolved alias (the anchor must be set before the alias): nope\n' },
  {
    name: 'capabilities with aliases that multiply',
    args: ['page.md'],
    files: { 'page.md': 'x\n', 'capabilities.yml': ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[index]}`).join(', ')}]`), `i: [${Array(9).fill('*h').join(', ')}]`].join('\n') },
    code: 2,
    stderr: 'overclaim: capabilities.yml:2:8: YAML error: too many aliases (each alias repeats its anchor; these multiply)\n',
  },
  { name: 'config with an alias to no anchor', args: ['page.md'], files: { 'page.md': 'x\n', '.overclaimrc.yml': 'rules: *nope\n' }, code: 2, stderr: 'overclaim: .overclaimrc.yml:1:8: YAML error: Unresolved alias (the anchor must be set before the alias): nope\n' },
  // Found by a review: a broken package.json holding our settings was passed over, and the settings lost.
  { name: 'a broken package.json with settings', args: ['page.md'], files: { 'page.md': 'x\n', 'package.json': '{"overclaim": {"rules": {"superlative": "off"}},}' }, code: 2, stderr: 'overclaim: package.json:1:48: JSON syntax error: trailing comma; JSON does not allow a comma before "}"\n' },
  { name: 'capabilities.json with an unknown key', args: ['page.md'], files: { 'page.md': 'x\n', 'capabilities.json': '{"$schema": "./capabilities.schema.json", "bogus": 1}' }, code: 2, stderr: 'overclaim: capabilities.json:1:43: bogus: unknown key; known keys are business, support, delivery, setup, refunds, warranty, uptime, limits, pricing, offerings, evidence\n' },
  // Found by a review: read with its bytes replaced, "café" was declared as "caf\uFFFD".
  { name: 'capabilities not in UTF-8', args: ['page.md'], files: { 'page.md': 'x\n', 'capabilities.yml': Buffer.from('offerings:\n  not_offered: [caf\xe9]\n', 'latin1') }, code: 2, stderr: 'overclaim: capabilities.yml:2:20: invalid UTF-8 (byte 30); save the file as UTF-8\n' },
  { name: 'config not in UTF-8', args: ['page.md'], files: { 'page.md': 'x\n', '.overclaimrc.yml': Buffer.from('allow: [caf\xe9]\n', 'latin1') }, code: 2, stderr: 'overclaim: .overclaimrc.yml:1:12: invalid UTF-8 (byte 11); save the file as UTF-8\n' },
  { name: 'init beside capabilities.yaml', args: ['init'], files: { 'capabilities.yaml': 'uptime: 99%\n' }, code: 2, stderr: 'overclaim: capabilities.yaml already exists in .; not writing capabilities.yml beside it\n' },
  { name: 'broken config', args: ['page.md'], files: { 'page.md': 'x\n', '.overclaimrc.json': '{"rules": {"speed": "loud"}}' }, code: 2, stderr: 'overclaim: .overclaimrc.json:1:21: rules.speed: expected off, info, warning or error, got "loud"\n' },
  { name: 'missing --ignore-path', args: ['page.md', '--ignore-path', '.nope'], files: { 'page.md': 'x\n' }, code: 2, stderr: 'overclaim: .nope: cannot read the ignore file: ENOENT\n' },
  { name: 'binary file', args: ['logo.md', '--no-color'], files: { 'logo.md': Buffer.from([0x89, 0x50, 0x00, 0x01]) }, code: 2, stdout: /^\s*error\s+binary file \(a NUL byte at byte 2\), not linted/m },
  { name: 'invalid UTF-8', args: ['latin1.md', '--no-color'], files: { 'latin1.md': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]) }, code: 2, stdout: /^1:4\s+error\s+invalid UTF-8 at 1:4 \(byte 3\), not linted/m },
  { name: 'file over --max-file-size', args: ['big.txt', '--max-file-size', '0.001', '--no-color'], files: { 'big.txt': 'x'.repeat(2000) }, code: 2, stdout: /error\s+larger than --max-file-size \(2,000 bytes > 1,049 bytes\), not linted/ },
  { name: 'MDX syntax error', args: ['page.mdx', '--no-color'], files: { 'page.mdx': 'Hello {oops\n' }, code: 2, stdout: /^1:12\s+error\s+cannot parse MDX: Unexpected end of file in expression/m },
  { name: 'init over an existing file', args: ['init'], files: { 'capabilities.yml': 'uptime: 99%\n' }, code: 2, stderr: 'overclaim: capabilities.yml already exists in .; not overwriting it\n' },
  // Found by a review: a mistyped --cache-location overwrote the page it named, and a report or cache that could
  // not be written was an "internal error" after the whole run.
  { name: '--cache-location naming a page', args: ['page.md', '--cache', '--cache-location', 'page.md'], files: { 'page.md': 'Open 24/7.\n' }, code: 2, stderr: 'overclaim: page.md: not an overclaim cache, so --cache will not overwrite it; give --cache-location another file\n' },
  { name: '--cache-location in a missing folder', args: ['page.md', '--cache', '--cache-location', 'no/cache'], files: { 'page.md': 'x\n' }, code: 2, stderr: 'overclaim: no/cache: cannot write the cache there: its folder does not exist\n' },
  { name: '--cache-location empty', args: ['page.md', '--cache', '--cache-location', ''], files: { 'page.md': 'x\n' }, code: 2, stderr: 'overclaim: --cache-location is empty: give the file the cache is kept in\n' },
  { name: '--output in a missing folder', args: ['page.md', '-o', 'no/report.txt'], files: { 'page.md': 'Open 24/7.\n' }, code: 2, stderr: 'overclaim: no/report.txt: cannot write the report there: its folder does not exist\n' },
  { name: '--output naming a folder', args: ['page.md', '-o', 'out'], files: { 'page.md': 'Open 24/7.\n', 'out/keep.txt': '' }, code: 2, stderr: 'overclaim: out: cannot write the report there: it is a folder\n' },
];

test.each(CASES)('$name', ({ args, files = {}, code, stderr, stdout }) => {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  const result = run(args, { cwd: dir });
  expect(result.code).toBe(code);
  if (stderr !== undefined) expect(result.stderr).toEqual(stderr);
  // Nothing half-done: no report before the error, and the user's files as they were.
  if (stderr !== undefined && code === 2) expect(result.stdout).toBe('');
  for (const [name, content] of Object.entries(files)) expect(readFileSync(join(dir, name))).toEqual(Buffer.from(content));
  if (stdout) expect(result.stdout).toMatch(stdout);
  expect(result.stderr + result.stdout).not.toMatch(/\n\s+at /);
});

test('a directory loop through symlinks ends, each file once', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'a', 'page.md'), 'Open 24/7.\n');
  symlinkSync('..', join(dir, 'a', 'up'), 'dir');
  const result = run(['.', '--format', 'json'], { cwd: dir });
  expect(result.code).toBe(0);
  expect(JSON.parse(result.stdout).files.map((file: { path: string }) => file.path)).toEqual([join('a', 'page.md')]);
});

// As root every file is readable: where the suite runs as root (CI does),
// the CLI runs as "nobody" for this test. The checkout may sit in a folder
// only its owner can enter (mktemp -d), so nobody runs a copy of the built
// CLI (bundled: bin, dist/src/cli and package.json are all it reads, and to
// check a config file, the schemas, their prebuilt validators and Ajv, which
// those load).
const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;

function cliAnyoneCanRun(): string {
  if (!asNobody) return BIN;
  const dir = tempDir();
  chmodSync(dir, 0o755);
  for (const part of ['bin', 'dist/src/cli', 'dist/validators', 'schema', 'node_modules/ajv', 'package.json']) {
    cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  }
  return join(dir, 'bin', 'overclaim.js');
}

const USER_BIN = cliAnyoneCanRun();

test('a file the user may not read: a file-level error, exit 2, the rest still linted', () => {
  const dir = tempDir();
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, 'open.md'), 'Support 24/7.\n');
  writeFileSync(join(dir, 'secret.md'), 'Support 24/7.\n');
  chmodSync(join(dir, 'secret.md'), 0o000);
  const result = spawnSync(process.execPath, [USER_BIN, '.', '--format', 'json'], { cwd: dir, encoding: 'utf8', ...asNobody });
  expect(result.status).toBe(2);
  const files = JSON.parse(result.stdout).files as Array<{ path: string; messages: Array<{ ruleId: string | null; message: string }> }>;
  expect(files.map((file) => [file.path, file.messages.map((message) => message.message)])).toEqual([
    ['open.md', [expect.stringContaining('"24/7" is an unsubstantiated availability promise')]],
    ['secret.md', ['cannot read: permission denied (EACCES)']],
  ]);
  expect(result.stderr).toBe('');
});

test('a folder the user may not read is named, exit 2: its copy would otherwise go unchecked while the run passes', () => {
  const dir = tempDir();
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, 'open.md'), 'Support 24/7.\n');
  mkdirSync(join(dir, 'private'));
  writeFileSync(join(dir, 'private', 'page.md'), 'Support 24/7.\n');
  chmodSync(join(dir, 'private'), 0o000);
  const lint = (...args: string[]) => spawnSync(process.execPath, [USER_BIN, ...args], { cwd: dir, encoding: 'utf8', ...asNobody });
  for (const input of ['.', 'private', '**/*.md', 'private/*.md']) {
    const result = lint(input);
    expect([input, result.status, result.stdout, result.stderr]).toEqual([input, 2, '', 'overclaim: private: cannot read this folder: permission denied (EACCES)\n']);
  }
  // Ignored, it is passed over like any ignored folder, however the pattern names it.
  for (const pattern of ['private', 'private/', 'private/**']) {
    for (const input of ['.', '**/*.md']) {
      const result = lint(input, '--ignore-pattern', pattern, '--format', 'json');
      expect([pattern, input, result.status, JSON.parse(result.stdout).files.map((file: { path: string }) => file.path), result.stderr]).toEqual([pattern, input, 0, ['open.md'], '']);
    }
  }
  // Named and ignored, it is an input whose every file is ignored.
  const named = lint('private', '--ignore-pattern', 'private/');
  expect([named.status, named.stderr]).toEqual([2, "overclaim: private: every matching file is ignored (.overclaimignore, --ignore-path, --ignore-pattern or the config's ignore)\n"]);
  // A config file's ignore passes it over too.
  writeFileSync(join(dir, '.overclaimrc.json'), '{"ignore": ["private/"]}');
  for (const input of ['.', '**/*.md']) {
    const result = lint(input, '--format', 'json');
    expect([input, result.status, JSON.parse(result.stdout).files.map((file: { path: string }) => file.path), result.stderr]).toEqual([input, 0, ['open.md'], '']);
  }
  // A broken config ignores nothing while the walk runs: the folder is named
  // (its problems are reported once nothing stops the run before them).
  writeFileSync(join(dir, '.overclaimrc.json'), '{"ignore": ');
  const broken = lint('.');
  expect([broken.status, broken.stderr]).toEqual([2, 'overclaim: private: cannot read this folder: permission denied (EACCES)\n']);
  chmodSync(join(dir, 'private'), 0o755);
  const reported = lint('.');
  expect([reported.status, reported.stderr]).toEqual([2, expect.stringMatching(/^overclaim: \.overclaimrc\.json:1:\d+: JSON syntax error/)]);
});

test('a named pipe is not read: it could wait forever for a writer', () => {
  const dir = tempDir();
  execFileSync('mkfifo', [join(dir, 'live.md')]);
  const result = run(['live.md'], { cwd: dir });
  expect(result.code).toBe(2);
  expect(result.stderr).toBe('overclaim: live.md: not a file or a folder (a pipe or a device); to lint piped text, pass "-"\n');
});

test('a reader that closes the pipe early is no error', async () => {
  const dir = tempDir();
  for (let index = 0; index < 300; index++) writeFileSync(join(dir, `p${index}.md`), 'Support 24/7, guaranteed, unlimited.\n');
  const child = spawn(process.execPath, [BIN, '.', '--format', 'json'], { cwd: dir });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise((resolve) => child.on('exit', resolve));
  expect(code).toBe(0);
  expect(stderr).toBe('');
});

test('Ctrl-C during a large run: one line, exit code 130', async () => {
  const dir = tempDir();
  for (let index = 0; index < 3000; index++) writeFileSync(join(dir, `p${index}.md`), `# Page ${index}\n\nSupport 24/7 and replies within the hour.\n`);
  const child = spawn(process.execPath, [BIN, '.', '--threads', '1'], { cwd: dir });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  // Interrupt once it is under way (the launcher handles SIGINT from its first line).
  await new Promise((resolve) => setTimeout(resolve, 1000));
  child.kill('SIGINT');
  const code = await new Promise((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
  expect(code).toBe(130);
  expect(stderr).toBe('\noverclaim: interrupted\n');
}, 30_000);
