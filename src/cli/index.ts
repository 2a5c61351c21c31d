// The command line: commander parses, this module gathers input, loads the
// declared capabilities, lints, reports and picks the exit code.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { Command, CommanderError, Option } from 'commander';
import { VFile } from 'vfile';
import { FileProblemsError } from '../util/problems.js';
import { writeCapabilitiesTemplate } from '../capabilities/init.js';
import type { RuleSeverities } from '../check/index.js';
import { fileResolver, walkIgnores, type ResolvedFile } from '../engine.js';
import { FORMAT_NAMES, REPORTERS } from '../report/index.js';
import { CLAIM_CLASSES, PARSE_ERROR, type ClaimClass, type Severity } from '../types.js';
import { closest } from '../util/closest.js';
import { restoreMessages } from '../report/transfer.js';
import { keepableStamp, LintCache, stampOf, type FileStamp } from './cache.js';
import { heapKeeper } from './memory.js';
import { applyFixes, checkFixable, unifiedDiff, writeFixed } from './fix.js';
import { DEFAULT_PORT, parsePort, serveCommand } from '../serve/command.js';
import type { LintJob } from './job.js';
import { defaultThreads, lintJobs, type NumberedJob } from './parallel.js';
import { inShard, parseShard, type Shard } from './shard.js';
import { checkWritable, decodeCopy, DEFAULT_MAX_FILE_SIZE, displayPath, expandInputs, ignoreFilter, readCopy, readErrorWords, UsageError } from './files.js';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export const VERSION: string = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).version;

/**
 * What a cache must have been written by to be trusted: this version, and
 * for the built command line, this build (scripts/bundle.mjs hashes it), so
 * a checkout whose rules changed under the same version number never reuses
 * old results. Run from the sources (in tests), the version alone.
 */
function cacheVersion(): string {
  try {
    return `${VERSION}+${readFileSync(new URL('../../build-id', import.meta.url), 'utf8').trim()}`;
  } catch {
    return VERSION;
  }
}

const SEVERITIES: readonly Severity[] = ['off', 'info', 'warning', 'error'];

interface LintCommandOptions {
  text?: string;
  capabilities?: string;
  config?: string;
  ignorePath?: string;
  ignorePattern?: string[];
  format: string;
  output?: string;
  quiet?: boolean;
  maxWarnings?: number;
  rule?: string[];
  color: boolean;
  verbose?: boolean;
  stdinFilename?: string;
  cache?: boolean;
  cacheLocation: string;
  shard?: Shard;
  threads?: number;
  maxFileSize: number;
  debug?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
}

