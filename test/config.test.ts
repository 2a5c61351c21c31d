// Config files, ignore files and inline control comments, through the CLI.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lint } from '../src/index.js';
import { run, runJson, tempDir } from './helpers.js';

const COPY = 'Support 24/7. The best pan. Unlimited refills.\n';

/** A temp project: files given as path → content. */
function project(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const rulesOf = (dir: string, args: string[]) =>
  runJson(args, { cwd: dir }).report.files.map((file) => [file.path, file.messages.map((message) => `${message.ruleId}:${message.severity}`)]);

describe('config discovery and precedence', () => {
  test.each([
    ['.overclaimrc', '{"rules": {"availability": "error", "superlative": "off"}}'],
    ['.overclaimrc', 'rules:\n  availability: error\n  superlative: off\n'],
    ['.overclaimrc.json', '{"rules": {"availability": "error", "superlative": "off"}}'],
    ['.overclaimrc.yaml', 'rules:\n  availability: error\n  superlative: off\n'],
    ['.overclaimrc.yml', 'rules: {availability: error, superlative: "off"}\n'],
    ['overclaim.config.json', '{"rules": {"availability": "error", "superlative": "off"}}'],
    ['package.json', '{"name": "site", "overclaim": {"rules": {"availability": "error", "superlative": "off"}}}'],
  ])('%s: %s', (name, content) => {
    const dir = project({ [name]: content, 'page.md': COPY });
    expect(rulesOf(dir, ['page.md'])).toEqual([['page.md', ['availability:error', 'unlimited:warning']]]);
    expect(run(['page.md'], { cwd: dir }).code).toBe(1);
  });

  test('a package.json without "overclaim" is passed over for a config further up', () => {
    const dir = project({ '.overclaimrc.json': '{"rules": {"unlimited": "off"}}', 'site/package.json': '{"name": "x"}', 'site/page.md': COPY });
    expect(rulesOf(dir, ['site/page.md'])).toEqual([[join('site', 'page.md'), ['availability:warning', 'superlative:info']]]);
  });

  test('the nearest config wins; the command line beats it', () => {
    const dir = project({
      '.overclaimrc.json': '{"rules": {"availability": "off"}}',
      'blog/.overclaimrc.json': '{"rules": {"availability": "error"}}',
      'blog/post.md': COPY,
      'home.md': COPY,
    });
    expect(rulesOf(dir, ['.'])).toEqual([
      [join('blog', 'post.md'), ['availability:error', 'superlative:info', 'unlimited:warning']],
      ['home.md', ['superlative:info', 'unlimited:warning']],
    ]);
    expect(rulesOf(dir, ['.', '--rule', 'availability=info'])).toEqual([
      [join('blog', 'post.md'), ['availability:info', 'superlative:info', 'unlimited:warning']],
      ['home.md', ['availability:info', 'superlative:info', 'unlimited:warning']],
    ]);
  });

  test('--config names the file to use', () => {
    const dir = project({ 'strict.json': '{"rules": {"unlimited": "error"}}', 'page.md': COPY });
    expect(rulesOf(dir, ['page.md', '--config', 'strict.json'])).toEqual([['page.md', ['availability:warning', 'superlative:info', 'unlimited:error']]]);
  });

  test('overrides apply by glob, later ones winning; capabilities path is relative to the config', () => {
    const dir = project({
      '.overclaimrc.yml': 'capabilities: facts/capabilities.yml\noverrides:\n  - files: "pricing/**"\n    rules: {unlimited: error}\n  - files: ["blog/**"]\n    rules: {availability: "off", unlimited: "off"}\n',
      'facts/capabilities.yml': 'support:\n  hours: Mon-Fri 09:00-17:00\n',
      'pricing/plans.md': COPY,
      'blog/post.md': COPY,
    });
    expect(rulesOf(dir, ['.'])).toEqual([
      [join('blog', 'post.md'), ['superlative:info']],
      [join('pricing', 'plans.md'), ['availability:error', 'superlative:info', 'unlimited:error']],
    ]);
  });

  test('overrides and ignore globs that tell apart files of one folder', () => {
    // Files of one folder share their settings unless the config says otherwise by file (src/engine.ts).
    const dir = project({
      '.overclaimrc.yml': 'ignore: ["**/draft.md"]\noverrides:\n  - files: "**/pricing.md"\n    rules: {unlimited: error}\n',
      'pages/about.md': COPY,
      'pages/draft.md': COPY,
      'pages/pricing.md': COPY,
    });
    expect(rulesOf(dir, ['.'])).toEqual([
      [join('pages', 'about.md'), ['availability:warning', 'superlative:info', 'unlimited:warning']],
      [join('pages', 'pricing.md'), ['availability:warning', 'superlative:info', 'unlimited:error']],
    ]);
  });

  test('allow-list phrases and extra triggers', () => {
    const dir = project({
      '.overclaimrc.yml': 'allow: ["Always Available Pan", "unlimited refills"]\ntriggers:\n  availability: ["open all hours"]\n',
      'page.md': 'Buy the Always Available Pan. Unlimited refills. We are open all hours. Always available.\n',
    });
    const { report } = runJson(['page.md'], { cwd: dir });
    expect(report.files[0].messages.map((message) => [message.ruleId, message.column, message.actual])).toEqual([
      ['availability', 57, 'open all hours'],
      ['availability', 73, 'Always available'],
    ]);
  });

  test.each([
    ['.overclaimrc.yml', 'rules:\n  availabilty: error\n', 'overclaim: .overclaimrc.yml:2:3: rules.availabilty: unknown key; did you mean "availability"?\n'],
    ['.overclaimrc.yml', 'rules:\n  speed: loud\n', 'overclaim: .overclaimrc.yml:2:10: rules.speed: expected off, info, warning or error, got "loud"\n'],
    ['.overclaimrc.json', '{"allow": "Always Pan"}', 'overclaim: .overclaimrc.json:1:11: allow: expected a list, got "Always Pan"\n'],
    ['.overclaimrc.json', '{"rules": {},}', 'overclaim: .overclaimrc.json:1:13: JSON syntax error: trailing comma; JSON does not allow a comma before "}"\n'],
    ['package.json', '{"overclaim": {"overrides": [{"rules": {}}]}}', 'overclaim: package.json:1:30: overclaim.overrides[0]: missing required key "files"\n'],
  ])('invalid %s: exit 2 with file:line:col', (name, content, stderr) => {
    const dir = project({ [name]: content, 'page.md': COPY });
    expect(run(['page.md'], { cwd: dir })).toMatchObject({ code: 2, stdout: '', stderr });
  });
});

describe('ignoring files', () => {
  const files = {
    'docs/a.md': COPY,
    'drafts/b.md': COPY,
    'blog/c.md': COPY,
  };
  const paths = (dir: string, args: string[]) => runJson(args, { cwd: dir }).report.files.map((file) => file.path);

  test('.overclaimignore in the working folder', () => {
    const dir = project({ ...files, '.overclaimignore': '# drafts are not published\ndrafts/\n' });
    expect(paths(dir, ['.'])).toEqual([join('blog', 'c.md'), join('docs', 'a.md')]);
  });

  test('--ignore-path and --ignore-pattern', () => {
    const dir = project({ ...files, 'lint.ignore': 'blog/**\n' });
    expect(paths(dir, ['.', '--ignore-path', 'lint.ignore', '--ignore-pattern', 'drafts'])).toEqual([join('docs', 'a.md')]);
  });

  test("the config's ignore globs", () => {
    const dir = project({ ...files, '.overclaimrc.json': '{"ignore": ["docs/**", "blog/"]}' });
    expect(paths(dir, ['.'])).toEqual([join('drafts', 'b.md')]);
  });

  test('a glob whose every match is ignored is an error; a named ignored file is skipped', () => {
    const dir = project({ ...files, '.overclaimignore': 'drafts/\n' });
    expect(run(['drafts/*.md'], { cwd: dir })).toMatchObject({ code: 2, stderr: "overclaim: drafts/*.md: every matching file is ignored (.overclaimignore, --ignore-path, --ignore-pattern or the config's ignore)\n" });
    expect(paths(dir, ['drafts/b.md', 'docs/a.md'])).toEqual([join('docs', 'a.md')]);
  });

  test("a folder or glob whose every file the config ignores is an error too, as with .overclaimignore", async () => {
    const dir = project({ ...files, '.overclaimrc.json': '{"ignore": ["drafts/"]}' });
    for (const input of ['drafts', 'drafts/*.md']) {
      expect(run([input], { cwd: dir })).toMatchObject({ code: 2, stdout: '', stderr: `overclaim: ${input}: every matching file is ignored (.overclaimignore, --ignore-path, --ignore-pattern or the config's ignore)\n` });
    }
    expect(paths(dir, ['drafts/b.md', 'docs/a.md'])).toEqual([join('docs', 'a.md')]);
    // The API's lint() walks the same way.
    await expect(lint(['drafts'], { cwd: dir })).rejects.toThrow("drafts: every matching file is ignored (.overclaimignore, --ignore-path, --ignore-pattern or the config's ignore)");
    expect((await lint(['.'], { cwd: dir })).files.map((file) => file.path)).toEqual([join('blog', 'c.md'), join('docs', 'a.md')]);
  });

  test('piped copy named as an ignored file is still linted against its capabilities', () => {
    const dir = project({ '.overclaimrc.json': '{"ignore": ["drafts/"]}', 'capabilities.yml': 'support:\n  hours: Mon-Fri 09:00-17:00\n' });
    const result = run(['--stdin-filename', 'drafts/page.md', '--format', 'json'], { cwd: dir, input: 'We offer 24/7 support.\n' });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).files[0].messages.map((message: { verdict: string }) => message.verdict)).toEqual(['contradicted']);
  });

  test('a missing --ignore-path is a usage error', () => {
    expect(run(['.', '--ignore-path', 'nope'], { cwd: project(files) })).toMatchObject({ code: 2, stderr: 'overclaim: nope: cannot read the ignore file: ENOENT\n' });
  });
});

