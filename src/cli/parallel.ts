// Lint many files over several cores: parsing Markdown and HTML is the bulk
// of the work and every file is independent, so batches go to worker
// threads through a shared queue (fast workers take more batches).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PlainMessage } from '../report/transfer.js';
import type { LintJob } from './job.js';

/** Below this many files, starting workers costs more than it saves. */
const PARALLEL_FROM = 200;
const BATCH = 64;

/**
 * One core stays with the main thread, which reads files and gathers
 * results; measured on a 2-core machine, two workers beside it were slower
 * than linting in the main thread alone.
 */
export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism() - 1, 8));
}

/** A job and the caller's number for it. */
export interface NumberedJob {
  id: number;
  job: LintJob;
}

/**
 * Lint jobs as `nextJob` hands them out, until it returns undefined, and
 * give each result to `onResult`. Jobs are pulled only when a thread is free
 * for them, so a caller that reads each file in `nextJob` never holds more
 * than a few batches of text at once. `expected` (how many jobs there may
 * be) caps the number of workers. Returns how many worker threads it started.
 *
 * Workers start only once enough jobs are in hand to be worth them: a
 * --cache run answers most files without a job, and a warm run of a large
 * folder once started every worker (each compiling the parsers and rules)
 * to lint nothing.
 */
export async function lintJobs(
  nextJob: () => NumberedJob | undefined,
  expected: number,
  threads: number,
  onResult: (id: number, messages: PlainMessage[]) => void,
): Promise<number> {
  const readAhead: NumberedJob[] = [];
  let exhausted = false;
  const pull = (): NumberedJob | undefined => {
    const next = readAhead.shift() ?? (exhausted ? undefined : nextJob());
    if (!next) exhausted = true;
    return next;
  };
  const parallel = threads > 1 && expected >= PARALLEL_FROM;
  if (parallel) {
    while (!exhausted && readAhead.length < PARALLEL_FROM) {
      const next = nextJob();
      if (next) readAhead.push(next);
      else exhausted = true;
    }
  }
  if (!parallel || exhausted) {
    let next = pull();
    if (!next) return 0;
    // The parsers and rules are loaded only once there is something to lint:
    // a run answered whole from the cache never compiles them.
    const { runJob } = await import('./job.js');
    for (; next; next = pull()) onResult(next.id, runJob(next.job));
    return 0;
  }
  const workers = Array.from({ length: Math.min(threads, Math.ceil(expected / BATCH)) }, () => new Worker(new URL('./worker.js', import.meta.url)));
  const takeBatch = (): NumberedJob[] => {
    const batch: NumberedJob[] = [];
    while (batch.length < BATCH) {
      const next = pull();
      if (!next) break;
      batch.push(next);
    }
    return batch;
  };
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight: NumberedJob[] = [];
            const sendNext = () => {
              inFlight = takeBatch();
              if (inFlight.length === 0) {
                resolve();
                return;
              }
              worker.postMessage(inFlight.map((item) => item.job));
            };
            worker.on('message', (results: PlainMessage[][]) => {
              results.forEach((messages, offset) => onResult(inFlight[offset].id, messages));
              sendNext();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (inFlight.length > 0) reject(new Error(`a lint worker stopped early (exit code ${code})`));
            });
            sendNext();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return workers.length;
}
