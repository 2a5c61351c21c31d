// From what the user typed (files, directories, globs) to the files to lint,
// and from a file on disk to text we can trust.
import { accessSync, closeSync, constants, fstatSync, openSync, readdir, readdirSync, readFileSync, readSync, realpath, realpathSync, stat, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { ALWAYS_SKIPPED_FOLDERS, LINTABLE, walkCopyFolder } from './copy-files.js';
import { whereUtf8Breaks } from '../util/utf8.js';

/** A problem with what the user asked for: reported on one line, exit code 2. */
export class UsageError extends Error {}

const everyFileIgnored = (input: string) => new UsageError(`${input}: every matching file is ignored (.overclaimignore, --ignore-path, --ignore-pattern or the config's ignore)`);

const ALWAYS_SKIPPED = [...ALWAYS_SKIPPED_FOLDERS].map((folder) => `**/${folder}/**`);

/**
 * Expand inputs in order, each directory and glob sorted, without
 * duplicates. Throws UsageError for an input that names nothing.
 */
export function expandInputs(inputs: readonly string[], cwd = process.cwd(), isIgnored: (path: string) => boolean = () => false): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const add = (path: string) => {
    const absolute = isPlainAbsolute(path) ? path : resolve(cwd, path);
    if (seen.has(absolute)) return;
    seen.add(absolute);
    files.push(absolute);
  };

  const addUnignored = (input: string, found: string[]) => {
    const kept = found.filter((path) => !isIgnored(path));
    if (kept.length === 0) throw everyFileIgnored(input);
    kept.forEach(add);
  };

  for (const input of inputs) {
    const stats = statOrUndefined(resolve(cwd, input));
    if (stats?.isFile()) {
      // A file named outright but ignored is skipped quietly, as ESLint does for
      // lists of changed files that CI passes in.
      if (!isIgnored(resolve(cwd, input))) add(input);
    } else if (stats?.isDirectory()) {
      const found = walkFolder(resolve(cwd, input), cwd, isIgnored);
      // A folder that could not be read but is ignored yields nothing, like one whose files are all ignored.
      if (found.length === 0 && isIgnored(join(resolve(cwd, input), 'any'))) throw everyFileIgnored(input);
      if (found.length === 0) throw new UsageError(`${input}: no lintable files in this directory (looked for ${LINTABLE.join(', ')})`);
      addUnignored(input, found);
    } else if (isDynamicPattern(input)) {
      const found = glob(input, cwd, isIgnored).filter((path) => statOrUndefined(path)?.isFile());
      if (found.length === 0) throw new UsageError(`${input}: no files match this glob`);
      addUnignored(input, found);
    } else if (stats) {
      throw new UsageError(`${input}: not a file or a folder (a pipe or a device); to lint piped text, pass "-"`);
    } else {
      throw new UsageError(`${input}: no such file or directory`);
    }
  }
  return files;
}

/**
 * The copy files under a folder (see walkCopyFolder). fdir is the walker
 * tinyglobby runs on; the glob itself cost picomatch's compile and a test of
 * every path, 80 ms of a 0.6 s warm --cache run over 7,426 files.
 */
function walkFolder(folder: string, cwd: string, isIgnored: (path: string) => boolean): string[] {
  const walk = noteUnreadableFolders();
  const found = walkCopyFolder(folder, walk.fs);
  walk.throwIfAny(folder, cwd, isIgnored);
  return found;
}

function glob(pattern: string, cwd: string, isIgnored: (path: string) => boolean): string[] {
  const walk = noteUnreadableFolders();
  // Symlinked folders inside a walk are not followed: a link to a parent would loop.
  const found = globSync(pattern, { cwd, absolute: true, dot: false, ignore: ALWAYS_SKIPPED, expandDirectories: false, followSymbolicLinks: false, fs: walk.fs });
  walk.throwIfAny(cwd, cwd, isIgnored);
  return found.sort();
}

