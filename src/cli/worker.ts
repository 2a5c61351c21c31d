// A worker thread: lints batches of jobs sent by the pool (parallel.ts).
import { parentPort } from 'node:worker_threads';
import { runJob, type LintJob } from './job.js';
import { heapKeeper } from './memory.js';

const keepHeapFlat = heapKeeper();

parentPort?.on('message', (batch: LintJob[]) => {
  parentPort?.postMessage(
    batch.map((job) => {
      const messages = runJob(job);
      keepHeapFlat();
      return messages;
    }),
  );
});
