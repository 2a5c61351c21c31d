// One file's worth of linting, as plain data in and out, so it can run in
// this thread, in a worker, or be answered from the cache.
import { VFile } from 'vfile';
import { lintFile, type LintOptions } from '../lint.js';
import { toPlain, type PlainMessage } from '../report/transfer.js';

export interface LintJob {
  text: string;
  /** The path shown in reports; its extension picks the format. */
  path: string;
  options: LintOptions;
}

export function runJob(job: LintJob): PlainMessage[] {
  // lintFile picks the format from the path.
  const file = lintFile(new VFile({ value: job.text, path: job.path }), job.options);
  return file.messages.map(toPlain);
}