describe('inline control comments', () => {
  const lint = (name: string, content: string) => {
    const dir = project({ [name]: content });
    return runJson([name], { cwd: dir }).report.files[0].messages.map((message) => `${message.line} ${message.ruleId}`);
  };

  test('Markdown: disable-next-line, disable … enable, ignore, unknown rule', () => {
    const markdown = [
      '<!-- overclaim-disable-next-line availability -->',
      'Open 24/7, guaranteed.',
      '',
      '<!-- overclaim-disable speed -->',
      'Instant replies, 24/7.',
      '<!-- overclaim-enable speed -->',
      '',
      'Instant setup.',
      '',
      '<!-- overclaim-ignore -->',
      '- Unlimited storage',
      '- Guaranteed',
      '',
      '<!-- overclaim-disable-next-line speedy -->',
      'Unlimited plans.',
    ].join('\n');
    expect(lint('page.md', markdown)).toEqual(['2 guarantee', '5 availability', '8 speed', '14 unknown-rule', '15 unlimited']);
  });

  test('HTML comments', () => {
    const html = '<p>Open 24/7.</p>\n<!-- overclaim-ignore -->\n<section><p>Guaranteed.</p><p>Instant.</p></section>\n<!-- overclaim-disable-next-line -->\n<p>Unlimited storage.</p>\n<p>Unlimited plans.</p>\n';
    expect(lint('page.html', html)).toEqual(['1 availability', '6 unlimited']);
  });

  test('MDX expression comments; JSX and expressions are not copy, JSX children are', () => {
    const mdx = [
      'import {Hero} from "./hero.js"',
      'export const tagline = "always available, guaranteed"',
      '',
      '<Hero title="24/7 support">Replies within 5 minutes.</Hero>',
      '',
      '{/* overclaim-disable-next-line */}',
      'Unlimited storage.',
      '',
      'Guaranteed {props.always} delivery.',
    ].join('\n');
    expect(lint('page.mdx', mdx)).toEqual(['4 speed', '9 guarantee']);
  });
});
