// Lint many files over several cores: parsing Markdown and HTML is the bulk
// of the work and every file is independent, so batches go to worker
// threads through a shared queue (fast workers take more batches).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PlainMessage } from '../report/transfer.js';
import { runJob, type LintJob } from './job.js';

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

export async function lintJobs(jobs: readonly LintJob[], threads: number, onProgress?: (done: number) => void): Promise<PlainMessage[][]> {
  if (threads <= 1 || jobs.length < PARALLEL_FROM) {
    return jobs.map((job, index) => {
      const messages = runJob(job);
      onProgress?.(index + 1);
      return messages;
    });
  }
  const results: PlainMessage[][] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: Math.min(threads, Math.ceil(jobs.length / BATCH)) }, () => new Worker(new URL('./worker.js', import.meta.url)));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let batchStart = 0;
            const sendNext = () => {
              if (next >= jobs.length) {
                resolve();
                return;
              }
              batchStart = next;
              next = Math.min(jobs.length, next + BATCH);
              worker.postMessage(jobs.slice(batchStart, next));
            };
            worker.on('message', (batch: PlainMessage[][]) => {
              batch.forEach((messages, offset) => (results[batchStart + offset] = messages));
              done += batch.length;
              onProgress?.(done);
              sendNext();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (next < jobs.length || done < jobs.length) reject(new Error(`a lint worker stopped early (exit code ${code})`));
            });
            sendNext();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
