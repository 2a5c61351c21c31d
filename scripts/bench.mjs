// npm run bench: how fast overclaim lints a real corpus, and how that
// compares with alex (a linter on the same unified/retext stack) and with the
// floor (scripts/floor.mjs: read every file, run one regex). Each tool is
// timed as a whole process, the way a user runs it: one warm-up run, then the
// median of N runs. Peak memory comes from scripts/rss-hook.cjs, preloaded
// into every Node process timed here. Then: overclaim's peak memory on 4× the
// corpus, and its time on pathological input ("shapes") at 1× and 10× size.
//
//   node scripts/bench.mjs [--runs N] [--quick] [--no-shapes] [--json]
//
// The corpus is read in place from ../shared/corpus/tldr-pages (beside the
// repository); it is never copied into the repository. The script reports
// targets as PASS/MISS and exits 0; it exits 1 only when overclaim crashes
// (exit code 2 or a signal) on the corpus, and 2 on a bad option.
import { spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { listCopyFiles } from './floor.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(REPO, '../shared/corpus/tldr-pages');
const CLI = join(REPO, 'bin/overclaim.js');
const FLOOR = join(REPO, 'scripts/floor.mjs');
const HOOK = join(REPO, 'scripts/rss-hook.cjs');
const ALEX_DIR = join(REPO, 'node_modules/alex');
const RSS_ENV = 'OVERCLAIM_BENCH_RSS_FILE';

// Targets, measured within one run of this script.
const TARGET_VS_ALEX = 10; // overclaim's throughput at least 10× alex's
const TARGET_VS_FLOOR = 10; // overclaim's wall time at most 10× the floor's
const TARGET_RSS_MIB = 200; // overclaim's peak RSS on the corpus below 200 MiB
const TARGET_CACHE_SPEEDUP = 20; // a warm --cache run at least 20× faster than a cold one

/** A shape run that takes longer than this is stopped: its answer is "too slow". */
const SHAPE_TIMEOUT_MS = 120_000;
/** 10×/1× time ratio up to which a shape counts as linear (exactly linear is 10). */
const LINEAR_UP_TO = 15;
/** A 1× shape run must take this much longer than start-up for its ratio to mean anything. */
const MIN_NET_MS = 500;

const USAGE = `usage: node scripts/bench.mjs [--runs N] [--quick] [--no-shapes] [--json]
  --runs N      timed runs per tool after one warm-up (default 3); the median is reported
  --quick       smoke test: only the corpus's common/ folder, 1 run, no warm-up, shapes at 1/10 size
  --no-shapes   skip the pathological-input shapes
  --json        print the results as JSON instead of tables (progress still goes to stderr)
`;

// ---------------------------------------------------------------- options

let args;
try {
  args = parseArgs({
    options: {
      runs: { type: 'string' },
      quick: { type: 'boolean', default: false },
      'no-shapes': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (error) {
  process.stderr.write(`bench: ${error.message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (args.runs !== undefined && !/^[1-9]\d*$/.test(args.runs)) {
  process.stderr.write(`bench: --runs expects a whole number of at least 1, got "${args.runs}"\n`);
  process.exit(2);
}
const QUICK = args.quick;
const RUNS = QUICK ? 1 : Number(args.runs ?? 3);
const WARM_UP = !QUICK;
const SHAPE_SCALE = QUICK ? 0.1 : 1;

// ---------------------------------------------------------------- corpus

if (!existsSync(CORPUS)) {
  console.log('bench: skipped: ../shared/corpus/tldr-pages not found (it lives beside the repository in the team\'s shared folder)');
  process.exit(0);
}
if (!existsSync(join(REPO, 'dist/src/cli/index.js'))) {
  process.stderr.write('bench: dist/ is missing: run `npm run build` first (npm run bench does)\n');
  process.exit(2);
}

// The folder every tool is timed on, and what is in it, listed the way overclaim lists a directory.
const target = QUICK ? join(CORPUS, 'common') : CORPUS;
const corpusFiles = listCopyFiles([target]);
const corpusBytes = corpusFiles.reduce((sum, file) => sum + statSync(file).size, 0);
const shownTarget = relative(REPO, target);

// Scratch space outside the repository: reports, RSS files, the 4× symlinks, the shapes.
const tmp = mkdtempSync(join(os.tmpdir(), 'overclaim-bench-'));
process.on('exit', cleanUp);
process.on('SIGINT', () => process.exit(130)); // the children get the same SIGINT from the terminal

const notes = [];
const progress = (text) => process.stderr.write(`bench: ${text}\n`);

// ---------------------------------------------------------------- running a process

/**
 * Run `node --require rss-hook.cjs ...args` once, stdout and stderr to files,
 * and time it from spawn to exit. Resolves with the wall time in ms, exit
 * code, signal, peak RSS in KB (undefined when unknown) and whether it was
 * stopped for taking longer than timeoutMs.
 */
function runNode(args, { name, env = {}, timeoutMs } = {}) {
  const rssFile = join(tmp, `${name}.rss`);
  const stdoutFile = join(tmp, `${name}.out`);
  const stderrFile = join(tmp, `${name}.err`);
  rmSync(rssFile, { force: true });
  return new Promise((done) => {
    const out = openSync(stdoutFile, 'w');
    const err = openSync(stderrFile, 'w');
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--require', HOOK, ...args], {
      cwd: REPO,
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1', ...env, [RSS_ENV]: rssFile },
      stdio: ['ignore', out, err],
    });
    // The child holds its own copies of the descriptors now.
    closeSync(out);
    closeSync(err);
    let timedOut = false;
    let peakBeforeKill;
    const timer =
      timeoutMs &&
      setTimeout(() => {
        timedOut = true;
        // A killed process runs no exit hook; Linux still knows its peak so far.
        peakBeforeKill = peakFromProc(child.pid);
        child.kill('SIGKILL');
      }, timeoutMs);
    const finish = (code, signal, spawnError) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      clearTimeout(timer);
      const written = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
      done({ wallMs, code, signal, timedOut, spawnError, rssKB: Number.isFinite(written) ? written : peakBeforeKill, stdoutFile, stderrFile });
    };
    child.on('error', (error) => finish(null, null, error.message));
    child.on('exit', (code, signal) => finish(code, signal));
  });
}

/** VmHWM (peak RSS, KB) of a live process from /proc, or undefined off Linux. */
function peakFromProc(pid) {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** The first line of a process's stderr, to say why it failed. */
function firstErrorLine(run) {
  if (run.spawnError) return run.spawnError;
  const line = readFileSync(run.stderrFile, 'utf8').split('\n').find((text) => text.trim() !== '');
  return line ? line.trim().slice(0, 160) : '';
}

/**
 * Why overclaim exited 2: its stderr, or else the first file it could not
 * lint (an input error is reported inside the JSON report, not on stderr).
 */
function overclaimFailure(run) {
  const line = firstErrorLine(run);
  if (line) return line;
  try {
    const report = JSON.parse(readFileSync(run.stdoutFile, 'utf8'));
    // A file-level problem (unreadable, too large, unparsable) is a message with no verdict.
    for (const file of report.files) for (const message of file.messages) if (message.verdict === null) return `${file.path}: ${message.message}`;
  } catch {
    // No JSON report: nothing more to say.
  }
  return '(no message)';
}

const describeExit = (run) => (run.timedOut ? 'stopped' : run.signal ? `signal ${run.signal}` : run.code === null ? 'did not start' : `exit ${run.code}`);

// ---------------------------------------------------------------- timing a tool

/**
 * Time one tool: a warm-up run (on warmUpArgs when given: a smaller input),
 * then `RUNS` timed runs, stopping at the first failure. okCodes are the exit
 * codes that mean it ran (linters exit 1 when they find something).
 * beforeEachRun, when given, runs before the warm-up and each timed run.
 */
async function timeTool({ name, label, args: toolArgs, warmUpArgs, warmUpLabel, okCodes, countFiles, failure = firstErrorLine, beforeEachRun = () => {} }) {
  const result = { name, label, runs: [], ok: true };
  const failed = (run) => run.timedOut || run.spawnError || !okCodes.includes(run.code);
  if (WARM_UP) {
    beforeEachRun();
    const run = await runNode(warmUpArgs ?? toolArgs, { name });
    progress(`${label}: warm-up${warmUpLabel ? ` (${warmUpLabel})` : ''} ${seconds(run.wallMs)}, ${describeExit(run)}`);
    if (failed(run)) return { ...result, ok: false, failure: `${describeExit(run)}: ${failure(run)}`, exitCode: run.code };
  }
  for (let index = 1; index <= RUNS; index++) {
    beforeEachRun();
    const run = await runNode(toolArgs, { name });
    progress(`${label}: run ${index}/${RUNS} ${seconds(run.wallMs)}, ${describeExit(run)}, peak RSS ${mib(run.rssKB)}`);
    if (failed(run)) return { ...result, ok: false, failure: `${describeExit(run)}: ${failure(run)}`, exitCode: run.code };
    result.runs.push({ wallMs: run.wallMs, rssKB: run.rssKB, exitCode: run.code });
    // What the last run saw: the same files as the others, or the comparison is off.
    if (index === RUNS) result.filesSeen = countFiles(run);
  }
  const walls = result.runs.map((run) => run.wallMs);
  result.wallMs = { median: median(walls), min: Math.min(...walls), max: Math.max(...walls) };
  const peaks = result.runs.map((run) => run.rssKB).filter((kb) => kb !== undefined);
  result.peakRssKB = peaks.length > 0 ? Math.max(...peaks) : undefined;
  result.medianRssKB = peaks.length > 0 ? median(peaks) : undefined;
  result.exitCode = result.runs[result.runs.length - 1].exitCode;
  result.filesPerSecond = corpusFiles.length / (result.wallMs.median / 1000);
  result.mbPerSecond = corpusBytes / 1e6 / (result.wallMs.median / 1000);
  return result;
}

const countFromJsonReport = (run) => {
  try {
    return JSON.parse(readFileSync(run.stdoutFile, 'utf8')).files.length;
  } catch {
    return undefined;
  }
};

// ---------------------------------------------------------------- 1. the three tools on the corpus

const loadAtStart = os.loadavg()[0];
progress(`corpus ${shownTarget}: ${corpusFiles.length} files, ${(corpusBytes / 1e6).toFixed(2)} MB; ${WARM_UP ? '1 warm-up + ' : ''}${RUNS} timed run(s) per tool`);

const floor = await timeTool({
  name: 'floor',
  label: 'floor',
  args: [FLOOR, target],
  okCodes: [0],
  countFiles: (run) => JSON.parse(readFileSync(run.stdoutFile, 'utf8')).files,
});

const overclaim = await timeTool({
  name: 'overclaim',
  label: 'overclaim',
  args: [CLI, target, '--format', 'json'],
  okCodes: [0, 1],
  countFiles: countFromJsonReport,
  failure: overclaimFailure,
});

// alex: a directory argument makes it walk the folder for its text extensions
// (.md among them), skipping dotfiles as overclaim does; it prints its report
// (every file, "no issues found" or its warnings) on stderr and exits 1 when
// it warns. Its update check is turned off (NO_UPDATE_NOTIFIER) for every run.
const alexVersion = existsSync(join(ALEX_DIR, 'package.json')) ? JSON.parse(readFileSync(join(ALEX_DIR, 'package.json'), 'utf8')).version : undefined;
let alex;
if (alexVersion === undefined) {
  alex = { name: 'alex', label: 'alex', ok: false, failure: 'not installed (npm install -D alex@11), not timed', runs: [] };
  progress('alex: not installed, skipped');
} else {
  const alexCli = join(ALEX_DIR, 'cli.js');
  // alex takes ~15 ms per file here (~2 minutes a run); a warm-up only fills
  // the disk cache and loads its modules, so it warms up on common/ alone.
  const warmUpDir = join(CORPUS, 'common');
  alex = await timeTool({
    name: 'alex',
    label: `alex ${alexVersion}`,
    args: [alexCli, target],
    warmUpArgs: QUICK ? undefined : [alexCli, warmUpDir],
    warmUpLabel: QUICK ? undefined : 'common/ only',
    okCodes: [0, 1],
    // Each file's report starts at the start of a line with its path, shown relative to the working folder.
    countFiles: (run) => {
      const prefix = `${relative(REPO, target)}/`;
      return readFileSync(run.stderrFile, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith(prefix)).length;
    },
  });
  if (!QUICK) notes.push('alex warms up on common/ only (4,612 of the files): a warm-up only fills the disk cache and loads modules, and a full-corpus one would add ~1 minute.');
}

const tools = [floor, overclaim, alex];
if (loadAtStart > os.availableParallelism()) notes.push(`the machine was busy when this started (load average ${loadAtStart.toFixed(1)} on ${os.availableParallelism()} cores): times are slower than on an idle machine, ratios less so.`);
for (const tool of tools) {
  if (tool.ok && tool.filesSeen !== corpusFiles.length) notes.push(`${tool.label} reported ${tool.filesSeen ?? 'an unknown number of'} files, not ${corpusFiles.length}: its numbers are not like for like.`);
}

// ---------------------------------------------------------------- 2. ratios and targets

const ratios = {
  // Same files, so throughput ratio = alex wall / overclaim wall.
  overclaimVsAlex: overclaim.ok && alex.ok ? overclaim.filesPerSecond / alex.filesPerSecond : undefined,
  overclaimVsFloor: overclaim.ok && floor.ok ? overclaim.wallMs.median / floor.wallMs.median : undefined,
};
const verdict = (value, pass) => (value === undefined ? 'n/a' : pass(value) ? 'PASS' : 'MISS');
const targets = [
  { what: 'overclaim throughput ÷ alex throughput', value: ratios.overclaimVsAlex, target: `≥ ${TARGET_VS_ALEX}×`, result: verdict(ratios.overclaimVsAlex, (value) => value >= TARGET_VS_ALEX), shown: times(ratios.overclaimVsAlex), sentence: `overclaim is ${times(ratios.overclaimVsAlex)} alex` },
  { what: 'overclaim wall time ÷ floor wall time', value: ratios.overclaimVsFloor, target: `≤ ${TARGET_VS_FLOOR}×`, result: verdict(ratios.overclaimVsFloor, (value) => value <= TARGET_VS_FLOOR), shown: times(ratios.overclaimVsFloor), sentence: `overclaim is ${times(ratios.overclaimVsFloor)} the floor` },
  { what: 'overclaim peak RSS', value: overclaim.peakRssKB && overclaim.peakRssKB / 1024, target: `< ${TARGET_RSS_MIB} MiB`, result: verdict(overclaim.peakRssKB, (kb) => kb / 1024 < TARGET_RSS_MIB), shown: mib(overclaim.peakRssKB), sentence: `overclaim peaks at ${mib(overclaim.peakRssKB)}` },
];

// ---------------------------------------------------------------- 3. memory flatness: 1× against 4×

/**
 * overclaim once on four copies of the corpus. The CLI drops a path it has
 * already seen (src/cli/files.ts), so passing the folder four times would
 * lint it once; and it does not follow symbolic links to folders found while
 * walking one (a link to a parent would loop). It does follow a link given
 * as an argument, so four links to the corpus, passed as four arguments,
 * give four distinct paths for every file without copying anything. If the
 * file count says otherwise, four real copies in the scratch folder (outside
 * the repository) stand in.
 */
async function memoryFlatness() {
  if (!overclaim.ok) return { skipped: 'overclaim failed on 1×' };
  const fourDir = join(tmp, 'x4');
  mkdirSync(fourDir);
  const copies = [1, 2, 3, 4].map((copy) => join(fourDir, `copy${copy}`));
  for (const copy of copies) symlinkSync(target, copy, 'dir');
  let how = '4 symbolic links to it, passed as 4 arguments';
  let run = await runNode([CLI, ...copies, '--format', 'json'], { name: 'overclaim-x4' });
  let seen = countFromJsonReport(run);
  if (seen !== corpusFiles.length * 4) {
    notes.push(`through 4 symbolic links overclaim linted ${seen ?? 'no'} files (${describeExit(run)}), not ${corpusFiles.length * 4}, so 4× used 4 copies in ${os.tmpdir()}.`);
    for (const copy of copies) {
      unlinkSync(copy);
      cpSync(target, copy, { recursive: true });
    }
    how = '4 temporary copies of it';
    run = await runNode([CLI, ...copies, '--format', 'json'], { name: 'overclaim-x4' });
    seen = countFromJsonReport(run);
  }
  progress(`overclaim 4×: ${seconds(run.wallMs)}, ${describeExit(run)}, ${seen} files, peak RSS ${mib(run.rssKB)}`);
  if (run.code !== 0 && run.code !== 1) return { ok: false, how, failure: `${describeExit(run)}: ${overclaimFailure(run)}`, exitCode: run.code };
  // 1× is the median peak of the timed runs above: one run's peak, like 4×.
  const oneX = overclaim.medianRssKB;
  return { ok: true, how, files: seen, wallMs: run.wallMs, rssKB1x: oneX, rssKB4x: run.rssKB, ratio: oneX && run.rssKB ? run.rssKB / oneX : undefined, wallMs1x: overclaim.wallMs.median };
}
const memory = await memoryFlatness();

// ---------------------------------------------------------------- 3b. --cache: cold against warm

/**
 * overclaim --cache on the corpus, timed like the tools: cold runs, each from
 * no cache (linting everything and writing the cache), then warm runs, which
 * find every file unchanged. The cache lives in the scratch folder.
 */
async function cacheSpeed() {
  if (!overclaim.ok) return { skipped: 'overclaim failed on 1×' };
  const location = join(tmp, 'overclaimcache');
  const timed = (label, beforeEachRun) =>
    timeTool({ name: 'overclaim-cache', label: `--cache ${label}`, args: [CLI, target, '--format', 'json', '--cache', '--cache-location', location], okCodes: [0, 1], countFiles: countFromJsonReport, failure: overclaimFailure, beforeEachRun });
  const cold = await timed('cold', () => rmSync(location, { force: true }));
  if (!cold.ok) return { ok: false, failure: cold.failure };
  const warm = await timed('warm');
  if (!warm.ok) return { ok: false, failure: warm.failure };
  // What no warm run can beat: start Node, list the files, stat each one.
  const warmFloor = await timeTool({ name: 'warm-floor', label: 'warm floor (list and stat)', args: [FLOOR, '--stat', target], okCodes: [0], countFiles: (run) => JSON.parse(readFileSync(run.stdoutFile, 'utf8')).files });
  return {
    ok: true,
    coldMs: cold.wallMs.median,
    warmMs: warm.wallMs.median,
    speedUp: cold.wallMs.median / warm.wallMs.median,
    warmFloorMs: warmFloor.ok ? warmFloor.wallMs.median : undefined,
    // The most any cache could gain on this machine: the cold run against the warm floor.
    ceiling: warmFloor.ok ? cold.wallMs.median / warmFloor.wallMs.median : undefined,
  };
}
const cacheResult = await cacheSpeed();
if (cacheResult.ok) {
  targets.push({ what: 'cold --cache wall time ÷ warm --cache wall time', value: cacheResult.speedUp, target: `≥ ${TARGET_CACHE_SPEEDUP}×`, result: verdict(cacheResult.speedUp, (value) => value >= TARGET_CACHE_SPEEDUP), shown: times(cacheResult.speedUp), sentence: `warm --cache run ${seconds(cacheResult.warmMs)}, cold ${seconds(cacheResult.coldMs)}` });
  if (cacheResult.ceiling !== undefined) {
    notes.push(`--cache: the warm floor (a Node process that lists the files and stats each one, reading none) took ${seconds(cacheResult.warmFloorMs)}, so no cache can make this corpus more than ${times(cacheResult.ceiling)} faster than the cold run here; the warm run took ${times(cacheResult.warmMs / cacheResult.warmFloorMs)} the warm floor.`);
  }
}

// ---------------------------------------------------------------- 4. shapes: pathological input at 1× and 10×

// Marketing copy with a trigger of most rules in it.
const SENTENCE = 'Our team answers within 5 minutes, 24/7, guaranteed, and ships everything same-day for free. ';

const SHAPES = [
  {
    name: 'one long line',
    unit: 'bytes',
    base: 1_000_000,
    // No line break anywhere: one paragraph of n bytes.
    make: (n) => SENTENCE.repeat(Math.ceil(n / SENTENCE.length)).slice(0, n),
  },
  {
    name: 'nested blockquotes',
    unit: 'levels',
    base: 10_000,
    make: (n) => `${'> '.repeat(n)}${SENTENCE}\n`,
  },
  {
    name: 'nested list items',
    unit: 'levels',
    base: 10_000,
    make: (n) => `${'- '.repeat(n)}${SENTENCE}\n`,
  },
  {
    name: 'indented list',
    unit: 'bytes',
    base: 300_000,
    // Each item one level deeper than the last, by indentation: n bytes hold about √n levels.
    make: (n) => {
      let text = '';
      let level = 0;
      for (; text.length < n; level++) text += `${' '.repeat(2 * level)}- Plan ${level}\n`;
      return `${text}${' '.repeat(2 * level)}${SENTENCE}\n`;
    },
  },
  {
    name: 'lazy lines',
    unit: 'lines',
    base: 10_000,
    // One quoted paragraph whose lines after the first leave out the "> ".
    make: (n) => `> ${SENTENCE}\n${`${SENTENCE}\n`.repeat(n)}`,
  },
  {
    name: 'many sections',
    unit: 'pages',
    base: 2_000,
    // Short pages joined into one file, each closing a quote and a list: the
    // parser once paid for the whole file so far at each of them.
    make: (n) => Array.from({ length: n }, (_, page) => `# Plan ${page}\n\n> ${SENTENCE}\n\n- Item ${page}\n\nWords.\n\n`).join(''),
  },
  {
    name: 'many MDX sections',
    unit: 'pages',
    base: 1_000,
    extension: 'mdx',
    // The same in MDX, each page's quote inside a JSX element.
    make: (n) => Array.from({ length: n }, (_, page) => `<Note>\n\n> ${SENTENCE}\n\n</Note>\n\n- Item ${page}\n\nWords.\n\n`).join(''),
  },
  {
    name: 'nested tight list',
    unit: 'items',
    base: 1_000,
    // Items with sub-items and no blank line anywhere: each closed sub-list
    // once cost the parser time in proportion to the file so far.
    make: (n) => Array.from({ length: n }, (_, item) => `- Plan ${item}: ${SENTENCE}\n  - Storage\n    - Free\n`).join(''),
  },
  {
    name: 'tight list of quotes',
    unit: 'items',
    base: 1_000,
    // Each item a quote, no blank line anywhere: every quote closes on a lazy line.
    make: (n) => Array.from({ length: n }, (_, item) => `- > Review ${item}: ${SENTENCE}\n`).join(''),
  },
  {
    name: 'nested elements',
    unit: 'levels',
    base: 10_000,
    extension: 'html',
    make: (n) => `${'<div>'.repeat(n)}<p>${SENTENCE}</p>${'</div>'.repeat(n)}\n`,
  },
  {
    name: 'long list',
    unit: 'items',
    base: 10_000,
    make: (n) => Array.from({ length: n }, (_, item) => `- Plan ${item}: unlimited storage, free forever, replies within 1 hour.\n`).join(''),
  },
  {
    name: 'run-on sentence',
    unit: 'bytes',
    base: 20_000,
    extension: 'txt',
    // Claims of several rules and no stop anywhere: one plain-text sentence of
    // n bytes, where every claim's checks once read the whole sentence.
    make: (n) => 'free fast response 24/7 guaranteed the best '.repeat(Math.ceil(n / 44)).slice(0, n),
  },
  {
    name: 'short plain paragraphs',
    unit: 'paragraphs',
    base: 2_000,
    extension: 'txt',
    // Short lines with no stop between blank lines, and one claim: the English
    // parser cut a whole text at its blank lines in time that grew with its square.
    make: (n) => `${'x y z\n\n'.repeat(n)}Open 24/7.\n`,
  },
  {
    name: 'long runs',
    unit: 'units',
    // Large enough that the 1× run's time, less start-up, can be judged.
    base: 60_000,
    // Long runs of dashes, of hyphenated letters and of letters where
    // triggers leave a gap or a word: a comparison ("cheaper … than big
    // firms"), "24 … 7", a bare domain, a call to the office, "fresh …
    // daily", "we will …ly" and a long number. Each once took time growing
    // with the square of its run.
    make: (n) =>
      `Cheaper ${'-'.repeat(n)} than big firms. Open 24 ${'-'.repeat(n)} days. No ${'a-'.repeat(n / 2)} company offers free hosting. Please call our ${'o-'.repeat(n / 2)} office immediately. Fresh ${'xy'.repeat(n / 2)} bread. We will ${'a'.repeat(n)} you. Save ${'1'.repeat(n)} off.\n`,
  },
  {
    name: 'nested emphasis',
    unit: 'levels',
    base: 20_000,
    // Strong inside emphasis inside strong, n levels deep, in one paragraph:
    // micromark re-reads what each pair holds, so 75 KB did not finish in two minutes.
    make: (n) => `${'*a **a '.repeat(n / 2)}b${' a** a*'.repeat(n / 2)} ${SENTENCE}\n`,
  },
  {
    name: 'unmatched markers',
    unit: 'units',
    base: 50_000,
    // "*a_ ": every "_" closes nothing and walked back over the whole paragraph.
    make: (n) => `${'*a_ '.repeat(n)}${SENTENCE}\n`,
  },
  {
    name: 'nested images',
    unit: 'levels',
    base: 20_000,
    // Each image's alt text holds all the ones inside it: at 10× the outermost holds 1.4 MB.
    make: (n) => `${'![a'.repeat(n)}${'](b)'.repeat(n)} ${SENTENCE}\n`,
  },
  {
    name: 'bracketed numbers',
    unit: 'units',
    base: 40_000,
    // "[1] " as citations are written, with no definitions: each bracket cut
    // the paragraph's text in two, and micromark joined the pieces again one
    // splice at a time (320 KB took 34 s).
    make: (n) => `${'[1] '.repeat(n)}${SENTENCE}\n`,
  },
  {
    name: 'regex stress',
    unit: 'units',
    base: 10_000,
    // One paragraph of what backtracking patterns choke on: many one-letter
    // words, "within" with no number after it, a long run of spaces, a dotted
    // name with no top-level domain, one long word; then a trigger.
    make: (n) =>
      `${'a '.repeat(n)}${'within '.repeat(n / 5)}${' '.repeat(n)}${'a.'.repeat(n / 2)} ${'a'.repeat(n)} support 24/7.\n`,
  },
];

async function shapes() {
  const dir = join(tmp, 'shapes');
  mkdirSync(dir);
  // The files are large on purpose: lift the CLI's file-size guard where it
  // has one, so what is measured is linting, not the refusal.
  const help = await runNode([CLI, '--help'], { name: 'overclaim-help' });
  const extra = readFileSync(help.stdoutFile, 'utf8').includes('--max-file-size') ? ['--max-file-size', '1000'] : [];

  // Start-up cost, to read the ratios net of it: a few runs on one short file.
  writeFileSync(join(dir, 'tiny.md'), 'We reply within 2 days.\n');
  const startups = [];
  for (let index = 0; index < 3; index++) startups.push((await runNode([CLI, join(dir, 'tiny.md'), '--format', 'json', ...extra], { name: 'shape' })).wallMs);
  const startupMs = median(startups);
  progress(`shapes: start-up on a one-line file ${seconds(startupMs)}`);

  const results = [];
  for (const shape of SHAPES) {
    const sizes = [1, 10].map((factor) => Math.round(shape.base * SHAPE_SCALE * factor));
    const texts = sizes.map((size) => shape.make(size));
    const row = { name: shape.name, unit: shape.unit, sizes, bytes: texts.map((text) => Buffer.byteLength(text)), runs: [] };
    for (const [index, text] of texts.entries()) {
      // A shape that already fails at 1× has no ratio to give: spare the 10× run.
      if (index === 1 && !row.runs[0].ok) break;
      const file = join(dir, `${shape.name.replaceAll(' ', '-')}-${index === 0 ? 1 : 10}x.${shape.extension ?? 'md'}`);
      writeFileSync(file, text);
      const run = await runNode([CLI, file, '--format', 'json', ...extra], { name: 'shape', timeoutMs: SHAPE_TIMEOUT_MS });
      const ok = !run.timedOut && (run.code === 0 || run.code === 1);
      // The scratch path says nothing here; the shape's name does.
      const failure = ok || run.timedOut ? undefined : overclaimFailure(run).replace(`${file}: `, '');
      row.runs.push({ wallMs: run.wallMs, code: run.code, signal: run.signal, timedOut: run.timedOut, rssKB: run.rssKB, ok, failure });
      progress(`shapes: ${shape.name} ${index === 0 ? '1×' : '10×'} ${seconds(run.wallMs)}, ${describeExit(run)}${failure ? ` (${failure})` : ''}`);
      rmSync(file);
    }
    const [one, ten] = row.runs;
    if (one.ok && (ten.ok || ten.timedOut)) {
      // A stopped 10× run took at least the time limit: the ratio is a lower bound.
      row.ratio = ten.wallMs / one.wallMs;
      row.ratioIsLowerBound = ten.timedOut;
      // Net of start-up only when the 1× run did enough work to divide by.
      const oneNet = one.wallMs - startupMs;
      if (oneNet >= MIN_NET_MS) row.netRatio = (ten.wallMs - startupMs) / oneNet;
      const judged = row.netRatio ?? row.ratio;
      if (judged > LINEAR_UP_TO) row.verdict = 'superlinear';
      else if (ten.timedOut) row.verdict = 'stopped';
      else row.verdict = row.netRatio === undefined ? '1× too small to judge' : 'linear';
    } else {
      const bad = one.ok ? ten : one;
      // A crash ends the process; a file-level error (exit 2 with the file's
      // problem in the report) means overclaim refused to lint the file.
      row.verdict = bad.timedOut ? 'stopped' : /internal error|call stack|out of memory|heap/i.test(bad.failure ?? '') ? 'crash' : 'not linted';
    }
    results.push(row);
  }
  return { startupMs, timeoutMs: SHAPE_TIMEOUT_MS, maxFileSizeLifted: extra.length > 0, shapes: results };
}
const shapeResults = args['no-shapes'] ? undefined : await shapes();

// ---------------------------------------------------------------- 5. report

const crashed = !overclaim.ok || (memory.ok === false);
const results = {
  corpus: { path: shownTarget, files: corpusFiles.length, bytes: corpusBytes, quick: QUICK },
  method: { warmUp: WARM_UP, runs: RUNS, node: process.version, cpus: os.availableParallelism(), loadAverageAtStart: loadAtStart, loadAverageAtEnd: os.loadavg()[0] },
  tools: Object.fromEntries(tools.map((tool) => [tool.name, { ...tool, version: tool.name === 'alex' ? alexVersion : undefined }])),
  ratios,
  targets: targets.map(({ what, value, target: goal, result }) => ({ what, value, target: goal, result })),
  memory,
  cache: cacheResult,
  shapes: shapeResults ?? null,
  notes,
  crashed,
};

if (args.json) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
} else {
  printTables();
}
if (crashed) process.stderr.write('bench: overclaim crashed on the corpus (see above): exit 1\n');
process.exitCode = crashed ? 1 : 0;

function printTables() {
  const lines = [];
  lines.push('');
  lines.push(`overclaim bench: ${shownTarget} (${number(corpusFiles.length)} files, ${(corpusBytes / 1e6).toFixed(2)} MB), ${WARM_UP ? '1 warm-up + ' : ''}${RUNS} timed run${RUNS === 1 ? '' : 's'} each, median shown`);
  lines.push(`node ${process.version}, ${os.availableParallelism()} cores, load average ${loadAtStart.toFixed(1)} at start and ${os.loadavg()[0].toFixed(1)} at the end (MB = 10^6 bytes, MiB = 2^20)`);
  lines.push('');
  lines.push(
    ...table(
      ['tool', 'files', 'files/s', 'MB/s', 'wall median (min–max)', 'peak RSS', 'exit'],
      tools.map((tool) =>
        tool.ok
          ? [tool.label, number(tool.filesSeen ?? NaN), number(tool.filesPerSecond), tool.mbPerSecond.toFixed(3), `${seconds(tool.wallMs.median)} (${seconds(tool.wallMs.min)}–${seconds(tool.wallMs.max)})`, mib(tool.peakRssKB), String(tool.exitCode)]
          : [tool.label, '-', '-', '-', `FAILED: ${tool.failure}`, '-', tool.exitCode === undefined || tool.exitCode === null ? '-' : String(tool.exitCode)],
      ),
      [false, true, true, true, false, true, true],
    ),
  );
  lines.push('');
  lines.push(...table(['measured in this run', 'value', 'target', ''], targets.map((row) => [row.sentence, row.shown, row.target, row.result]), [false, true, false, false]));
  lines.push('');
  if (memory.ok) {
    lines.push(`memory flatness (overclaim; 4× = ${memory.how}):`);
    lines.push(
      ...table(
        ['input', 'files', 'wall', 'peak RSS'],
        [
          ['1× corpus (median timed run)', number(corpusFiles.length), seconds(memory.wallMs1x), mib(memory.rssKB1x)],
          ['4× corpus', number(memory.files ?? NaN), seconds(memory.wallMs), mib(memory.rssKB4x)],
          ['4× ÷ 1×', '', times(memory.wallMs / memory.wallMs1x), times(memory.ratio)],
        ],
        [false, true, true, true],
      ),
    );
  } else {
    lines.push(`memory flatness: ${memory.skipped ?? `FAILED on 4×: ${memory.failure}`}`);
  }
  if (!cacheResult.ok) lines.push(`--cache: ${cacheResult.skipped ?? `FAILED: ${cacheResult.failure}`}`);
  if (shapeResults) {
    lines.push('');
    lines.push(`shapes (overclaim on one generated file; linear ≈ 10×; runs stopped after ${seconds(SHAPE_TIMEOUT_MS)}; start-up ${seconds(shapeResults.startupMs)} is taken off for "net"):`);
    lines.push(
      ...table(
        ['shape', '1× size', '10× size', '1× time', '10× time', '10×/1×', 'net', 'verdict'],
        shapeResults.shapes.map((row) => {
          const cell = (run) => (run === undefined ? 'not run' : run.ok ? seconds(run.wallMs) : run.timedOut ? `> ${seconds(SHAPE_TIMEOUT_MS)}` : describeExit(run));
          const bound = row.ratioIsLowerBound ? '≥ ' : '';
          return [
            row.name,
            `${number(row.sizes[0])} ${row.unit} (${kb(row.bytes[0])})`,
            `${number(row.sizes[1])} ${row.unit} (${kb(row.bytes[1])})`,
            cell(row.runs[0]),
            cell(row.runs[1]),
            row.ratio === undefined ? '-' : `${bound}${times(row.ratio)}`,
            row.netRatio === undefined ? '-' : `${bound}${times(row.netRatio)}`,
            row.verdict,
          ];
        }),
        [false, true, true, true, true, true, true, false],
      ),
    );
    for (const row of shapeResults.shapes) {
      for (const [index, run] of row.runs.entries()) if (run.failure) lines.push(`  ${row.name} ${index === 0 ? '1×' : '10×'}: ${run.failure}`);
    }
    if (shapeResults.maxFileSizeLifted) lines.push('  (shapes run with --max-file-size 1000, so the 10 MB line is linted, not refused)');
  }
  if (notes.length > 0) {
    lines.push('');
    lines.push('notes:');
    for (const note of notes) lines.push(`  - ${note}`);
  }
  lines.push('');
  process.stdout.write(`${lines.join('\n')}\n`);
}

// ---------------------------------------------------------------- helpers

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function number(value) {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '?';
}

function seconds(ms) {
  return ms === undefined || !Number.isFinite(ms) ? '?' : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

function mib(kilobytes) {
  return kilobytes === undefined || !Number.isFinite(kilobytes) ? '?' : `${(kilobytes / 1024).toFixed(0)} MiB`;
}

function kb(bytes) {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(0)} KB`;
}

function times(ratio) {
  return ratio === undefined || !Number.isFinite(ratio) ? 'n/a' : `${ratio.toFixed(ratio < 10 ? 2 : 1)}×`;
}

/** Rows padded into columns; alignRight says which columns are numbers. */
function table(header, rows, alignRight) {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => [...row[column]].length)));
  const format = (row) =>
    row
      .map((cell, column) => (alignRight[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(format)];
}

function cleanUp() {
  // Links first, so nothing below can ever reach the corpus they point at.
  const fourDir = join(tmp, 'x4');
  for (let copy = 1; copy <= 4; copy++) {
    try {
      unlinkSync(join(fourDir, `copy${copy}`));
    } catch {
      // Not a link (a real copy) or not there: removed with the rest.
    }
  }
  rmSync(tmp, { recursive: true, force: true });
}
