// Large runs: shards partition the files, the cache is exact, and worker
// threads give the same answer as one thread.
import { spawnSync } from 'node:child_process';
import { readFileSync, realpathSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lintJobs, type NumberedJob } from '../src/cli/parallel.js';
import { resolveForFile } from '../src/engine.js';
import { BIN, ROOT, run, runJson, tempDir } from './helpers.js';

const PROMISES = ['Support 24/7.', 'Delivery within 2 hours.', 'Unlimited storage.', 'Guaranteed.', 'The best.', 'Plain words.'];

/** The cache file as overclaim writes it (src/cli/cache.ts): rows of [text hash, settings index, messages, ...stamp], by folder and name. */
type CacheRow = [text: string, settings: number, messages: unknown[], ...stamp: number[]];
interface CacheData {
  format: number;
  version: string;
  settings: string[];
  folders: Record<string, Record<string, CacheRow>>;
}

const readCache = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as CacheData;

/** Each cached file's absolute path and its row (the row itself, so a test can forge it and write the cache back). */
const cacheRows = (cache: CacheData) => Object.entries(cache.folders).flatMap(([folder, files]) => Object.entries(files).map(([name, row]) => [join(folder, name), row] as const));

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

describe('lintJobs', () => {
  const options = resolveForFile(join(tempDir(), 'page.md')).options;
  /** `count` one-line jobs, each a promise of PROMISES in turn; lintJobs takes them from the front. */
  const queue = (count: number): NumberedJob[] => Array.from({ length: count }, (_, id) => ({ id, job: { text: PROMISES[id % PROMISES.length], path: `page-${id}.md`, options } }));

  // A warm --cache run over thousands of files hands out a few jobs or none:
  // starting workers (each compiling the rules) for them was pure cost. From
  // the sources, worker.js is not there to start, so a worker would fail the run.
  test('starts no worker thread while fewer jobs come than are worth one, though thousands of files were expected', async () => {
    const jobs = queue(150);
    const results: Array<[number, Array<string | null | undefined>]> = [];
    const started = await lintJobs(() => jobs.shift(), 5000, 4, (id, messages) => results.push([id, messages.map((message) => message.ruleId)]));
    expect(started).toBe(0);
    expect(results.map(([id]) => id)).toEqual(Array.from({ length: 150 }, (_, id) => id));
    expect(results.slice(0, 6).map(([, ruleIds]) => ruleIds)).toEqual([['availability'], ['speed'], ['unlimited'], ['guarantee'], ['superlative'], []]);
  });

  test('with no job at all it lints nothing and starts nothing', async () => {
    const results: number[] = [];
    expect(await lintJobs(() => undefined, 5000, 4, (id) => results.push(id))).toBe(0);
    expect(results).toEqual([]);
  });
});

