// Paths a run handles by the thousand: how they are shown, de-duplicated and
// matched against ignore rules. Short cuts for the common case must give
// what the long way (path.resolve, path.relative) gives for every path.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { displayPath, expandInputs, ignoreFilter } from '../src/cli/files.js';
import { fileResolver, resolveForFile } from '../src/engine.js';
import type { FileProblemsError } from '../src/util/problems.js';
import { tempDir } from './helpers.js';

/** What displayPath meant before its short cut: relative to cwd, unless that climbs out. */
function shownTheLongWay(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return shown === '' || shown.startsWith('..') ? path : shown;
}

const segment = fc.constantFrom('a', 'b', 'page.md', '.', '..', '', '.git', '..md', 'a b');
const path = fc.array(segment, { maxLength: 6 }).map((segments) => `/${segments.join('/')}`);

describe('displayPath', () => {
  test('shows a file inside cwd relative to it, and one outside as given', () => {
    expect(displayPath('/site/copy/page.md', '/site')).toBe('copy/page.md');
    expect(displayPath('/site/copy/.hidden/page.md', '/site')).toBe('copy/.hidden/page.md');
    expect(displayPath('/other/page.md', '/site')).toBe('/other/page.md');
    expect(displayPath('/site', '/site')).toBe('/site');
    expect(displayPath('/site/a/../page.md', '/site')).toBe('page.md');
    expect(displayPath('/sitemap/page.md', '/site')).toBe('/sitemap/page.md');
  });

  test('gives what path.relative gives, for any path and cwd, dot segments and doubled slashes included', () => {
    fc.assert(
      fc.property(path, path, (file, cwd) => {
        expect(displayPath(file, cwd)).toBe(shownTheLongWay(file, cwd));
        // A file under cwd, as a folder walk finds them.
        const inside = `${cwd.replace(/\/+$/, '')}${file}`;
        expect(displayPath(inside, cwd)).toBe(shownTheLongWay(inside, cwd));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('expandInputs', () => {
  test('a file named twice, once through dot segments, is linted once', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'copy'));
    writeFileSync(join(dir, 'copy', 'page.md'), 'Copy.\n');
    // Absolute paths written out by hand: join() would normalise them before expandInputs saw them.
    expect(expandInputs(['copy/page.md', './copy/../copy/page.md', `${dir}/copy/./page.md`, `${dir}//copy/page.md`, `${dir}/copy/../copy/page.md`, 'copy'], dir)).toEqual([join(dir, 'copy', 'page.md')]);
  });
});

describe('ignoreFilter', () => {
  test('with no ignore file and no patterns, nothing is ignored', () => {
    const isIgnored = ignoreFilter(tempDir(), undefined, []);
    expect(isIgnored('/anything/page.md')).toBe(false);
  });

  test('patterns match relative to cwd, the ignore file relative to its folder', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'rules'));
    writeFileSync(join(dir, 'rules', 'ignore'), 'drafts/\n');
    const isIgnored = ignoreFilter(dir, 'rules/ignore', ['legal/*.md']);
    expect(isIgnored(join(dir, 'legal', 'terms.md'))).toBe(true);
    expect(isIgnored(join(dir, 'rules', 'drafts', 'page.md'))).toBe(true);
    expect(isIgnored(join(dir, 'drafts', 'page.md'))).toBe(false);
    expect(isIgnored(join(dir, 'copy', 'page.md'))).toBe(false);
  });
});

describe('fileResolver', () => {
  test('one run sees one version of each capabilities file, however long it takes; the next run sees the edit', () => {
    const dir = tempDir();
    const capabilities = join(dir, 'capabilities.yml');
    writeFileSync(capabilities, 'support:\n  hours: "Mon-Fri 09:00-17:00"\n');
    const settingsOf = fileResolver();
    const first = settingsOf(join(dir, 'a.md')).options;
    writeFileSync(capabilities, 'support:\n  hours: "24/7"\nrefunds:\n  window: 30d\n');
    expect(settingsOf(join(dir, 'b.md')).options).toBe(first);
    const next = fileResolver()(join(dir, 'b.md')).options;
    expect(next).not.toBe(first);
    expect(next.capabilities).not.toEqual(first.capabilities);
    expect(fileResolver()(join(dir, 'c.md')).options.capabilities).toEqual(next.capabilities);
  });

  test('a broken config fails every file under it with the same problem', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.overclaimrc.json'), '{"rules": {"speed": "loud"}}');
    const settingsOf = fileResolver({ displayPath: (path) => relative(dir, path) });
    const problemsOf = (file: string) => {
      try {
        settingsOf(join(dir, file));
      } catch (error) {
        return (error as FileProblemsError).problems;
      }
      return [];
    };
    expect(problemsOf('a.md')).toHaveLength(1);
    expect(problemsOf('a.md')[0]).toMatch(/^\.overclaimrc\.json/);
    // Mended mid-run: this run keeps failing the same way; the next run reads the mended file.
    writeFileSync(join(dir, '.overclaimrc.json'), '{"rules": {"speed": "off"}}');
    expect(problemsOf('b.md')).toEqual(problemsOf('a.md'));
    expect(fileResolver()(join(dir, 'b.md')).options.severities).toEqual({ speed: 'off' });
  });

  test('one run sees one version of a config, however many folders it covers', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, '.overclaimrc.json'), '{"rules": {"speed": "off"}}');
    const settingsOf = fileResolver();
    const first = settingsOf(join(dir, 'a', 'page.md')).options.severities;
    writeFileSync(join(dir, '.overclaimrc.json'), '{"rules": {"speed": "error", "guarantee": "off"}}');
    expect(settingsOf(join(dir, 'b', 'page.md')).options.severities).toEqual(first);
    expect(fileResolver()(join(dir, 'b', 'page.md')).options.severities).toEqual({ speed: 'error', guarantee: 'off' });
  });

  test('an empty config or capabilities path is no path: discovery runs', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'capabilities.yml'), 'support:\n  hours: "24/7"\n');
    writeFileSync(join(dir, '.overclaimrc.json'), '{"rules": {"speed": "off"}}');
    const options = fileResolver({ capabilitiesPath: '', configPath: '' })(join(dir, 'page.md')).options;
    expect(options.capabilities).toEqual(fileResolver()(join(dir, 'page.md')).options.capabilities);
    expect(options.capabilities).toBeDefined();
    expect(options.severities).toEqual({ speed: 'off' });
  });

  test('a command-line severity set to undefined is not set: the config stands, whichever call comes first', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.overclaimrc.json'), '{"rules": {"superlative": "off"}}');
    const unset = fileResolver({ severities: { superlative: undefined } })(join(dir, 'page.md')).options;
    expect(unset.severities).toEqual({ superlative: 'off' });
    expect(fileResolver({})(join(dir, 'page.md')).options).toBe(unset);
  });
});

describe('resolveForFile', () => {
  test('files with the same config and capabilities share one options object; other settings get their own', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'capabilities.yml'), 'support:\n  hours: "Mon-Fri 09:00-17:00"\n');
    writeFileSync(join(dir, 'docs', 'capabilities.yml'), 'support:\n  hours: "24/7"\n');
    const at = (file: string, severities = {}) => resolveForFile(resolve(dir, file), { severities }).options;
    expect(at('a.md')).toBe(at('b.md'));
    expect(at('a.md')).not.toBe(at('docs/a.md'));
    expect(at('docs/a.md')).toBe(at('docs/b.md'));
    expect(at('a.md', { superlative: 'off' })).not.toBe(at('a.md'));
    expect(at('a.md', { superlative: 'off' })).toBe(at('b.md', { superlative: 'off' }));
    expect(at('a.md', { superlative: 'off' }).severities).toEqual({ superlative: 'off' });
  });
});