/**
 * node:fs for a walker, noting each folder it fails to read. fdir and
 * tinyglobby pass such folders over in silence; named instead, their copy
 * does not go unchecked while the run passes. Only readdirSync notes: both
 * walks here are synchronous (an asynchronous one would read with readdir).
 */
function noteUnreadableFolders() {
  const failures: NodeJS.ErrnoException[] = [];
  const notingReaddirSync = ((...args: Parameters<typeof readdirSync>) => {
    try {
      return readdirSync(...args);
    } catch (error) {
      // A glob's fixed folder that does not exist ("docs/**" with no docs) matches nothing; that is reported as such.
      const failure = error as NodeJS.ErrnoException;
      if (failure.code !== 'ENOENT' && failure.code !== 'ENOTDIR') failures.push(failure);
      throw error;
    }
  }) as typeof readdirSync;
  return {
    fs: { readdir, readdirSync: notingReaddirSync, realpath, realpathSync, stat, statSync },
    /** A folder the user ignores is passed over: it is ignored when what is inside it is ("private", "private/" and "private/**" all ignore "private/any"). */
    throwIfAny(folder: string, cwd: string, isIgnored: (path: string) => boolean): void {
      const unreadable = failures.map(({ code, path = folder }) => ({ code, path: resolve(cwd, path) })).find(({ path }) => !isIgnored(join(path, 'any')));
      if (unreadable) throw new UsageError(`${displayPath(unreadable.path, cwd)}: cannot read this folder: ${readErrorWords(unreadable.code)}`);
    },
  };
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Whether a path is absolute and already in normal form, so resolve() and
 * relative() would only copy it: a run handles thousands of paths, and
 * normalising each one again showed up in profiles. Paths with "." or ".."
 * segments, doubled or trailing slashes take the long way, and so do all
 * Windows paths (drive letters, case, mixed slashes).
 */
function isPlainAbsolute(path: string): boolean {
  return sep === '/' && path.startsWith('/') && !path.includes('/.') && !path.includes('//') && !path.endsWith('/');
}

/** How a path is shown: relative to where the user ran the command. */
export function displayPath(path: string, cwd = process.cwd()): string {
  // The common case, a file inside cwd, without path.relative's work.
  if (isPlainAbsolute(path) && path.length > cwd.length + 1 && path.startsWith(`${cwd}/`)) return path.slice(cwd.length + 1);
  // And a file outside cwd, shown whole (as below), without working out the "../" path first.
  if (isPlainAbsolute(path) && isPlainAbsolute(cwd) && !path.startsWith(`${cwd}/`)) return path;
  const shown = relative(cwd, path);
  return shown === '' || shown.startsWith('..') ? path : shown;
}

/** A file read as copy, or why it cannot be, with the place where that shows (invalid UTF-8) when there is one. */
export type ReadResult = { ok: true; text: string } | { ok: false; reason: string; at?: { line: number; column: number } };

/** Copy is small; a file past this is a data dump or a mistake, and parsing it would stall CI. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** Read a file as UTF-8 copy, refusing oversized files, binary data and invalid encoding. */
export function readCopy(path: string, maxBytes = DEFAULT_MAX_FILE_SIZE): ReadResult {
  let bytes: Buffer;
  try {
    const read = readUpTo(path, maxBytes);
    if (typeof read === 'number') return { ok: false, reason: tooLarge(read, maxBytes) };
    bytes = read;
  } catch (error) {
    return { ok: false, reason: `cannot read: ${readErrorWords((error as NodeJS.ErrnoException).code)}` };
  }
  return decodeCopy(bytes, maxBytes);
}

/**
 * A file's bytes, or its size when that is past the limit. One open and one
 * fstat per file: over thousands of files, a separate stat by path cost as
 * much as the reading.
 */
function readUpTo(path: string, maxBytes: number): Buffer | number {
  const descriptor = openSync(path, 'r');
  try {
    const stats = fstatSync(descriptor);
    // A pipe or a device has no size to trust; a folder throws EISDIR here.
    if (!stats.isFile()) return readFileSync(descriptor);
    if (stats.size > maxBytes) return stats.size;
    const bytes = Buffer.allocUnsafe(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const count = readSync(descriptor, bytes, filled, bytes.length - filled, null);
      if (count === 0) break;
      filled += count;
    }
    return bytes.subarray(0, filled);
  } finally {
    closeSync(descriptor);
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function tooLarge(size: number, maxBytes: number): string {
  // Megabytes that round alike ("1.0 MB > 1.0 MB") say nothing: then bytes.
  const [shown, limit] = megabytes(size) === megabytes(maxBytes) ? [`${size.toLocaleString('en')} bytes`, `${maxBytes.toLocaleString('en')} bytes`] : [megabytes(size), megabytes(maxBytes)];
  return `larger than --max-file-size (${shown} > ${limit}), not linted`;
}

/** Plain words for the usual reasons a file cannot be read. */
export function readErrorWords(code: string | undefined): string {
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    ENOENT: 'it no longer exists',
    ELOOP: 'too many symbolic links',
    ENOSPC: 'no space left on the device',
    EROFS: 'a read-only file system',
  };
  return code ? `${words[code] ?? code} (${code})` : 'unknown error';
}

/**
 * Stop before linting when `path` cannot be written (a report, a cache): its
 * folder missing or read-only, or the path a folder. Checked first, so a
 * long run does not end on an error after all its work.
 */
export function checkWritable(path: string, shown: string, what: string): void {
  const stats = statOrUndefined(path);
  if (stats?.isDirectory()) throw new UsageError(`${shown}: cannot write ${what} there: it is a folder`);
  const folder = dirname(path);
  if (!stats && !statOrUndefined(folder)?.isDirectory()) throw new UsageError(`${shown}: cannot write ${what} there: its folder does not exist`);
  try {
    accessSync(stats ? path : folder, constants.W_OK);
  } catch (error) {
    throw new UsageError(`${shown}: cannot write ${what} there: ${readErrorWords((error as NodeJS.ErrnoException).code)}`);
  }
}

export function decodeCopy(bytes: Uint8Array, maxBytes = DEFAULT_MAX_FILE_SIZE): ReadResult {
  if (bytes.length > maxBytes) return { ok: false, reason: tooLarge(bytes.length, maxBytes) };
  // Text files never hold NUL bytes; images, archives and fonts nearly always do early on.
  const nul = bytes.subarray(0, 8000).indexOf(0);
  if (nul >= 0) return { ok: false, reason: `binary file (a NUL byte at byte ${nul}), not linted` };
  const invalid = whereUtf8Breaks(bytes);
  if (invalid) return { ok: false, reason: `invalid UTF-8 at ${invalid.line}:${invalid.column} (byte ${invalid.byte}), not linted`, at: { line: invalid.line, column: invalid.column } };
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  return { ok: true, text };
}

/**
 * A test for paths to skip: gitignore-style patterns from an ignore file
 * (relative to its folder) and from the command line (relative to `cwd`).
 * Throws UsageError when a named ignore file cannot be read.
 */
export function ignoreFilter(cwd: string, ignorePath: string | undefined, patterns: readonly string[]): (path: string) => boolean {
  const file = ignorePath ? resolve(cwd, ignorePath) : resolve(cwd, '.overclaimignore');
  let fromFile: Ignore | undefined;
  if (ignorePath || statOrUndefined(file)?.isFile()) {
    try {
      fromFile = ignore().add(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UsageError(`${ignorePath ?? '.overclaimignore'}: cannot read the ignore file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  const fromPatterns = patterns.length > 0 ? ignore().add([...patterns]) : undefined;
  const test = (rules: Ignore, base: string, path: string) => {
    const shown = relative(base, path).split(sep).join('/');
    return shown !== '' && !shown.startsWith('..') && rules.ignores(shown);
  };
  // Most runs have no ignore rules at all: then no path needs working out.
  if (!fromFile && !fromPatterns) return () => false;
  return (path) => (fromFile !== undefined && test(fromFile, dirname(file), path)) || (fromPatterns !== undefined && test(fromPatterns, cwd, path));
}