/** Streams and environment, injectable so tests can run the CLI in-process too. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** All of stdin, read to its end: a pipe may be filled slowly, and a read that finds it empty is not its end. */
  readStdin: () => Promise<Buffer>;
  stdinIsTTY: boolean;
  /** Progress goes to stderr only when a person watches it. */
  stderrIsTTY: boolean;
  /** Colour by default only for a terminal, as NO_COLOR / FORCE_COLOR ask. */
  colorByDefault: boolean;
  cwd: string;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => buffer(process.stdin),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  colorByDefault: process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env),
  cwd: process.cwd(),
};

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .name('overclaim')
    .description('Lint marketing copy for promises your business cannot keep, checked against a declared capabilities file.')
    .version(VERSION, '-v, --version')
    .argument('[paths...]', 'files, directories or globs to lint (.md, .markdown, .html, .htm, .txt); "-" or piped input reads stdin')
    .option('-t, --text <copy>', 'lint this text (a slogan, a headline) instead of files')
    .option('-c, --capabilities <file>', 'the declared capabilities for every file (default: nearest capabilities.yml|yaml|json)')
    .option('--config <file>', 'use this config file (default: nearest .overclaimrc[.json|.yaml|.yml], overclaim.config.json or package.json "overclaim")')
    .option('--ignore-path <file>', 'ignore files listed in this gitignore-style file (default: .overclaimignore)')
    .option('--ignore-pattern <glob>', 'ignore files matching this gitignore-style pattern (repeatable)', collect)
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option('-o, --output <file>', 'write the report to this file instead of stdout')
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('-r, --rule <id=severity>', 'set a rule to off, info, warning or error (repeatable)', collect)
    .option('--stdin-filename <path>', 'treat stdin as this file: its extension picks the format, its folder the capabilities')
    .option('--verbose', 'also show claims that the capabilities back')
    .option('--cache', 'skip files unchanged since the last run (by content, settings and version)')
    .option('--cache-location <file>', 'where --cache keeps its data', '.overclaimcache')
    .option('--shard <k/n>', 'lint only the k-th of n stable, disjoint parts of the files (for a CI matrix)', parseShard)
    .addOption(
      new Option('--max-file-size <mb>', 'skip (as an input error) files larger than this many megabytes')
        .argParser(parseMegabytes)
        // Kept in bytes; the help shows what a user would type.
        .default(DEFAULT_MAX_FILE_SIZE, String(DEFAULT_MAX_FILE_SIZE / 1024 / 1024)),
    )
    .option('--debug', 'print stack traces of internal errors')
    .option('--fix', 'apply the rewrites built from declared facts that read right in place (writes the files)')
    .option('--fix-dry-run', 'print those rewrites as a unified diff; change nothing')
    .option('--threads <n>', 'worker threads for large runs (default: one less than the number of cores)', parseThreads)
    .option('--no-color', 'plain output without ANSI colours')
    .action(async (paths: string[], options: LintCommandOptions) => {
      exitCode = await lintCommand(paths, options, io);
    });

  program
    .command('explain')
    .description('what a rule catches, why it matters, and better copy')
    .argument('[rule]', 'a rule id; omit to list every rule')
    .action(async (ruleId: string | undefined) => {
      // The rules' documentation is loaded only for this command.
      const { explainRule, listRules } = await import('./explain.js');
      io.stdout(ruleId ? explainRule(ruleIdFrom(ruleId, 'explain')) : listRules());
    });

  program
    .command('init')
    .description('write a commented capabilities.yml to fill in (never overwrites)')
    .argument('[dir]', 'where to write it', '.')
    .action((dir: string) => {
      let written: string;
      try {
        // The path as typed, so "already exists" names the folder the way the user did.
        written = writeCapabilitiesTemplate(resolve(io.cwd, dir) === resolve(dir) ? dir : resolve(io.cwd, dir));
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
      io.stdout(`wrote ${displayPath(written, io.cwd)}: fill it in with what you can really deliver\n`);
    });

  program
    .command('serve')
    .description('a local playground in the browser (127.0.0.1 only): type copy and capabilities, see the findings as you type')
    .option('-p, --port <port>', 'port to listen on; 0 picks a free one', parsePort, DEFAULT_PORT)
    .action(async (options: { port: number }) => {
      exitCode = await serveCommand(options.port, io);
    });

  program
    .command('lsp')
    .description('language server over stdio (diagnostics, quick fixes)')
    .option('--stdio', 'talk over stdin and stdout (the default; accepted because many clients pass it)')
    .action(async () => {
      // Loaded on demand: the protocol library is not worth its start-up time on every lint.
      const { startServer } = await import('../lsp/server.js');
      startServer();
      // The server owns the process from here: it exits when the client sends
      // exit or closes stdin, so main() never returns to print or set a code.
      await new Promise<never>(() => {});
    });

  // Every command, not the program alone: commander exits the process itself
  // (with code 1) from a subcommand that has no override of its own. A usage
  // error is one line ("error: unknown option '--colour'", then commander's
  // "(Did you mean --color?)" and the hint on lines of their own), like every
  // other error of overclaim's.
  for (const command of [program, ...program.commands]) {
    command.exitOverride();
    command.configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(`overclaim: ${text.replace(/^error: /, '').trim().split(/\s*\n\s*/).join(' ')} (run overclaim --help for usage)\n`),
    });
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    return handleError(error, io, argv.includes('--debug'));
  }
  return exitCode;
}

