// Large runs: shards partition the files, the cache is exact, and worker
// threads give the same answer as one thread.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BIN, ROOT, run, runJson, tempDir } from './helpers.js';

const PROMISES = ['Support 24/7.', 'Delivery within 2 hours.', 'Unlimited storage.', 'Guaranteed.', 'The best.', 'Plain words.'];

function corpus(count: number): string {
  const dir = tempDir();
  for (let index = 0; index < count; index++) writeFileSync(join(dir, `page-${index}.md`), `# Page ${index}\n\n${PROMISES[index % PROMISES.length]}\n`);
  return dir;
}

describe('--shard', () => {
  test('the shards of one run never overlap and together cover every file', () => {
    const dir = corpus(40);
    const all = runJson(['.'], { cwd: dir }).report.files.map((file) => file.path);
    const shards = [1, 2, 3].map((k) => runJson(['.', '--shard', `${k}/3`], { cwd: dir }).report.files.map((file) => file.path));
    expect(shards.flat().sort()).toEqual([...all].sort());
    expect(new Set(shards.flat()).size).toBe(all.length);
    // Balanced enough that no shard is empty or holds most of the files.
    for (const shard of shards) expect(shard.length).toBeGreaterThan(5);
  });

  test.each(['0/2', '3/2', 'half', '1/0'])('--shard %s is a usage error', (value) => {
    expect(run(['.', '--shard', value], { cwd: corpus(2) })).toMatchObject({ code: 2, stderr: `overclaim: --shard expects <k>/<n> with 1 <= k <= n, like 2/4; got "${value}"\n` });
  });
});

