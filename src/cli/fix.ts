// --fix and --fix-dry-run: apply the rewrites that come straight from a
// declared fact and read right in place ("within the hour" → "within 24
// hours"). Writes are atomic and only touch files that change.
import { chmodSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

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

/**
 * Replace a file's content atomically: write a temporary file beside it with
 * the same mode, then rename it over the original, so a crash or a kill
 * leaves either the old file or the new one, never half of either.
 */
export function writeAtomically(path: string, content: string): void {
  const mode = statSync(path).mode;
  const temporary = join(dirname(path), `.${basename(path)}.overclaim-${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content, { mode });
    chmodSync(temporary, mode);
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