function handleError(error: unknown, io: CliIo, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Help and version end with exit code 0; everything else is a usage error.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof FileProblemsError) {
    io.stderr(error.problems.map((problem) => `overclaim: ${problem}\n`).join(''));
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    io.stderr(`overclaim: ${error.message}\n`);
    return EXIT.usage;
  }
  // Anything else is overclaim's own fault: one line, the stack only on request.
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`overclaim: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return EXIT.usage;
}

// A repeatable option has no default, so that the help shows none ("default: []").
function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function parseMegabytes(value: string): number {
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0) throw new UsageError(`--max-file-size expects a number of megabytes, got "${value}"`);
  return Math.round(Number(value) * 1024 * 1024);
}

function parseThreads(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--threads expects a whole number of at least 1, got "${value}"`);
  return Number(value);
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings expects a whole number, got "${value}"`);
  return Number(value);
}

function ruleIdFrom(value: string, where: string): ClaimClass {
  if ((CLAIM_CLASSES as readonly string[]).includes(value)) return value as ClaimClass;
  const suggestion = closest(value, CLAIM_CLASSES);
  throw new UsageError(`unknown rule "${value}" in ${where}${suggestion ? `; did you mean "${suggestion}"?` : ''} (rules: ${CLAIM_CLASSES.join(', ')})`);
}

export function parseRuleSettings(settings: readonly string[]): RuleSeverities {
  const severities: RuleSeverities = {};
  for (const setting of settings) {
    const [id, severity, ...rest] = setting.split('=');
    if (severity === undefined || rest.length > 0) throw new UsageError(`--rule expects <id>=<severity>, got "${setting}"`);
    const ruleId = ruleIdFrom(id.trim(), `--rule ${setting}`);
    const level = severity.trim() as Severity;
    if (!SEVERITIES.includes(level)) throw new UsageError(`unknown severity "${severity}" in --rule ${setting} (use ${SEVERITIES.join(', ')})`);
    severities[ruleId] = level;
  }
  return severities;
}

/**
 * Lint every input, one file at a time: each is read only when a thread is
 * free for it, and a clean file's text is let go once it is linted, so
 * memory stays flat however many files there are. Unreadable files become
 * fatal messages; cached results are reused; the rest is linted (over
 * worker threads for large runs) and added to the cache.
 */
async function lintInputs(inputs: ReadonlyArray<Input & ResolvedFile>, options: LintCommandOptions, io: CliIo): Promise<VFile[]> {
  if (options.cache && options.cacheLocation === '') throw new UsageError('--cache-location is empty: give the file the cache is kept in');
  const cache = options.cache ? LintCache.load(resolve(io.cwd, options.cacheLocation), cacheVersion(), options.cacheLocation) : undefined;
  // Fixes and the HTML report read the text of the files they show.
  const keepsText = Boolean(options.fix || options.fixDryRun) || options.format === 'html';
  const progress = io.stderrIsTTY && !options.format.match(/^(json|sarif)$/) && inputs.length > PROGRESS_FROM ? progressLine(inputs.length, io) : undefined;
  let done = 0;
  const keepHeapFlat = heapKeeper();
  const finished = (input: Input) => {
    if (!keepsText && input.file.messages.length === 0) input.file.value = '';
    keepHeapFlat();
    done++;
    progress?.update(done);
  };
  // What the cache needs to store a file's messages once they come back from linting.
  const toCache = new Map<number, { textHash: string; stamp: FileStamp | null }>();
  let cursor = 0;
  const nextJob = (): NumberedJob | undefined => {
    while (cursor < inputs.length) {
      const id = cursor++;
      const input = inputs[id];
      // Taken before reading, so a change while reading shows next time.
      const stamp = cache && input.diskPath && !input.problem ? stampOf(input.diskPath) : undefined;
      // Judged now, not once linting is done: the file must have been left alone before it was read.
      const keptStamp = stamp ? keepableStamp(stamp) : null;
      const known = stamp && stamp[0] <= options.maxFileSize ? cache?.unchanged(input.diskPath!, stamp, input.options) : undefined;
      // SARIF offers a fix only after checking the file's text under the claim, so it needs the text of a file with findings.
      if (known && !keepsText && (known.length === 0 || options.format !== 'sarif')) {
        restoreMessages(input.file, known);
        finished(input);
        continue;
      }
      if (input.diskPath && !input.problem) {
        const read = readCopy(input.diskPath, options.maxFileSize);
        if (read.ok) input.file.value = read.text;
        else [input.problem, input.problemAt] = [read.reason, read.at];
      }
      if (input.problem) {
        // At its place, so editors and CI annotations point at the broken byte, not at the top of the file.
        input.file.message(input.problem, input.problemAt ? { place: input.problemAt } : undefined).fatal = true;
        finished(input);
        continue;
      }
      const job: LintJob = { text: String(input.file), path: input.file.path, options: input.options };
      if (cache && input.diskPath) {
        const textHash = cache.textHash(job.text);
        const cached = cache.get(input.diskPath, textHash, job.options, keptStamp);
        if (cached) {
          restoreMessages(input.file, cached);
          finished(input);
          continue;
        }
        toCache.set(id, { textHash, stamp: keptStamp });
      }
      return { id, job };
    }
    return undefined;
  };
  await lintJobs(nextJob, inputs.length, options.threads ?? defaultThreads(), (id, messages) => {
    const input = inputs[id];
    restoreMessages(input.file, messages);
    const entry = toCache.get(id);
    if (cache && entry && input.diskPath) cache.set(input.diskPath, entry.textHash, input.options, entry.stamp, messages);
    toCache.delete(id);
    finished(input);
  });
  progress?.end();
  cache?.save();
  return inputs.map((input) => input.file);
}

/** Write the report to --output's file; a failure there (a full disk) is the user's to see, not an internal error. */
function writeReport(path: string, shown: string, report: string): void {
  try {
    writeFileSync(path, report);
  } catch (error) {
    throw new UsageError(`${shown}: cannot write the report: ${readErrorWords((error as NodeJS.ErrnoException).code)}`);
  }
}

/**
 * Apply fixable rewrites to files on disk (or, for a dry run, collect them as
 * a diff). Every file to write is checked first, so a file that cannot be
 * written stops the run before any is. A fixed file is linted again, so the
 * report and the exit code speak of the text as it now stands (another
 * claim in a rewritten span may be gone with it); for a dry run, as it
 * would stand.
 */
async function fixFiles(inputs: ReadonlyArray<Input & ResolvedFile>, dryRun: boolean, io: CliIo): Promise<string> {
  const planned: Array<{ input: Input & ResolvedFile; diskPath: string; source: string; fixed: string; claims: number }> = [];
  for (const input of inputs) {
    if (!input.diskPath || input.problem) continue;
    const source = String(input.file);
    const { fixed, applied } = applyFixes(source, input.file);
    if (fixed !== source) planned.push({ input, diskPath: input.diskPath, source, fixed, claims: applied.length });
  }
  if (planned.length === 0) return '';
  if (!dryRun) for (const { input, diskPath } of planned) checkFixable(diskPath, input.file.path);
  const { runJob } = await import('./job.js');
  let diff = '';
  for (const { input, diskPath, source, fixed } of planned) {
    if (dryRun) diff += unifiedDiff(input.file.path, source, fixed);
    else writeFixed(diskPath, fixed);
    input.file.value = fixed;
    input.file.messages = [];
    restoreMessages(input.file, runJob({ text: fixed, path: input.file.path, options: input.options }));
  }
  const claims = planned.reduce((sum, plan) => sum + plan.claims, 0);
  if (!dryRun) io.stderr(`overclaim: fixed ${claims} claim${claims === 1 ? '' : 's'} in ${planned.length} file${planned.length === 1 ? '' : 's'}\n`);
  return diff;
}

/** Runs this long show progress on a terminal. */
const PROGRESS_FROM = 200;

function progressLine(total: number, io: CliIo) {
  const started = Date.now();
  let shown = 0;
  return {
    update(done: number) {
      const now = Date.now();
      // A few updates a second are enough to see it move.
      if (done < total && now - shown < 200) return;
      shown = now;
      const rate = Math.round(done / Math.max(0.001, (now - started) / 1000));
      io.stderr(`\roverclaim: ${done}/${total} files (${rate} files/s)`);
    },
    end() {
      io.stderr('\r\u001b[K');
    },
  };
}

/** What to lint: files from disk, or one text from --text or stdin. */
interface Input {
  file: VFile;
  /** Where to start looking for config and capabilities. */
  directory: string;
  /** The file on disk; undefined for stdin and --text. */
  diskPath?: string;
  /** Set when the file could not be read as copy. */
  problem?: string;
  /** Where the problem shows in the file, when it has a place (invalid UTF-8). */
  problemAt?: { line: number; column: number };
}

async function gatherInputs(paths: string[], options: LintCommandOptions, io: CliIo, settingsOf: (path: string) => ResolvedFile): Promise<Input[]> {
  if (options.text !== undefined) {
    if (paths.length > 0) throw new UsageError('give either --text or paths, not both');
    return [{ file: new VFile({ value: options.text, path: options.stdinFilename ?? '<text>' }), directory: io.cwd }];
  }
  const readsStdin = paths.length === 0 ? !io.stdinIsTTY : paths.includes('-');
  if (paths.length === 0 && !readsStdin) throw new UsageError('nothing to lint: give files, directories or globs, --text "copy", or pipe copy on stdin');

  const inputs: Input[] = [];
  if (readsStdin) {
    const path = options.stdinFilename ? resolve(io.cwd, options.stdinFilename) : undefined;
    const read = decodeCopy(await io.readStdin(), options.maxFileSize);
    const shown = options.stdinFilename ?? '<stdin>';
    inputs.push({
      file: new VFile({ value: read.ok ? read.text : '', path: shown }),
      directory: path ? dirname(path) : io.cwd,
      problem: read.ok ? undefined : read.reason,
      problemAt: read.ok ? undefined : read.at,
    });
  }
  const isIgnored = walkIgnores(ignoreFilter(io.cwd, options.ignorePath, options.ignorePattern ?? []), settingsOf);
  const { shard } = options;
  for (const path of expandInputs(paths.filter((path) => path !== '-'), io.cwd, isIgnored)) {
    if (shard && !inShard(path, io.cwd, shard)) continue;
    // Read when it is linted (lintInputs), not now: only one file's text at a time.
    inputs.push({ file: new VFile({ value: '', path: displayPath(path, io.cwd) }), directory: dirname(path), diskPath: path });
  }
  return inputs;
}

/**
 * Resolve config and capabilities for every input before linting anything,
 * so a broken file stops the run whole (nothing is linted against a
 * half-read file). Inputs the config ignores are dropped.
 */
function resolveInputs(inputs: readonly Input[], settingsOf: (path: string) => ResolvedFile): Array<Input & ResolvedFile> {
  const problems: string[] = [];
  const resolved: Array<Input & ResolvedFile> = [];
  for (const input of inputs) {
    try {
      // Discovery starts where the file is (or, for stdin and --text, where it claims to be).
      const settings = settingsOf(input.diskPath ?? resolve(input.directory, 'stdin.txt'));
      if (!settings.ignored || !input.diskPath) resolved.push({ ...input, ...settings });
    } catch (error) {
      if (!(error instanceof FileProblemsError)) throw error;
      for (const problem of error.problems) if (!problems.includes(problem)) problems.push(problem);
    }
  }
  if (problems.length > 0) throw new FileProblemsError(problems);
  return resolved;
}

async function lintCommand(paths: string[], options: LintCommandOptions, io: CliIo): Promise<number> {
  const severities = parseRuleSettings(options.rule ?? []);
  const settingsOf = fileResolver({
    capabilitiesPath: options.capabilities && resolve(io.cwd, options.capabilities),
    configPath: options.config && resolve(io.cwd, options.config),
    severities,
    verbose: options.verbose,
    displayPath: (path) => displayPath(path, io.cwd),
  });
  // A report that could not be written would waste the whole run: its place is checked first.
  if (options.output) checkWritable(resolve(io.cwd, options.output), options.output, 'the report');
  const inputs = resolveInputs(await gatherInputs(paths, options, io, settingsOf), settingsOf);
  const files = await lintInputs(inputs, options, io);
  const unparsable = files.filter((file) => file.messages.some((message) => message.ruleId === PARSE_ERROR)).length;
  const inputErrors = inputs.filter((input) => input.problem).length + unparsable;
  const fixing = Boolean(options.fix || options.fixDryRun);
  const diff = fixing ? await fixFiles(inputs, Boolean(options.fixDryRun), io) : '';
  const warnings = files.reduce((sum, file) => sum + file.messages.filter((message) => message.fatal === false).length, 0);
  const errors = files.reduce((sum, file) => sum + file.messages.filter((message) => message.fatal === true).length, 0);
  if (options.fixDryRun) {
    // The diff is the output; the exit code says whether errors would remain once it is applied.
    io.stdout(diff);
    return inputErrors > 0 ? EXIT.usage : errors > 0 ? EXIT.failed : EXIT.ok;
  }
  if (options.quiet) for (const file of files) file.messages = file.messages.filter((message) => message.fatal === true);

  const report = await REPORTERS[options.format](files, { color: options.color && io.colorByDefault && !options.output, version: VERSION, cwd: io.cwd });
  if (options.output) writeReport(resolve(io.cwd, options.output), options.output, report);
  else io.stdout(report);

  if (inputErrors > 0) return EXIT.usage;
  if (errors > 0) return EXIT.failed;
  if (!options.quiet && options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`overclaim: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return EXIT.failed;
  }
  return EXIT.ok;
}

