// Preloaded by `npm run bench` into each Node process it times
// (`node --require scripts/rss-hook.cjs <script> ...`): when the process
// exits, write its peak resident set size in kilobytes to the file named by
// OVERCLAIM_BENCH_RSS_FILE. The peak covers the whole process, worker threads
// included. CommonJS, because --require loads it before any ES module.
'use strict';

const { writeFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const file = process.env.OVERCLAIM_BENCH_RSS_FILE;

// Worker threads inherit --require; only the main thread speaks for the process.
if (file && isMainThread) {
  process.on('exit', () => {
    try {
      writeFileSync(file, String(process.resourceUsage().maxRSS));
    } catch {
      // The benchmark then reports the peak as unknown; never change the exit code.
    }
  });
}
