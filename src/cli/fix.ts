// --fix and --fix-dry-run: apply the rewrites that come straight from a
// declared fact and read right in place ("within the hour" → "within 24
// hours"). Writes are atomic and only touch files that change.
import { accessSync, chmodSync, chownSync, closeSync, constants, openSync, readSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { readErrorWords, UsageError } from './files.js';

interface Edit {
  start: number;
  end: number;
  text: string;
  message: VFileMessage;
}

/** The safe rewrites of a file, last first, without overlaps. */
function safeEdits(file: VFile): Edit[] {
  const edits: Edit[] = [];
  for (const message of file.messages) {
    const safe = (message as VFileMessage & { fixable?: boolean }).fixable;
    const place = message.place;
    const replacement = message.expected?.[0];
    if (!safe || replacement === undefined || !place || !('start' in place)) continue;
    const start = place.start.offset;
    const end = place.end.offset;
    if (start === undefined || end === undefined) continue;
    edits.push({ start, end, text: replacement, message });
  }
  edits.sort((a, b) => b.start - a.start);
  // Two rewrites of one span would fight; keep the later-starting one.
  return edits.filter((edit, index) => index === 0 || edit.end <= edits[index - 1].start);
}

export interface FixResult {
  fixed: string;
  applied: VFileMessage[];
}

export function applyFixes(source: string, file: VFile): FixResult {
  let fixed = source;
  const edits = safeEdits(file);
  for (const edit of edits) fixed = fixed.slice(0, edit.start) + edit.text + fixed.slice(edit.end);
  return { fixed, applied: edits.map((edit) => edit.message) };
}

export function unifiedDiff(path: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 });
}

/** UTF-8's byte-order mark, which reading drops from the text: a fixed file keeps it. */
const BYTE_ORDER_MARK = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Stop before any file is written when this one cannot be: read-only (even
 * for root, who could: the user made it so), or in a folder where the
 * temporary file cannot be made. The file a symbolic link names is the one
 * checked, and written.
 */
export function checkFixable(path: string, shown: string): void {
  try {
    const target = realpathSync(path);
    const stats = statSync(target);
    if ((stats.mode & 0o222) === 0) throw new UsageError(`${shown}: cannot write the fix: the file is read-only`);
    accessSync(target, constants.W_OK);
    if (stats.nlink === 1) accessSync(dirname(target), constants.W_OK);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${shown}: cannot write the fix: ${readErrorWords((error as NodeJS.ErrnoException).code)}`);
  }
}

/**
 * Write a fixed file: through a symbolic link to the file it names, with
 * the byte-order mark it had, its mode and (where allowed) its owner. A
 * file with other hard links is written in place, so they all see the fix;
 * any other is replaced atomically.
 */
export function writeFixed(path: string, fixed: string): void {
  const target = realpathSync(path);
  const stats = statSync(target);
  const content = startsWithByteOrderMark(target) ? `\uFEFF${fixed}` : fixed;
  if (stats.nlink > 1) writeFileSync(target, content);
  else writeAtomically(target, content, stats);
}

function startsWithByteOrderMark(path: string): boolean {
  const descriptor = openSync(path, 'r');
  try {
    const head = Buffer.alloc(3);
    return readSync(descriptor, head, 0, 3, 0) === 3 && head.equals(BYTE_ORDER_MARK);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Replace a file's content atomically: write a temporary file beside it with
 * the same mode and owner, then rename it over the original, so a crash or a
 * kill leaves either the old file or the new one, never half of either.
 */
function writeAtomically(path: string, content: string, stats: Stats): void {
  const temporary = join(dirname(path), `.${basename(path)}.overclaim-${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content, { mode: stats.mode });
    chmodSync(temporary, stats.mode);
    try {
      chownSync(temporary, stats.uid, stats.gid);
    } catch {
      // Only root may give a file away; anyone else's fixed file is theirs already.
    }
    pauseForTests();
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Lets a test kill the process between the write and the rename (OVERCLAIM_TEST_PAUSE_BEFORE_RENAME=ms). */
function pauseForTests(): void {
  const milliseconds = Number(process.env.OVERCLAIM_TEST_PAUSE_BEFORE_RENAME ?? 0);
  if (milliseconds > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}