describe('--cache', () => {
  test('a warm run gives the same report, a changed file is linted again', () => {
    const dir = corpus(6);
    const cold = run(['.', '--cache', '--format', 'json'], { cwd: dir });
    const cache = JSON.parse(readFileSync(join(dir, '.overclaimcache'), 'utf8'));
    expect(Object.keys(cache.entries)).toHaveLength(6);
    // A run that finds nothing new leaves the cache file alone.
    utimesSync(join(dir, '.overclaimcache'), 0, 0);
    const warm = run(['.', '--cache', '--format', 'json'], { cwd: dir });
    expect(warm.stdout).toBe(cold.stdout);
    expect(statSync(join(dir, '.overclaimcache')).mtimeMs).toBe(0);
    writeFileSync(join(dir, 'page-5.md'), 'Replies within 5 minutes.\n');
    const changed = runJson(['.', '--cache'], { cwd: dir }).report;
    expect(changed.files.find((file) => file.path === 'page-5.md')?.messages.map((message) => message.ruleId)).toEqual(['speed']);
  });

  test('a file left alone since it was cached is answered from its stamp, unread; rewriting it, even with its size and mtime put back, is noticed', async () => {
    const dir = corpus(2);
    const page = join(dir, 'page-0.md');
    // Declared hours give "Support 24/7." a rewrite, which SARIF offers as a fix only after reading the file's text.
    writeFileSync(join(dir, 'capabilities.yml'), 'support:\n  hours: Mon-Fri 09:00-17:00\n');
    // A stamp vouches only for a file that had been left alone for 2 s when it was read.
    const cold = run(['.', '--cache', '--format', 'json'], { cwd: dir });
    const fresh = JSON.parse(readFileSync(join(dir, '.overclaimcache'), 'utf8'));
    expect(Object.values(fresh.entries).map((entry) => (entry as { stamp: unknown }).stamp)).toEqual([null, null]);
    await new Promise((done) => setTimeout(done, 2100));
    expect(run(['.', '--cache', '--format', 'json'], { cwd: dir }).stdout).toBe(cold.stdout);
    const cache = JSON.parse(readFileSync(join(dir, '.overclaimcache'), 'utf8'));
    const entry = cache.entries[page];
    expect(entry.stamp).toEqual([statSync(page).size, statSync(page).mtimeMs, statSync(page).ctimeMs, statSync(page).ino]);
    const sarif = run(['.', '--format', 'sarif'], { cwd: dir }).stdout;
    expect(sarif).toContain('"artifactChanges"');
    expect(run(['.', '--cache', '--format', 'sarif'], { cwd: dir }).stdout).toBe(sarif);
    // Forge the entry: if the file were read, its text would not match and it would be linted again.
    entry.text = 'not the hash of any text';
    entry.messages = [];
    writeFileSync(join(dir, '.overclaimcache'), JSON.stringify(cache));
    expect(runJson(['.', '--cache'], { cwd: dir }).report.files.find((file) => file.path === 'page-0.md')?.messages).toEqual([]);
    // Written again, same text, old mtime put back: only ctime tells, and it does, so the file is read and linted again.
    const { atime, mtime } = statSync(page);
    writeFileSync(page, readFileSync(page));
    utimesSync(page, atime, mtime);
    expect(runJson(['.', '--cache'], { cwd: dir }).report.files.find((file) => file.path === 'page-0.md')?.messages.map((message) => message.ruleId)).toEqual(['availability']);
  });

  test('a cache written by another version is not trusted', () => {
    const dir = corpus(1);
    const file = join(dir, 'page-0.md');
    const text = readFileSync(file, 'utf8');
    run(['.', '--cache', '--cache-location', 'c.json'], { cwd: dir });
    const cache = JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8'));
    // Forge an entry that would hide the finding, under another version.
    for (const entry of Object.values(cache.entries) as Array<{ messages: unknown[] }>) entry.messages = [];
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ ...cache, version: '0.0.0-other' }));
    expect(runJson(['.', '--cache', '--cache-location', 'c.json'], { cwd: dir }).report.warningCount).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  test('a cache written by another build of the same version is not trusted', () => {
    const dir = corpus(1);
    run(['.', '--cache', '--cache-location', 'c.json'], { cwd: dir });
    const cache = JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8'));
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    expect(cache.version).toBe(`${version}+${readFileSync(join(ROOT, 'dist', 'build-id'), 'utf8').trim()}`);
    for (const entry of Object.values(cache.entries) as Array<{ messages: unknown[] }>) entry.messages = [];
    // The forged entries are trusted under this build...
    writeFileSync(join(dir, 'c.json'), JSON.stringify(cache));
    expect(runJson(['.', '--cache', '--cache-location', 'c.json'], { cwd: dir }).report.warningCount).toBe(0);
    // ...and not under another build with the same version number.
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ ...cache, version: `${version}+${'0'.repeat(64)}` }));
    expect(runJson(['.', '--cache', '--cache-location', 'c.json'], { cwd: dir }).report.warningCount).toBe(1);
  });

  test('entries of deleted files are dropped when the cache is next written; those of files the run did not cover stay', () => {
    const dir = corpus(3);
    run(['.', '--cache'], { cwd: dir });
    const keys = () => Object.keys(JSON.parse(readFileSync(join(dir, '.overclaimcache'), 'utf8')).entries).map((key) => basename(key)).sort();
    expect(keys()).toEqual(['page-0.md', 'page-1.md', 'page-2.md']);
    rmSync(join(dir, 'page-0.md'));
    writeFileSync(join(dir, 'page-2.md'), 'Replies within 5 minutes.\n');
    // A run over one file: page-1.md was not asked about but still exists.
    run(['page-2.md', '--cache'], { cwd: dir });
    expect(keys()).toEqual(['page-1.md', 'page-2.md']);
  });

  test('changing the capabilities invalidates the cached verdicts', () => {
    const dir = corpus(1);
    expect(runJson(['.', '--cache'], { cwd: dir }).report.files[0].messages[0].verdict).toBe('unsubstantiated');
    writeFileSync(join(dir, 'capabilities.yml'), 'support:\n  hours: Mon-Fri 09:00-17:00\n');
    expect(runJson(['.', '--cache'], { cwd: dir }).report.files[0].messages[0].verdict).toBe('contradicted');
  });
});

test('worker threads give the same report as one thread', () => {
  const dir = corpus(260);
  const one = run(['.', '--format', 'json', '--threads', '1'], { cwd: dir });
  const two = run(['.', '--format', 'json', '--threads', '2'], { cwd: dir });
  expect(two.code).toBe(one.code);
  expect(two.stdout).toBe(one.stdout);
  expect(JSON.parse(one.stdout).files).toHaveLength(260);
});

describe('progress', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;

  test.skipIf(!hasScript)('on a terminal, a long run shows files done / total and the rate on stderr', () => {
    const dir = corpus(250);
    // `script` gives the command a real terminal, as a person running it has.
    const result = spawnSync('script', ['-qc', `"${process.execPath}" "${BIN}" . --threads 1 --quiet`, '/dev/null'], { cwd: dir, encoding: 'utf8' });
    expect(result.stdout).toMatch(/\roverclaim: 250\/250 files \(\d+ files\/s\)/);
  });

  test('never when stderr is not a terminal, nor in JSON output', () => {
    const dir = corpus(250);
    expect(run(['.', '--quiet'], { cwd: dir }).stderr).toBe('');
    expect(run(['.', '--format', 'json'], { cwd: dir }).stderr).toBe('');
  });
});