describe('--cache', () => {
  test('a warm run gives the same report, a changed file is linted again', () => {
    const dir = corpus(6);
    const cold = run(['.', '--cache', '--format', 'json'], { cwd: dir });
    const cache = readCache(join(dir, '.overclaimcache'));
    expect(cacheRows(cache).map(([path]) => path)).toEqual([0, 1, 2, 3, 4, 5].map((index) => join(realpathSync(dir), `page-${index}.md`)));
    // Six files linted with the same settings: their hash is written once.
    expect(cache.settings).toHaveLength(1);
    expect(cacheRows(cache).map(([, row]) => row[1])).toEqual([0, 0, 0, 0, 0, 0]);
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
    const fresh = readCache(join(dir, '.overclaimcache'));
    expect(cacheRows(fresh).map(([, row]) => row.slice(3))).toEqual([[], []]);
    await new Promise((done) => setTimeout(done, 2100));
    expect(run(['.', '--cache', '--format', 'json'], { cwd: dir }).stdout).toBe(cold.stdout);
    const cache = readCache(join(dir, '.overclaimcache'));
    const entry = cacheRows(cache).find(([path]) => path === realpathSync(page))![1];
    expect(entry.slice(3)).toEqual([statSync(page).size, statSync(page).mtimeMs, statSync(page).ctimeMs, statSync(page).ino]);
    const sarif = run(['.', '--format', 'sarif'], { cwd: dir }).stdout;
    expect(sarif).toContain('"artifactChanges"');
    expect(run(['.', '--cache', '--format', 'sarif'], { cwd: dir }).stdout).toBe(sarif);
    // Forge the entry: if the file were read, its text would not match and it would be linted again.
    entry[0] = 'not the hash of any text';
    entry[2] = [];
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
    const cache = readCache(join(dir, 'c.json'));
    // Forge an entry that would hide the finding, under another version.
    for (const [, row] of cacheRows(cache)) row[2] = [];
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ ...cache, version: '0.0.0-other' }));
    expect(runJson(['.', '--cache', '--cache-location', 'c.json'], { cwd: dir }).report.warningCount).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  test('a cache written by another build of the same version is not trusted', () => {
    const dir = corpus(1);
    run(['.', '--cache', '--cache-location', 'c.json'], { cwd: dir });
    const cache = readCache(join(dir, 'c.json'));
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    expect(cache.version).toBe(`${version}+${readFileSync(join(ROOT, 'dist', 'build-id'), 'utf8').trim()}`);
    for (const [, row] of cacheRows(cache)) row[2] = [];
    // The forged entries are trusted under this build...
    writeFileSync(join(dir, 'c.json'), JSON.stringify(cache));
    expect(runJson(['.', '--cache', '--cache-location', 'c.json'], { cwd: dir }).report.warningCount).toBe(0);
    // ...and not under another build with the same version number.
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ ...cache, version: `${version}+${'0'.repeat(64)}` }));
    expect(runJson(['.', '--cache', '--cache-location', 'c.json'], { cwd: dir }).report.warningCount).toBe(1);
  });

  test.each<[string, (cache: CacheData, folder: string) => void]>([
    ['a row that is null', (cache, folder) => Object.assign(cache.folders[folder], { 'page-1.md': null })],
    ['a row that is a number', (cache, folder) => Object.assign(cache.folders[folder], { 'page-1.md': 7 })],
    ['a folder that is null', (cache, folder) => Object.assign(cache.folders, { [folder]: null })],
    ['a folder that is a string', (cache, folder) => Object.assign(cache.folders, { [folder]: 'x' })],
    ['messages that are no list', (cache, folder) => Object.assign(cache.folders[folder]['page-0.md'], { 2: 'oops' })],
    ['a message that is a number', (cache, folder) => Object.assign(cache.folders[folder]['page-0.md'], { 2: [1] })],
  ])('a damaged cache (%s) costs files their cached answers, and is written again without the damage', (_damage, damage) => {
    const dir = corpus(2);
    run(['.', '--cache'], { cwd: dir });
    const cache = readCache(join(dir, '.overclaimcache'));
    damage(cache, realpathSync(dir));
    writeFileSync(join(dir, '.overclaimcache'), JSON.stringify(cache));
    // A run over one file keeps the other's entry if it is sound, and passes it over if not.
    expect(run(['page-0.md', '--cache', '--format', 'json'], { cwd: dir })).toEqual(run(['page-0.md', '--format', 'json'], { cwd: dir }));
    const rows = cacheRows(readCache(join(dir, '.overclaimcache')));
    expect(rows.every(([, row]) => Array.isArray(row) && typeof row[0] === 'string' && row[1] === 0 && Array.isArray(row[2]))).toBe(true);
    expect(rows.map(([path]) => basename(path))).toContain('page-0.md');
    expect(run(['.', '--cache', '--format', 'json'], { cwd: dir })).toEqual(run(['.', '--format', 'json'], { cwd: dir }));
  });

  test("a row pointing past the settings table never answers for settings added later", () => {
    const dir = corpus(1);
    run(['.', '--cache'], { cwd: dir });
    const cache = readCache(join(dir, '.overclaimcache'));
    // Index 1 names no settings now; once the capabilities below are hashed, it would name theirs.
    for (const [, row] of cacheRows(cache)) row[1] = 1;
    writeFileSync(join(dir, '.overclaimcache'), JSON.stringify(cache));
    writeFileSync(join(dir, 'capabilities.yml'), 'support:\n  hours: Mon-Fri 09:00-17:00\n');
    expect(runJson(['.', '--cache'], { cwd: dir }).report.files[0].messages[0].verdict).toBe('contradicted');
  });

  test('entries of deleted files are dropped when the cache is next written; those of files the run did not cover stay', () => {
    const dir = corpus(3);
    run(['.', '--cache'], { cwd: dir });
    const keys = () => cacheRows(readCache(join(dir, '.overclaimcache'))).map(([path]) => basename(path)).sort();
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
    const before = readCache(join(dir, '.overclaimcache')).settings;
    writeFileSync(join(dir, 'capabilities.yml'), 'support:\n  hours: Mon-Fri 09:00-17:00\n');
    expect(runJson(['.', '--cache'], { cwd: dir }).report.files[0].messages[0].verdict).toBe('contradicted');
    // The old settings' hash goes with the last entry that used it.
    const after = readCache(join(dir, '.overclaimcache')).settings;
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before[0]);
  });

  test('a cache of another shape is not trusted, even with this version', () => {
    const dir = corpus(1);
    run(['.', '--cache', '--cache-location', 'c.json'], { cwd: dir });
    const cache = readCache(join(dir, 'c.json'));
    for (const [, row] of cacheRows(cache)) row[2] = [];
    // The forged entries are trusted in this shape...
    writeFileSync(join(dir, 'c.json'), JSON.stringify(cache));
    expect(runJson(['.', '--cache', '--cache-location', 'c.json'], { cwd: dir }).report.warningCount).toBe(0);
    // ...and not when the file says it has another (the one-object-per-file caches before format 3).
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ ...cache, format: 2 }));
    expect(runJson(['.', '--cache', '--cache-location', 'c.json'], { cwd: dir }).report.warningCount).toBe(1);
    expect(readCache(join(dir, 'c.json')).format).toBe(3);
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
